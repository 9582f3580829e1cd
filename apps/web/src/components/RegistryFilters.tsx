import { ReloadOutlined } from "@ant-design/icons";
import { Button, Input, Space } from "antd";
import { type ReactNode, useEffect, useState } from "react";
import { useDebouncedValue } from "../hooks/useDebouncedValue.ts";
import { useI18n } from "../i18n/i18nContext.ts";
import { RegionTreeSelect } from "./RegionTreeSelect.tsx";

/** The part of a registry list's filters this bar manages itself. */
export interface RegistryFilterValue {
  q?: string;
  regionCode?: string;
}

/**
 * A registry list's filter bar: a debounced quick search wired to the list query, a region
 * picker, the feature's own filters (children) and a reset button. Every change goes to the
 * server as a new query (page 1).
 */
export function RegistryFilters<F extends RegistryFilterValue>({
  value,
  onChange,
  testId,
  searchTestId,
  searchPlaceholder,
  searchWidth,
  regionPlaceholder,
  resetValue,
  resetLabel,
  children,
}: {
  value: F;
  onChange: (value: F) => void;
  /** data-testid of the whole bar. */
  testId: string;
  /** data-testid of the quick-search input. */
  searchTestId: string;
  searchPlaceholder: string;
  searchWidth: number;
  regionPlaceholder: string;
  /** The filters the reset button restores. */
  resetValue: F;
  /** Label of the reset button; `common.reset` unless given. */
  resetLabel?: string;
  /** The feature's own filters; `set` merges a change into the current filters. */
  children: (set: (change: Partial<F>) => void) => ReactNode;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(value.q ?? "");
  const q = useDebouncedValue(text.trim(), 300);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text triggers a search
  useEffect(() => {
    if ((value.q ?? "") !== q) onChange({ ...value, q: q || undefined });
  }, [q]);
  // The list's state is in the address, so q also changes from outside (the back button, a menu
  // click, the coverage view): the box follows. The echo of the box's own search (value.q === q)
  // is left alone, so it cannot overwrite what was typed since.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow external changes of q only
  useEffect(() => {
    const external = value.q ?? "";
    if (external !== q && external !== text.trim()) setText(external);
  }, [value.q]);

  const set = (change: Partial<F>) => onChange({ ...value, ...change });

  return (
    <Space wrap size={[12, 12]} data-testid={testId}>
      <Input.Search
        allowClear
        maxLength={50}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={searchPlaceholder}
        style={{ width: searchWidth }}
        data-testid={searchTestId}
      />
      <div style={{ width: 200 }}>
        <RegionTreeSelect
          value={value.regionCode ?? null}
          onChange={(regionCode) => set({ regionCode: regionCode ?? undefined } as Partial<F>)}
          placeholder={regionPlaceholder}
        />
      </div>
      {children(set)}
      <Button
        icon={<ReloadOutlined />}
        onClick={() => {
          setText("");
          onChange(resetValue);
        }}
      >
        {resetLabel ?? t("common.reset")}
      </Button>
    </Space>
  );
}
