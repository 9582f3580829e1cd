import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  type SocialOrganizationListParams,
  searchSocialOrganizationOptions,
  socialOrganizationKeys,
  socialOrganizationsApi,
} from "../api.ts";

export function useSocialOrganizations(params: SocialOrganizationListParams) {
  return useQuery({
    queryKey: socialOrganizationKeys.list(params),
    queryFn: () => socialOrganizationsApi.list(params),
    placeholderData: keepPreviousData,
  });
}

/** An organization's page: the page itself answers a failure (not found, out of scope, retry). */
export function useSocialOrganization(id: number | null) {
  return useQuery({
    queryKey: socialOrganizationKeys.detail(id ?? 0),
    queryFn: () => socialOrganizationsApi.get(id ?? 0),
    enabled: id !== null,
    meta: { isErrorHandledLocally: true },
  });
}

export function useSocialOrganizationHistory(id: number | null) {
  return useQuery({
    queryKey: socialOrganizationKeys.history(id ?? 0),
    queryFn: () => socialOrganizationsApi.history(id ?? 0),
    enabled: id !== null,
  });
}

/** A picker's choices (SocialOrganizationSelect): asked only while `isEnabled` (the list open or typed in). */
export function useSocialOrganizationOptions(q: string, isEnabled: boolean) {
  return useQuery({
    queryKey: socialOrganizationKeys.options(q),
    queryFn: () => searchSocialOrganizationOptions(q),
    enabled: isEnabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
