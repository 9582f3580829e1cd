import { Card, Space } from "antd";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { CourseFilterParams } from "../api.ts";
import { CourseFilters } from "../components/CourseFilters.tsx";
import { CourseTable } from "../components/CourseTable.tsx";
import { useCourseList } from "../hooks/useCourses.ts";
import { courseListSearch } from "../listParams.ts";

/** 培训课程: the list with server-side paging, filters and search. */
export function CourseListPage() {
  const { t } = useI18n();
  const [params, update] = useListSearchParams(courseListSearch);
  const courses = useCourseList(params);
  const { page: _page, pageSize, sort, ...filters } = params;
  return (
    <>
      <PageHeader title={t("training.title")} description={t("training.description")} />
      <Card>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <CourseFilters
            value={filters}
            onChange={(next: CourseFilterParams) => update({ ...next, page: 1, pageSize, sort })}
          />
          <CourseTable
            data={courses.data}
            isLoading={courses.isFetching}
            sort={sort}
            onChange={(change) => update({ ...filters, ...change })}
          />
        </Space>
      </Card>
    </>
  );
}
