import { Select } from "antd";
import type { FiltersOf } from "../../../api/registryApi.ts";
import { RegistryFilters } from "../../../components/RegistryFilters.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { TeamListParams } from "../api.ts";
import { teamListSearch } from "../listParams.ts";

type TeamFilterParams = FiltersOf<TeamListParams>;

/** The team list's filters; every change goes to the server as a new query (page 1). */
export function TeamFilters({
  value,
  onChange,
}: {
  value: TeamFilterParams;
  onChange: (value: TeamFilterParams) => void;
}) {
  const { t } = useI18n();
  return (
    <RegistryFilters
      value={value}
      onChange={onChange}
      testId="team-filters"
      searchTestId="team-search"
      searchPlaceholder={t("volunteers.teams.searchPlaceholder")}
      searchWidth={260}
      regionPlaceholder={t("volunteers.filter.region")}
      resetValue={{}}
      resetLabel={t("volunteers.filter.reset")}
      savedFilters={{ listKey: "volunteerTeams", config: teamListSearch }}
    >
      {(set) => (
        <Select<"true" | "false">
          allowClear
          placeholder={t("volunteers.filter.status")}
          value={value.isActive}
          onChange={(isActive) => set({ isActive })}
          options={[
            { value: "true", label: t("volunteers.active") },
            { value: "false", label: t("volunteers.inactive") },
          ]}
          style={{ width: 120 }}
        />
      )}
    </RegistryFilters>
  );
}
