import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getStationCoverage, type PlatformListParams, platformKeys, platformsApi } from "../api.ts";

export function usePlatforms(params: PlatformListParams) {
  return useQuery({
    queryKey: platformKeys.list(params),
    queryFn: () => platformsApi.list(params),
    placeholderData: keepPreviousData,
  });
}

/** A platform's page: the page itself answers a failure (not found, out of scope, retry). */
export function usePlatform(id: number | null) {
  return useQuery({
    queryKey: platformKeys.detail(id ?? 0),
    queryFn: () => platformsApi.get(id ?? 0),
    enabled: id !== null,
    meta: { isErrorHandledLocally: true },
  });
}

export function usePlatformHistory(id: number | null) {
  return useQuery({
    queryKey: platformKeys.history(id ?? 0),
    queryFn: () => platformsApi.history(id ?? 0),
    enabled: id !== null,
  });
}

export function useStationCoverage() {
  return useQuery({ queryKey: platformKeys.coverage, queryFn: getStationCoverage });
}
