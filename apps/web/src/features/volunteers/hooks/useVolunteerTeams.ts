import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  getTeam,
  listTeams,
  searchSocialOrganizations,
  type TeamListParams,
  teamHistory,
  teamKeys,
} from "../api.ts";

export function useTeamList(params: TeamListParams) {
  return useQuery({
    queryKey: teamKeys.list(params),
    queryFn: () => listTeams(params),
    placeholderData: keepPreviousData,
  });
}

export function useTeam(id: number) {
  return useQuery({
    queryKey: teamKeys.detail(id),
    queryFn: () => getTeam(id),
    meta: { isErrorHandledLocally: true },
    retry: false,
  });
}

export function useTeamHistory(id: number) {
  return useQuery({ queryKey: teamKeys.history(id), queryFn: () => teamHistory(id) });
}

/** Active teams matching a search, for pickers (50 at most: the search narrows them). */
export function useTeamOptions(q: string, isEnabled = true) {
  return useQuery({
    queryKey: teamKeys.options(q),
    queryFn: () => listTeams({ page: 1, pageSize: 50, q: q || undefined, isActive: "true" }),
    enabled: isEnabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useOrganizationOptions(q: string, isEnabled = true) {
  return useQuery({
    queryKey: teamKeys.organizations(q),
    queryFn: () => searchSocialOrganizations(q),
    enabled: isEnabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    meta: { isErrorHandledLocally: true },
  });
}
