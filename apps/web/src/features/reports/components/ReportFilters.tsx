import { type PeriodKind, periodKinds, type ReportStatus, reportStatuses } from "@xinqiao/shared";
import { Select } from "antd";
import { RegistryFilters } from "../../../components/RegistryFilters.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { ReportFilterParams } from "../api.ts";
import { reportListSearch } from "../listParams.ts";

/** The list's filters; every change goes to the server as a new query (page 1). */
export function ReportFilters({
  value,
  onChange,
}: {
  value: ReportFilterParams;
  onChange: (value: ReportFilterParams) => void;
}) {
  const { t } = useI18n();
  return (
    <RegistryFilters
      value={value}
      onChange={onChange}
      testId="report-filters"
      searchTestId="report-search"
      searchPlaceholder={t("reports.searchPlaceholder")}
      searchWidth={180}
      regionPlaceholder={t("reports.filter.region")}
      resetValue={{}}
      resetLabel={t("reports.filter.reset")}
      savedFilters={{ listKey: "reports", config: reportListSearch }}
    >
      {(set) => (
        <>
          <Select<PeriodKind>
            allowClear
            placeholder={t("reports.filter.periodKind")}
            value={value.periodKind}
            onChange={(periodKind) => set({ periodKind })}
            options={periodKinds.map((kind) => ({ value: kind, label: t(`reports.kind.${kind}`) }))}
            style={{ width: 110 }}
            data-testid="report-filter-kind"
          />
          <Select<ReportStatus>
            allowClear
            placeholder={t("reports.filter.status")}
            value={value.status}
            onChange={(status) => set({ status })}
            options={reportStatuses.map((status) => ({
              value: status,
              label: t(`reports.status.${status}`),
            }))}
            style={{ width: 110 }}
            data-testid="report-filter-status"
          />
        </>
      )}
    </RegistryFilters>
  );
}
