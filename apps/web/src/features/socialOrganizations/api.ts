import type {
  CreateSocialOrganizationBody,
  Page,
  SocialOrganization,
  SocialOrganizationDetail,
  SocialOrganizationFilters,
  UpdateSocialOrganizationBody,
} from "@xinqiao/shared";
import { registryApi, registryKeys } from "../../api/registryApi.ts";

/** /api/social-organizations; the server narrows every answer to the user's scope. */
export interface SocialOrganizationListParams extends SocialOrganizationFilters {
  page: number;
  pageSize: number;
  sort?: string;
}

export const socialOrganizationKeys = {
  ...registryKeys<SocialOrganizationListParams>("socialOrganizations"),
  /** A picker's search (SocialOrganizationSelect). */
  options: (q: string) => ["socialOrganizations", "options", q] as const,
};

export const socialOrganizationsApi = registryApi<{
  listParams: SocialOrganizationListParams;
  row: SocialOrganization;
  detail: SocialOrganizationDetail;
  create: CreateSocialOrganizationBody;
  update: UpdateSocialOrganizationBody;
}>("/api/social-organizations");

/** Organizations to choose from in other registries' forms: active ones of the user's scope, by name. */
export function searchSocialOrganizationOptions(q: string): Promise<Page<SocialOrganization>> {
  return socialOrganizationsApi.list({
    page: 1,
    pageSize: 20,
    q: q || undefined,
    isActive: "true",
    sort: "name",
  });
}
