import type { Region } from "@xinqiao/shared";
import { useCallback, useRef, useState } from "react";
import { useFetchChildRegions } from "./useChildRegions.ts";

/**
 * State of the lazily loaded region tree: which children are loaded, which nodes are open, and
 * `reveal` to open the way down to a region found by search (its `path` names the ancestors).
 */
export function useRegionTree(rootCode: string) {
  const fetchChildren = useFetchChildRegions();
  const [childrenByCode, setChildrenByCode] = useState<Record<string, Region[]>>({});
  const [expandedKeys, setExpandedKeys] = useState<string[]>([rootCode]);
  const loaded = useRef(new Set<string>());

  const loadChildren = useCallback(
    async (code: string) => {
      if (loaded.current.has(code)) return;
      const items = await fetchChildren(code);
      loaded.current.add(code);
      setChildrenByCode((current) => ({ ...current, [code]: items }));
    },
    [fetchChildren],
  );

  const reveal = useCallback(
    async (region: Pick<Region, "code" | "path">) => {
      const ancestors = region.path.map((step) => step.code).filter((code) => code !== region.code);
      for (const code of ancestors) await loadChildren(code);
      setExpandedKeys((current) => [...new Set([...current, ...ancestors])]);
    },
    [loadChildren],
  );

  return { childrenByCode, expandedKeys, setExpandedKeys, loadChildren, reveal };
}
