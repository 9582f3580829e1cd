import { useQueryClient } from "@tanstack/react-query";
import type { Region, RegionLevel } from "@xinqiao/shared";
import { TreeSelect } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useCurrentUser } from "../features/auth/hooks/useSession.ts";
import { getRegion, listChildRegions, regionKeys } from "../features/regions/api.ts";

/**
 * Picks a region inside the user's scope, loading children lazily. When a value is already set
 * (editing), its ancestors are filled in from the region's `path` so the label shows its name.
 * `selectableLevels` limits what can be chosen (a district officer sits on a district).
 */
interface TreeNode {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
  /** Null for ancestors filled in from a path (never selectable: only the preset value is). */
  level: RegionLevel | null;
}

export interface RegionTreeSelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  selectableLevels?: readonly RegionLevel[];
  placeholder?: string;
  id?: string;
  disabled?: boolean;
}

export function RegionTreeSelect({
  value,
  onChange,
  selectableLevels,
  placeholder,
  id,
  disabled,
}: RegionTreeSelectProps) {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const [nodes, setNodes] = useState<Map<string, TreeNode>>(() => new Map());

  const toNode = (region: Region): TreeNode => ({
    id: region.code,
    pId: region.parentCode && region.code !== user.region.code ? region.parentCode : null,
    value: region.code,
    title: region.name,
    isLeaf: !region.hasChildren,
    level: region.level,
  });

  const addNodes = (added: TreeNode[]) =>
    setNodes((current) => {
      const next = new Map(current);
      for (const node of added) next.set(node.id, node);
      return next;
    });

  const fetchRegion = (code: string) =>
    queryClient.fetchQuery({ queryKey: regionKeys.detail(code), queryFn: () => getRegion(code) });

  // biome-ignore lint/correctness/useExhaustiveDependencies: load the root once per scope root
  useEffect(() => {
    fetchRegion(user.region.code)
      .then((root) => addNodes([toNode(root)]))
      .catch(() => {});
  }, [user.region.code]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: fill in a preset value once
  useEffect(() => {
    if (!value || nodes.has(value)) return;
    fetchRegion(value)
      .then((region) => {
        const ancestors = region.path.slice(0, -1).map((step, index, steps) => ({
          id: step.code,
          pId: index === 0 ? null : (steps[index - 1]?.code ?? null),
          value: step.code,
          title: step.name,
          isLeaf: false,
          level: null,
        }));
        setNodes((current) => {
          const next = new Map(current);
          for (const ancestor of ancestors) if (!next.has(ancestor.id)) next.set(ancestor.id, ancestor);
          next.set(region.code, toNode(region));
          return next;
        });
      })
      .catch(() => {});
  }, [value]);

  const treeData = useMemo(
    () =>
      [...nodes.values()].map((node) => ({
        ...node,
        selectable: node.level !== null && (!selectableLevels || selectableLevels.includes(node.level)),
      })),
    [nodes, selectableLevels],
  );

  const loadData = async (node: { value?: unknown }) => {
    const parent = String(node.value);
    const page = await queryClient.fetchQuery({
      queryKey: regionKeys.children(parent),
      queryFn: () => listChildRegions(parent),
    });
    addNodes(page.items.map(toNode));
  };

  return (
    <TreeSelect
      id={id}
      disabled={disabled}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      treeDataSimpleMode
      treeData={treeData}
      loadData={loadData}
      placeholder={placeholder}
      allowClear
      showSearch={{ treeNodeFilterProp: "title" }}
      popupMatchSelectWidth={false}
      style={{ width: "100%" }}
    />
  );
}
