import {
  type PlatformFilters as Filters,
  platformFacilities,
  platformKindIds,
  platformStatusIds,
} from "@xinqiao/shared";
import { Select } from "antd";
import { RegistryFilters } from "../../../components/RegistryFilters.tsx";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { usePlatformLabels } from "../hooks/usePlatformLabels.ts";
import { platformListSearch } from "../listParams.ts";

/** The list's filters; every change goes to the server as a new query (page 1). */
export function PlatformFilters({ value, onChange }: { value: Filters; onChange: (value: Filters) => void }) {
  const { t } = useI18n();
  const labels = usePlatformLabels();
  return (
    <RegistryFilters
      value={value}
      onChange={onChange}
      testId="platform-filters"
      searchTestId="platform-search"
      searchPlaceholder={t("platforms.searchPlaceholder")}
      searchWidth={240}
      regionPlaceholder={t("platforms.filter.region")}
      resetValue={{ isActive: "true" }}
      savedFilters={{ listKey: "platforms", config: platformListSearch }}
    >
      {(set) => (
        <>
          <Select
            allowClear
            placeholder={t("platforms.filter.kind")}
            value={value.kind}
            onChange={(kind) => set({ kind })}
            options={platformKindIds.map((kind) => ({ value: kind, label: labels.kindShort(kind) }))}
            style={{ width: 120 }}
          />
          <Select
            allowClear
            placeholder={t("platforms.filter.status")}
            value={value.status}
            onChange={(status) => set({ status })}
            options={platformStatusIds.map((status) => ({ value: status, label: labels.status(status) }))}
            style={{ width: 110 }}
          />
          <Select
            allowClear
            placeholder={t("platforms.filter.facility")}
            value={value.facility}
            onChange={(facility) => set({ facility })}
            options={platformFacilities.map((facility) => ({
              value: facility,
              label: labels.facility(facility),
            }))}
            style={{ width: 140 }}
          />
          <Select<"staffing" | "space">
            allowClear
            placeholder={t("platforms.filter.belowStandard")}
            value={value.belowStandard}
            onChange={(belowStandard) => set({ belowStandard })}
            options={[
              { value: "staffing", label: t("platforms.filter.belowStaffing") },
              { value: "space", label: t("platforms.filter.belowSpace") },
            ]}
            style={{ width: 160 }}
            data-testid="platform-below-standard-filter"
          />
          <Select<"true" | "false">
            allowClear
            placeholder={t("platforms.filter.active")}
            value={value.isActive}
            onChange={(isActive) => set({ isActive })}
            options={[
              { value: "true", label: t("platforms.filter.activeOnly") },
              { value: "false", label: t("platforms.filter.inactiveOnly") },
            ]}
            style={{ width: 110 }}
          />
        </>
      )}
    </RegistryFilters>
  );
}
