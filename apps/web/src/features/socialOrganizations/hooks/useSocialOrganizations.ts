import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  getSocialOrganization,
  getSocialOrganizationHistory,
  listSocialOrganizations,
  type SocialOrganizationListParams,
  socialOrganizationKeys,
} from "../api.ts";

export function useSocialOrganizations(params: SocialOrganizationListParams) {
  return useQuery({
    queryKey: socialOrganizationKeys.list(params),
    queryFn: () => listSocialOrganizations(params),
    placeholderData: keepPreviousData,
  });
}

export function useSocialOrganization(id: number | null) {
  return useQuery({
    queryKey: socialOrganizationKeys.detail(id ?? 0),
    queryFn: () => getSocialOrganization(id ?? 0),
    enabled: id !== null,
  });
}

export function useSocialOrganizationHistory(id: number | null) {
  return useQuery({
    queryKey: socialOrganizationKeys.history(id ?? 0),
    queryFn: () => getSocialOrganizationHistory(id ?? 0),
    enabled: id !== null,
  });
}
