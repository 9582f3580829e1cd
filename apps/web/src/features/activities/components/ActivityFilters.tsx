import { activityMethods, activityStatuses, serviceDomains } from "@xinqiao/shared";
import { Select } from "antd";
import { RegistryFilters } from "../../../components/RegistryFilters.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { ActivityFilterParams } from "../api.ts";
import { useActivityLabels } from "../hooks/useActivityLabels.ts";
import { activityListSearch } from "../listParams.ts";

type Status = keyof typeof activityStatuses;
type Method = keyof typeof activityMethods;

/** The list's filters; every change goes to the server as a new query (page 1). */
export function ActivityFilters({
  value,
  onChange,
}: {
  value: ActivityFilterParams;
  onChange: (value: ActivityFilterParams) => void;
}) {
  const { t } = useI18n();
  const labels = useActivityLabels();
  return (
    <RegistryFilters
      value={value}
      onChange={onChange}
      testId="activity-filters"
      searchTestId="activity-search"
      searchPlaceholder={t("activities.searchPlaceholder")}
      searchWidth={220}
      regionPlaceholder={t("activities.filter.region")}
      resetValue={{}}
      resetLabel={t("activities.filter.reset")}
      savedFilters={{ listKey: "activities", config: activityListSearch }}
    >
      {(set) => (
        <>
          <Select<Status>
            allowClear
            placeholder={t("activities.filter.status")}
            value={value.status}
            onChange={(status) => set({ status })}
            options={(Object.keys(activityStatuses) as Status[]).map((status) => ({
              value: status,
              label: t(`activities.status.${status}`),
            }))}
            style={{ width: 110 }}
          />
          <Select<Method>
            allowClear
            placeholder={t("activities.filter.method")}
            value={value.method}
            onChange={(method) => set({ method })}
            options={(Object.keys(activityMethods) as Method[]).map((method) => ({
              value: method,
              label: t(`activities.method.${method}`),
            }))}
            style={{ width: 120 }}
          />
          <Select
            allowClear
            placeholder={t("activities.filter.domain")}
            value={value.domain}
            onChange={(domain) => set({ domain })}
            options={serviceDomains.map((domain) => ({ value: domain, label: labels.domain(domain) }))}
            style={{ width: 160 }}
          />
          <Select<"true" | "false">
            allowClear
            placeholder={t("activities.filter.recruiting")}
            value={value.recruiting}
            onChange={(recruiting) => set({ recruiting })}
            options={[
              { value: "true", label: t("activities.yes") },
              { value: "false", label: t("activities.no") },
            ]}
            style={{ width: 100 }}
          />
        </>
      )}
    </RegistryFilters>
  );
}
