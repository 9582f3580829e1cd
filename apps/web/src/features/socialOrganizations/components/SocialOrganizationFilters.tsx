import {
  evaluationGrades,
  type SocialOrganizationFilters as Filters,
  organizationStatusIds,
  organizationTypes,
  serviceDomains,
} from "@xinqiao/shared";
import { Checkbox, Select } from "antd";
import { RegistryFilters } from "../../../components/RegistryFilters.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useOrganizationLabels } from "../hooks/useOrganizationLabels.ts";
import { organizationListSearch } from "../listParams.ts";

/** The list's filters; every change goes to the server as a new query (page 1). */
export function SocialOrganizationFilters({
  value,
  onChange,
}: {
  value: Filters;
  onChange: (value: Filters) => void;
}) {
  const { t } = useI18n();
  const labels = useOrganizationLabels();
  return (
    <RegistryFilters
      value={value}
      onChange={onChange}
      testId="social-organization-filters"
      searchTestId="social-organization-search"
      searchPlaceholder={t("socialOrganizations.searchPlaceholder")}
      searchWidth={260}
      regionPlaceholder={t("socialOrganizations.filter.region")}
      resetValue={{ isActive: "true" }}
      savedFilters={{ listKey: "socialOrganizations", config: organizationListSearch }}
    >
      {(set) => (
        <>
          <Select
            allowClear
            placeholder={t("socialOrganizations.filter.type")}
            value={value.orgType}
            onChange={(orgType) => set({ orgType })}
            options={organizationTypes.map((type) => ({ value: type, label: labels.type(type) }))}
            style={{ width: 150 }}
          />
          <Select
            allowClear
            placeholder={t("socialOrganizations.filter.status")}
            value={value.status}
            onChange={(status) => set({ status })}
            options={organizationStatusIds.map((status) => ({ value: status, label: labels.status(status) }))}
            style={{ width: 120 }}
          />
          <Select
            allowClear
            placeholder={t("socialOrganizations.filter.grade")}
            value={value.evaluationGrade}
            onChange={(evaluationGrade) => set({ evaluationGrade })}
            options={[
              ...evaluationGrades.map((grade) => ({ value: grade, label: grade })),
              { value: "none" as const, label: labels.grade(null) },
            ]}
            style={{ width: 120 }}
          />
          <Select
            allowClear
            placeholder={t("socialOrganizations.filter.domain")}
            value={value.domain}
            onChange={(domain) => set({ domain })}
            options={serviceDomains.map((domain) => ({ value: domain, label: labels.domain(domain) }))}
            style={{ width: 160 }}
          />
          <Select<"true" | "false">
            allowClear
            placeholder={t("socialOrganizations.filter.active")}
            value={value.isActive}
            onChange={(isActive) => set({ isActive })}
            options={[
              { value: "true", label: t("socialOrganizations.filter.activeOnly") },
              { value: "false", label: t("socialOrganizations.filter.inactiveOnly") },
            ]}
            style={{ width: 120 }}
          />
          <Checkbox
            checked={value.isCreditCodeOverridden === "true"}
            onChange={(event) => set({ isCreditCodeOverridden: event.target.checked ? "true" : undefined })}
          >
            {t("socialOrganizations.filter.overridden")}
          </Checkbox>
        </>
      )}
    </RegistryFilters>
  );
}
