import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  getPlatform,
  getPlatformHistory,
  getStationCoverage,
  listPlatforms,
  type PlatformListParams,
  platformKeys,
  searchOperators,
} from "../api.ts";

export function usePlatforms(params: PlatformListParams) {
  return useQuery({
    queryKey: platformKeys.list(params),
    queryFn: () => listPlatforms(params),
    placeholderData: keepPreviousData,
  });
}

export function usePlatform(id: number | null) {
  return useQuery({
    queryKey: platformKeys.detail(id ?? 0),
    queryFn: () => getPlatform(id ?? 0),
    enabled: id !== null,
  });
}

export function usePlatformHistory(id: number | null) {
  return useQuery({
    queryKey: platformKeys.history(id ?? 0),
    queryFn: () => getPlatformHistory(id ?? 0),
    enabled: id !== null,
  });
}

export function useStationCoverage() {
  return useQuery({ queryKey: platformKeys.coverage, queryFn: getStationCoverage });
}

export function useOperatorOptions(q: string, isEnabled: boolean) {
  return useQuery({
    queryKey: platformKeys.operators(q),
    queryFn: () => searchOperators(q),
    enabled: isEnabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
