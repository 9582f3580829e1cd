import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { regionKeys, searchRegions } from "../api.ts";

/** Search by name, full pinyin or initials ("nm" → 南门街道); `q` is already debounced. */
export function useRegionSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: regionKeys.search(text),
    queryFn: () => searchRegions(text),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
  });
}
