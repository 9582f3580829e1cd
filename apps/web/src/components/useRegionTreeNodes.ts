import { useQueryClient } from "@tanstack/react-query";
import { isWithinRegion, type Region } from "@xinqiao/shared";
import { useEffect, useRef, useState } from "react";
import { getRegion, listChildRegions, regionKeys } from "../features/regions/api.ts";
import {
  nodeOfRegion,
  partlyLoadedParents,
  type RegionTreeNodes,
  withNodes,
  withRegionPath,
} from "./regionPickerNodes.ts";

/**
 * The region picker's browsable tree: the scope's root at first, children as nodes are
 * expanded, and the path down to the value when it is not loaded yet (editing a record, a list
 * filter from the address, a search hit), whose ancestors' other children load before the tree
 * is browsed again.
 */
export function useRegionTreeNodes(scopeCode: string, value: string | null | undefined) {
  const queryClient = useQueryClient();
  const [nodes, setNodes] = useState<RegionTreeNodes>(() => new Map());
  const loadedParents = useRef(new Set<string>());

  const fetchRegion = (code: string) =>
    queryClient.fetchQuery({
      queryKey: regionKeys.detail(code),
      queryFn: () => getRegion(code),
      // A value the picker cannot name (removed since) keeps its code; a toast would not help.
      meta: { isErrorHandledLocally: true },
    });

  // biome-ignore lint/correctness/useExhaustiveDependencies: load the root once per scope root
  useEffect(() => {
    fetchRegion(scopeCode)
      .then((root) => setNodes((current) => withNodes(current, [nodeOfRegion(root, scopeCode)])))
      .catch(() => {});
  }, [scopeCode]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: fill in a value once, when it changes
  useEffect(() => {
    // Outside the scope the server answers 404: such a value is not looked up (nor shown by name).
    if (!value || nodes.has(value) || !isWithinRegion(value, scopeCode)) return;
    fetchRegion(value)
      .then((region) => addPath(region))
      .catch(() => {});
  }, [value, scopeCode]);

  const addPath = (region: Region) => setNodes((current) => withRegionPath(current, region, scopeCode));

  const loadChildren = async (parent: string) => {
    const page = await queryClient.fetchQuery({
      queryKey: regionKeys.children(parent),
      queryFn: () => listChildRegions(parent),
    });
    loadedParents.current.add(parent);
    setNodes((current) =>
      withNodes(
        current,
        page.items.map((region) => nodeOfRegion(region, scopeCode)),
      ),
    );
  };

  const loadData = (node: { value?: unknown }) => loadChildren(String(node.value));

  /** Called as the dropdown opens: parents that show only a path get their other children. */
  const completeTree = () => {
    for (const parent of partlyLoadedParents(nodes, loadedParents.current)) {
      loadChildren(parent).catch(() => {});
    }
  };

  return { nodes, addPath, loadData, completeTree };
}
