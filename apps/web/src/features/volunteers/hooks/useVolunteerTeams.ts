import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type TeamListParams, teamKeys, teamsApi } from "../api.ts";

export function useTeamList(params: TeamListParams) {
  return useQuery({
    queryKey: teamKeys.list(params),
    queryFn: () => teamsApi.list(params),
    placeholderData: keepPreviousData,
  });
}

export function useTeam(id: number) {
  return useQuery({
    queryKey: teamKeys.detail(id),
    queryFn: () => teamsApi.get(id),
    meta: { isErrorHandledLocally: true },
    retry: false,
  });
}

export function useTeamHistory(id: number) {
  return useQuery({ queryKey: teamKeys.history(id), queryFn: () => teamsApi.history(id) });
}

/** Active teams matching a search, for pickers (50 at most: the search narrows them). */
export function useTeamOptions(q: string, isEnabled = true) {
  return useQuery({
    queryKey: teamKeys.options(q),
    queryFn: () => teamsApi.list({ page: 1, pageSize: 50, q: q || undefined, isActive: "true" }),
    enabled: isEnabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
