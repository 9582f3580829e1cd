import { volunteerAvailability, volunteerSkills, volunteerStarLevelFilterValues } from "@xinqiao/shared";
import { Select } from "antd";
import { RegistryFilters } from "../../../components/RegistryFilters.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { VolunteerFilterParams } from "../api.ts";
import { useVolunteerLabels } from "../hooks/useVolunteerLabels.ts";
import { volunteerListSearch } from "../listParams.ts";
import { TeamSelect } from "./TeamSelect.tsx";

/** The list's filters; every change goes to the server as a new query (page 1). */
export function VolunteerFilters({
  value,
  onChange,
}: {
  value: VolunteerFilterParams;
  onChange: (value: VolunteerFilterParams) => void;
}) {
  const { t } = useI18n();
  const labels = useVolunteerLabels();
  return (
    <RegistryFilters
      value={value}
      onChange={onChange}
      testId="volunteer-filters"
      searchTestId="volunteer-search"
      searchPlaceholder={t("volunteers.searchPlaceholder")}
      searchWidth={300}
      regionPlaceholder={t("volunteers.filter.region")}
      resetValue={{}}
      resetLabel={t("volunteers.filter.reset")}
      savedFilters={{ listKey: "volunteers", config: volunteerListSearch }}
    >
      {(set) => (
        <>
          <TeamSelect
            value={value.teamId ?? null}
            onChange={(teamId) => set({ teamId: typeof teamId === "number" ? teamId : undefined })}
            placeholder={t("volunteers.filter.team")}
            style={{ width: 220 }}
          />
          <Select
            allowClear
            placeholder={t("volunteers.filter.skill")}
            value={value.skill}
            onChange={(skill) => set({ skill })}
            options={volunteerSkills.map((skill) => ({ value: skill, label: labels.skill(skill) }))}
            style={{ width: 130 }}
          />
          <Select
            allowClear
            placeholder={t("volunteers.filter.availability")}
            value={value.availability}
            onChange={(availability) => set({ availability })}
            options={volunteerAvailability.map((time) => ({ value: time, label: labels.availability(time) }))}
            style={{ width: 130 }}
          />
          <Select
            allowClear
            placeholder={t("volunteers.filter.starLevel")}
            value={value.starLevel}
            onChange={(starLevel) => set({ starLevel })}
            options={volunteerStarLevelFilterValues.map((level) => ({
              value: level,
              label: level === "0" ? t("volunteers.star.none") : t("volunteers.star.value", { star: level }),
            }))}
            style={{ width: 150 }}
          />
          <Select<"true" | "false">
            allowClear
            placeholder={t("volunteers.filter.status")}
            value={value.isActive}
            onChange={(isActive) => set({ isActive })}
            options={[
              { value: "true", label: t("volunteers.active") },
              { value: "false", label: t("volunteers.inactive") },
            ]}
            style={{ width: 140 }}
          />
        </>
      )}
    </RegistryFilters>
  );
}
