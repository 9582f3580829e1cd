import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Region, RegionLevel } from "@xinqiao/shared";
import { useDebouncedValue } from "../../../hooks/useDebouncedValue.ts";
import { regionKeys, searchRegionsForPicker } from "../api.ts";

const debounceMs = 250;

/**
 * A region picker's search as typed: asked of the server 250 ms after typing stops (the tree is
 * loaded lazily, so it cannot be searched in the browser), at every level of the scope or only
 * the `levels` the field accepts.
 */
export function useRegionPickerSearch(
  text: string,
  levels: readonly RegionLevel[] | undefined,
): { isSearching: boolean; isLoading: boolean; hits: Region[] } {
  const typed = text.trim();
  const q = useDebouncedValue(typed, debounceMs);
  const search = useQuery({
    queryKey: regionKeys.pickerSearch(q, levels),
    queryFn: ({ signal }) => searchRegionsForPicker(q, levels, signal),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
  return {
    isSearching: typed.length > 0,
    isLoading: typed !== q || search.isFetching,
    hits: typed && q ? (search.data?.items ?? []) : [],
  };
}
