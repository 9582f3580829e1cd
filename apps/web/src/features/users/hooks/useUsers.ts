import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { listOrganizations, listUsers, type UserListParams, userKeys } from "../api.ts";

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: () => listUsers(params),
    placeholderData: keepPreviousData,
  });
}

/** Up to 200 users for pickers (audit filter). */
export function useUserOptions(isEnabled = true) {
  return useQuery({
    queryKey: userKeys.options,
    queryFn: () => listUsers({ page: 1, pageSize: 200, sort: "username" }),
    enabled: isEnabled,
    staleTime: 5 * 60_000,
  });
}

export function useOrganizations(isEnabled = true) {
  return useQuery({
    queryKey: userKeys.organizations,
    queryFn: listOrganizations,
    enabled: isEnabled,
    staleTime: 5 * 60_000,
  });
}
