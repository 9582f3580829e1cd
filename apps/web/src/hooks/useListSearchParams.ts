import { useEffect } from "react";
import { useSearchParams } from "react-router";
import { useCurrentUser } from "../features/auth/hooks/useSession.ts";
import {
  type ListParams,
  type ListSearchConfig,
  listParamsOf,
  mergeSearch,
  withRegionInScope,
} from "./listSearch.ts";

export interface ListSearchUpdate {
  /** Other address keys to set (or remove with null) in the same navigation, e.g. a tab. */
  others?: Record<string, string | null>;
  /** A new history entry instead of replacing the current one (e.g. when leaving another tab). */
  push?: boolean;
}

/**
 * A registry list's search, filters, sort and page kept in the address, so a reload, the back
 * button or a shared link shows the same list. Changes replace the history entry: typing a
 * search should not leave one entry per keystroke for the back button to walk through.
 */
export function useListSearchParams<P extends ListParams>(
  config: ListSearchConfig<P>,
): [P, (next: P, update?: ListSearchUpdate) => void] {
  const [search, setSearch] = useSearchParams();
  const scopeCode = useCurrentUser().region.code;
  const params = withRegionInScope(listParamsOf(search, config), scopeCode);
  const setParams = (next: P, update: ListSearchUpdate = {}) =>
    setSearch((current) => mergeSearch(current, next, config, update.others), { replace: !update.push });

  // The address follows what the list shows, so the dropped region is not shared on or bookmarked.
  const strayRegion = "regionCode" in params ? null : search.get("regionCode");
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new stray region rewrites the address
  useEffect(() => {
    if (strayRegion !== null && (config.filters as readonly string[]).includes("regionCode")) {
      setSearch((current) => mergeSearch(current, params, config), { replace: true });
    }
  }, [strayRegion]);
  return [params, setParams];
}
