import { ReloadOutlined } from "@ant-design/icons";
import { Button, Input, Space } from "antd";
import type { ReactNode } from "react";
import { useCurrentUser } from "../features/auth/hooks/useSession.ts";
import { useSearchText } from "../hooks/useSearchText.ts";
import { useI18n } from "../i18n/i18nContext.ts";
import { RegionTreeSelect } from "./RegionTreeSelect.tsx";
import { SavedFilters } from "./SavedFilters.tsx";
import { type FilterSearchConfig, filterSearchOf, filtersOfSaved } from "./savedFilters.ts";

/** The part of a registry list's filters this bar manages itself. */
export interface RegistryFilterValue {
  q?: string;
  regionCode?: string;
}

/** Where a list's 保存的筛选 are kept (per user) and how its filters are written in the address. */
export interface SavedFiltersOption {
  /** The list's name in storage, e.g. "volunteers". */
  listKey: string;
  /** The list's address rules (the ListSearchConfig given to useListSearchParams). */
  config: FilterSearchConfig;
}

/**
 * A registry list's filter bar: a debounced quick search wired to the list query, a region
 * picker, the feature's own filters (children), a reset button and, when the list offers them,
 * the user's saved filters. Every change goes to the server as a new query (page 1).
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
  savedFilters,
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
  /** 保存的筛选 of this list; none unless given. */
  savedFilters?: SavedFiltersOption;
  /** The feature's own filters; `set` merges a change into the current filters. */
  children: (set: (change: Partial<F>) => void) => ReactNode;
}) {
  const { t } = useI18n();
  const scopeCode = useCurrentUser().region.code;
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
      {savedFilters && (
        <SavedFilters
          listKey={savedFilters.listKey}
          current={filterSearchOf(value, savedFilters.config)}
          onApply={(search) => onChange(filtersOfSaved(search, savedFilters.config, scopeCode) as F)}
          testId={`${testId}-saved`}
        />
      )}
    </Space>
  );
}
