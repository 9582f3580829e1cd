import { type CourseKind, type CourseStatus, courseKindIds, courseStatusIds } from "@xinqiao/shared";
import { Select } from "antd";
import { RegistryFilters } from "../../../components/RegistryFilters.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { CourseFilterParams } from "../api.ts";
import { courseListSearch } from "../listParams.ts";

/** The list's filters; every change goes to the server as a new query (page 1). */
export function CourseFilters({
  value,
  onChange,
}: {
  value: CourseFilterParams;
  onChange: (value: CourseFilterParams) => void;
}) {
  const { t } = useI18n();
  return (
    <RegistryFilters
      value={value}
      onChange={onChange}
      testId="course-filters"
      searchTestId="course-search"
      searchPlaceholder={t("training.searchPlaceholder")}
      searchWidth={220}
      regionPlaceholder={t("training.filter.region")}
      resetValue={{}}
      savedFilters={{ listKey: "courses", config: courseListSearch }}
    >
      {(set) => (
        <>
          <Select<CourseKind>
            allowClear
            placeholder={t("training.filter.kind")}
            value={value.kind}
            onChange={(kind) => set({ kind })}
            options={courseKindIds.map((kind) => ({ value: kind, label: t(`training.kind.${kind}`) }))}
            style={{ width: 130 }}
          />
          <Select<CourseStatus>
            allowClear
            placeholder={t("training.filter.status")}
            value={value.status}
            onChange={(status) => set({ status })}
            options={courseStatusIds.map((status) => ({
              value: status,
              label: t(`training.status.${status}`),
            }))}
            style={{ width: 110 }}
          />
        </>
      )}
    </RegistryFilters>
  );
}
