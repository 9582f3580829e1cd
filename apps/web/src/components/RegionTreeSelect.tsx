import type { RegionLevel } from "@xinqiao/shared";
import { Spin, TreeSelect } from "antd";
import { type ReactNode, useMemo, useState } from "react";
import { useCurrentUser } from "../features/auth/hooks/useSession.ts";
import { useRegionPickerSearch } from "../features/regions/hooks/useRegionPickerSearch.ts";
import { useI18n } from "../i18n/i18nContext.ts";
import { RegionPickerHit } from "./RegionPickerHit.tsx";
import { isSelectableLevel, treeNodesOf } from "./regionPickerNodes.ts";
import { useRegionTreeNodes } from "./useRegionTreeNodes.ts";

/**
 * Picks a region inside the user's scope: a tree whose children load as it is expanded, and,
 * as soon as something is typed, the server's hits by name, full pinyin or initials at every
 * level of the scope, each with its path. `selectableLevels` limits what can be chosen (a
 * district officer sits on a district): other levels stay browsable but not selectable, and are
 * not offered as hits.
 */
export interface RegionTreeSelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  selectableLevels?: readonly RegionLevel[];
  placeholder?: string;
  id?: string;
  disabled?: boolean;
}

/** A node as the TreeSelect shows it: `label` is what the field shows once it is chosen. */
interface PickerOption {
  id: string;
  pId: string | null;
  value: string;
  title: ReactNode;
  label: string;
  isLeaf: boolean;
  selectable: boolean;
}

export function RegionTreeSelect({
  value,
  onChange,
  selectableLevels,
  placeholder,
  id,
  disabled,
}: RegionTreeSelectProps) {
  const { t } = useI18n();
  const scopeCode = useCurrentUser().region.code;
  const tree = useRegionTreeNodes(scopeCode, value);
  const [searchText, setSearchText] = useState("");
  const search = useRegionPickerSearch(searchText, selectableLevels);

  const treeData = useMemo(
    (): PickerOption[] =>
      search.isSearching
        ? search.hits.map((region) => ({
            id: region.code,
            pId: null,
            value: region.code,
            title: <RegionPickerHit region={region} />,
            label: region.name,
            isLeaf: true,
            selectable: isSelectableLevel(region.level, selectableLevels),
          }))
        : treeNodesOf(tree.nodes).map(({ level, ...node }) => ({
            ...node,
            label: node.title,
            selectable: isSelectableLevel(level, selectableLevels),
          })),
    [search.isSearching, search.hits, tree.nodes, selectableLevels],
  );

  const choose = (next: string | undefined) => {
    // A hit joins the tree with its path, so its name stays the label once the search is over.
    const hit = search.hits.find((region) => region.code === next);
    if (hit) tree.addPath(hit);
    onChange?.(next ?? null);
  };

  return (
    <TreeSelect
      id={id}
      disabled={disabled}
      value={value ?? undefined}
      onChange={choose}
      treeDataSimpleMode
      treeData={treeData}
      treeNodeLabelProp="label"
      loadData={tree.loadData}
      onOpenChange={(open) => {
        if (open) tree.completeTree();
      }}
      placeholder={placeholder}
      allowClear
      showSearch={{ searchValue: searchText, onSearch: setSearchText, filterTreeNode: false }}
      notFoundContent={
        search.isSearching && !search.isLoading ? t("region.searchEmpty") : <Spin size="small" />
      }
      popupMatchSelectWidth={false}
      style={{ width: "100%" }}
    />
  );
}
