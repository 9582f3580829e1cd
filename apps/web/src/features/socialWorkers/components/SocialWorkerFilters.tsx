import {
  educationLevelIds,
  employmentStatusIds,
  type SocialWorkerFilters as Filters,
  qualificationLevelIds,
  registrationExpiryWarningDays,
  serviceDomains,
} from "@xinqiao/shared";
import { Checkbox, Select } from "antd";
import { RegistryFilters } from "../../../components/RegistryFilters.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useWorkerLabels } from "../hooks/useWorkerLabels.ts";
import { workerListSearch } from "../listParams.ts";

type YesNo = "true" | "false";

/** The list's filters; every change goes to the server as a new query (page 1). */
export function SocialWorkerFilters({
  value,
  onChange,
}: {
  value: Filters;
  onChange: (value: Filters) => void;
}) {
  const { t } = useI18n();
  const labels = useWorkerLabels();
  const yesNoOptions = [
    { value: "true", label: labels.yesNo(true) },
    { value: "false", label: labels.yesNo(false) },
  ];

  return (
    <RegistryFilters
      value={value}
      onChange={onChange}
      testId="social-worker-filters"
      searchTestId="social-worker-search"
      searchPlaceholder={t("socialWorkers.searchPlaceholder")}
      searchWidth={270}
      regionPlaceholder={t("socialWorkers.filter.region")}
      resetValue={{ isActive: "true" }}
      savedFilters={{ listKey: "socialWorkers", config: workerListSearch }}
    >
      {(set) => (
        <>
          <Select
            allowClear
            placeholder={t("socialWorkers.filter.level")}
            value={value.qualificationLevel}
            onChange={(qualificationLevel) => set({ qualificationLevel })}
            options={qualificationLevelIds.map((level) => ({ value: level, label: labels.level(level) }))}
            style={{ width: 160 }}
          />
          <Select
            allowClear
            placeholder={t("socialWorkers.filter.education")}
            value={value.education}
            onChange={(education) => set({ education })}
            options={educationLevelIds.map((education) => ({
              value: education,
              label: labels.education(education),
            }))}
            style={{ width: 130 }}
          />
          <Select<YesNo>
            allowClear
            placeholder={t("socialWorkers.filter.certified")}
            value={value.isCertified}
            onChange={(isCertified) => set({ isCertified })}
            options={yesNoOptions}
            style={{ width: 120 }}
          />
          <Select<YesNo>
            allowClear
            placeholder={t("socialWorkers.filter.highLevel")}
            value={value.isHighLevel}
            onChange={(isHighLevel) => set({ isHighLevel })}
            options={yesNoOptions}
            style={{ width: 130 }}
          />
          <Select<YesNo>
            allowClear
            placeholder={t("socialWorkers.filter.composite")}
            value={value.isComposite}
            onChange={(isComposite) => set({ isComposite })}
            options={yesNoOptions}
            style={{ width: 130 }}
          />
          <Select
            allowClear
            placeholder={t("socialWorkers.filter.domain")}
            value={value.domain}
            onChange={(domain) => set({ domain })}
            options={serviceDomains.map((domain) => ({ value: domain, label: labels.domain(domain) }))}
            style={{ width: 160 }}
          />
          <Select
            allowClear
            placeholder={t("socialWorkers.filter.status")}
            value={value.employmentStatus}
            onChange={(employmentStatus) => set({ employmentStatus })}
            options={employmentStatusIds.map((status) => ({ value: status, label: labels.status(status) }))}
            style={{ width: 120 }}
          />
          <Select<YesNo>
            allowClear
            placeholder={t("socialWorkers.filter.active")}
            value={value.isActive}
            onChange={(isActive) => set({ isActive })}
            options={[
              { value: "true", label: t("socialWorkers.filter.activeOnly") },
              { value: "false", label: t("socialWorkers.filter.inactiveOnly") },
            ]}
            style={{ width: 120 }}
          />
          <Checkbox
            checked={value.expiringWithinDays === registrationExpiryWarningDays}
            onChange={(event) =>
              set({ expiringWithinDays: event.target.checked ? registrationExpiryWarningDays : undefined })
            }
            data-testid="social-worker-expiring-filter"
          >
            {t("socialWorkers.filter.expiring")}
          </Checkbox>
        </>
      )}
    </RegistryFilters>
  );
}
