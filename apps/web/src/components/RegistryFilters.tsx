import { ReloadOutlined } from "@ant-design/icons";
import { Button, Input, Space } from "antd";
import type { ReactNode } from "react";
import { useSearchText } from "../hooks/useSearchText.ts";
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
  const [text, setText] = useSearchText(value.q, (q) => onChange({ ...value, q }));

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
      <div style={{ width: 200 }} data-testid={`${testId}-region`}>
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
