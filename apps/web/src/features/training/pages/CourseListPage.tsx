import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Space } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useListSearchParams } from "../../../hooks/useListSearchParams.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useHasPermission } from "../../auth/hooks/useSession.ts";
import type { CourseFilterParams } from "../api.ts";
import { CourseFilters } from "../components/CourseFilters.tsx";
import { CourseFormDrawer } from "../components/CourseFormDrawer.tsx";
import { CourseTable } from "../components/CourseTable.tsx";
import { useCourseList } from "../hooks/useCourses.ts";
import { courseListSearch } from "../listParams.ts";

/** 培训课程: the list with server-side paging, filters and search; a new course opens on its page. */
export function CourseListPage() {
  const { t } = useI18n();
  const [params, update] = useListSearchParams(courseListSearch);
  const courses = useCourseList(params);
  const { page: _page, pageSize, sort, ...filters } = params;
  const canManage = useHasPermission("training.manage");
  const navigate = useNavigate();
  const [isCreating, setIsCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t("training.title")}
        description={t("training.description")}
        extra={
          canManage ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setIsCreating(true)}
              data-testid="course-create"
            >
              {t("training.create")}
            </Button>
          ) : null
        }
      />
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
      <CourseFormDrawer
        open={isCreating}
        course={null}
        onClose={() => setIsCreating(false)}
        onSaved={(created) => navigate(`/training/${created.id}`)}
      />
    </>
  );
}
