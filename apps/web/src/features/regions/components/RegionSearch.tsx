import type { Region } from "@xinqiao/shared";
import { Input, Space } from "antd";
import { type ReactNode, useState } from "react";
import { useDebouncedValue } from "../../../hooks/useDebouncedValue.ts";
import { useI18n } from "../../../i18n/i18nContext.ts";
import { useRegionSearch } from "../hooks/useRegionSearch.ts";
import { RegionSearchResults } from "./RegionSearchResults.tsx";

/**
 * Finds regions in scope by name, full pinyin or initials. While a query is typed the results
 * replace `children` (the tree); choosing one selects it and clears the query.
 */
export function RegionSearch({
  onSelect,
  children,
}: {
  onSelect: (region: Region) => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const query = useDebouncedValue(text.trim(), 250);
  const search = useRegionSearch(query);
  const isSearching = text.trim().length > 0;

  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }}>
      <Input.Search
        allowClear
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t("region.searchPlaceholder")}
        loading={search.isFetching}
        data-testid="region-search"
      />
      {isSearching ? (
        <RegionSearchResults
          regions={query ? (search.data?.items ?? []) : []}
          isLoading={search.isFetching && !search.data}
          onSelect={(region) => {
            onSelect(region);
            setText("");
          }}
        />
      ) : (
        children
      )}
    </Space>
  );
}
