import { type ProjectKind, type ProjectStatus, projectKindIds, projectStatusIds } from "@xinqiao/shared";
import { Select } from "antd";
import { RegistryFilters } from "../../../components/RegistryFilters.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { ProjectFilterParams } from "../api.ts";
import { projectListSearch } from "../listParams.ts";

/** The list's filters; every change goes to the server as a new query (page 1). */
export function ProjectFilters({
  value,
  onChange,
}: {
  value: ProjectFilterParams;
  onChange: (value: ProjectFilterParams) => void;
}) {
  const { t } = useI18n();
  return (
    <RegistryFilters
      value={value}
      onChange={onChange}
      testId="project-filters"
      searchTestId="project-search"
      searchPlaceholder={t("projects.searchPlaceholder")}
      searchWidth={220}
      regionPlaceholder={t("projects.filter.region")}
      resetValue={{}}
      resetLabel={t("projects.filter.reset")}
      savedFilters={{ listKey: "projects", config: projectListSearch }}
    >
      {(set) => (
        <>
          <Select<ProjectStatus>
            allowClear
            placeholder={t("projects.filter.status")}
            value={value.status}
            onChange={(status) => set({ status })}
            options={projectStatusIds.map((status) => ({
              value: status,
              label: t(`projects.status.${status}`),
            }))}
            style={{ width: 130 }}
            data-testid="project-status-filter"
          />
          <Select<ProjectKind>
            allowClear
            placeholder={t("projects.filter.kind")}
            value={value.kind}
            onChange={(kind) => set({ kind })}
            options={projectKindIds.map((kind) => ({ value: kind, label: t(`projects.kind.${kind}`) }))}
            style={{ width: 140 }}
          />
        </>
      )}
    </RegistryFilters>
  );
}
