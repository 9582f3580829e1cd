import { ReloadOutlined } from "@ant-design/icons";
import {
  type PlatformFilters as Filters,
  platformFacilities,
  platformKindIds,
  platformStatusIds,
} from "@xinqiao/shared";
import { Button, Input, Select, Space } from "antd";
import { useEffect, useState } from "react";
import { RegionTreeSelect } from "../../../components/RegionTreeSelect.tsx";
import { useDebouncedValue } from "../../../hooks/useDebouncedValue.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { usePlatformLabels } from "../hooks/usePlatformLabels.ts";

/** The list's filters; every change goes to the server as a new query (page 1). */
export function PlatformFilters({ value, onChange }: { value: Filters; onChange: (value: Filters) => void }) {
  const { t } = useI18n();
  const labels = usePlatformLabels();
  const [text, setText] = useState(value.q ?? "");
  const q = useDebouncedValue(text.trim(), 300);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text triggers a search
  useEffect(() => {
    if ((value.q ?? "") !== q) onChange({ ...value, q: q || undefined });
  }, [q]);
  // A filter set from outside (the coverage view) replaces the search text too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow external changes of q only
  useEffect(() => {
    if ((value.q ?? "") !== text.trim()) setText(value.q ?? "");
  }, [value.q]);

  const set = (change: Partial<Filters>) => onChange({ ...value, ...change });

  return (
    <Space wrap size={[12, 12]} data-testid="platform-filters">
      <Input.Search
        allowClear
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t("platforms.searchPlaceholder")}
        style={{ width: 240 }}
        data-testid="platform-search"
      />
      <div style={{ width: 200 }}>
        <RegionTreeSelect
          value={value.regionCode ?? null}
          onChange={(regionCode) => set({ regionCode: regionCode ?? undefined })}
          placeholder={t("platforms.filter.region")}
        />
      </div>
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
      <Button
        icon={<ReloadOutlined />}
        onClick={() => {
          setText("");
          onChange({ isActive: "true" });
        }}
      >
        {t("common.reset")}
      </Button>
    </Space>
  );
}
