import { approvalStates, caseStages } from "@xinqiao/shared";
import { Select } from "antd";
import { RegistryFilters } from "../../../components/RegistryFilters.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import type { CaseFilterParams } from "./api.ts";
import { caseListSearch } from "./listParams.ts";

/** Stage, approval (待审批) and overdue beside the search and the region; every change is a new query. */
export function CaseFilters({
  value,
  onChange,
}: {
  value: CaseFilterParams;
  onChange: (value: CaseFilterParams) => void;
}) {
  const { t } = useI18n();
  return (
    <RegistryFilters
      value={value}
      onChange={onChange}
      testId="case-filters"
      searchTestId="case-search"
      searchPlaceholder={t("cases.searchPlaceholder")}
      searchWidth={280}
      regionPlaceholder={t("cases.filter.region")}
      resetValue={{}}
      resetLabel={t("cases.filter.reset")}
      savedFilters={{ listKey: "cases", config: caseListSearch }}
    >
      {(set) => (
        <>
          <Select
            allowClear
            placeholder={t("cases.filter.stage")}
            value={value.stage}
            onChange={(stage) => set({ stage })}
            options={caseStages.map((stage) => ({ value: stage, label: t(`cases.stage.${stage}`) }))}
            style={{ width: 120 }}
            data-testid="case-filter-stage"
          />
          <Select
            allowClear
            placeholder={t("cases.filter.approval")}
            value={value.approval}
            onChange={(approval) => set({ approval })}
            options={approvalStates
              .filter((state) => state !== "none")
              .map((state) => ({ value: state, label: t(`cases.approval.${state}`) }))}
            style={{ width: 120 }}
          />
          <Select<"true" | "false">
            allowClear
            placeholder={t("cases.filter.overdue")}
            value={value.overdue}
            onChange={(overdue) => set({ overdue })}
            options={[
              { value: "true", label: t("cases.overdue") },
              { value: "false", label: t("cases.notOverdue") },
            ]}
            style={{ width: 120 }}
          />
        </>
      )}
    </RegistryFilters>
  );
}
