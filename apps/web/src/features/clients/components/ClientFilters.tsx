import { clientCategories, clientRiskLevels } from "@xinqiao/shared";
import { Select } from "antd";
import { RegistryFilters } from "../../../components/RegistryFilters.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { ClientFilterParams } from "../api.ts";
import { useClientLabels } from "../hooks/useClientLabels.ts";
import { clientListSearch } from "../listParams.ts";

type RiskLevel = keyof typeof clientRiskLevels;
const riskLevels = Object.keys(clientRiskLevels) as RiskLevel[];

/** The list's filters; every change goes to the server as a new query (page 1). */
export function ClientFilters({
  value,
  onChange,
}: {
  value: ClientFilterParams;
  onChange: (value: ClientFilterParams) => void;
}) {
  const { t } = useI18n();
  const labels = useClientLabels();
  return (
    <RegistryFilters
      value={value}
      onChange={onChange}
      testId="client-filters"
      searchTestId="client-search"
      searchPlaceholder={t("clients.searchPlaceholder")}
      searchWidth={300}
      regionPlaceholder={t("clients.filter.region")}
      resetValue={{}}
      resetLabel={t("clients.filter.reset")}
      savedFilters={{ listKey: "clients", config: clientListSearch }}
    >
      {(set) => (
        <>
          <Select
            allowClear
            placeholder={t("clients.filter.category")}
            value={value.category}
            onChange={(category) => set({ category })}
            options={clientCategories.map((category) => ({
              value: category,
              label: labels.category(category),
            }))}
            style={{ width: 150 }}
          />
          <Select<RiskLevel>
            allowClear
            placeholder={t("clients.filter.riskLevel")}
            value={value.riskLevel}
            onChange={(riskLevel) => set({ riskLevel })}
            options={riskLevels.map((level) => ({ value: level, label: labels.risk(level) }))}
            style={{ width: 120 }}
          />
          <Select<"true" | "false">
            allowClear
            placeholder={t("clients.filter.emergency")}
            value={value.isEmergency}
            onChange={(isEmergency) => set({ isEmergency })}
            options={[
              { value: "true", label: t("clients.emergency") },
              { value: "false", label: t("clients.notEmergency") },
            ]}
            style={{ width: 120 }}
          />
          <Select<"true" | "false">
            allowClear
            placeholder={t("clients.filter.status")}
            value={value.isActive}
            onChange={(isActive) => set({ isActive })}
            options={[
              { value: "true", label: t("clients.active") },
              { value: "false", label: t("clients.inactive") },
            ]}
            style={{ width: 120 }}
          />
        </>
      )}
    </RegistryFilters>
  );
}
