import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type SocialOrganizationListParams, socialOrganizationKeys, socialOrganizationsApi } from "../api.ts";

export function useSocialOrganizations(params: SocialOrganizationListParams) {
  return useQuery({
    queryKey: socialOrganizationKeys.list(params),
    queryFn: () => socialOrganizationsApi.list(params),
    placeholderData: keepPreviousData,
  });
}

export function useSocialOrganization(id: number | null) {
  return useQuery({
    queryKey: socialOrganizationKeys.detail(id ?? 0),
    queryFn: () => socialOrganizationsApi.get(id ?? 0),
    enabled: id !== null,
  });
}

export function useSocialOrganizationHistory(id: number | null) {
  return useQuery({
    queryKey: socialOrganizationKeys.history(id ?? 0),
    queryFn: () => socialOrganizationsApi.history(id ?? 0),
    enabled: id !== null,
  });
}
