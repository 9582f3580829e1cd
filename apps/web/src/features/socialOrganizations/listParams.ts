import { socialOrganizationListQuerySchema } from "@xinqiao/shared";
import type { ListSearchConfig } from "../../hooks/listSearch.ts";
import type { SocialOrganizationListParams } from "./api.ts";

/** The table's sortable columns are typed by this list, so a sort they offer is never dropped as unknown. */
export const organizationSortFields = [
  "name",
  "creditCode",
  "orgType",
  "regionCode",
  "evaluationGrade",
  "staffCount",
  "workerCount",
  "registeredOn",
  "status",
] as const;
export type OrganizationSortField = (typeof organizationSortFields)[number];

/** The register's state in the URL (?q=…&orgType=…&page=2); active organizations unless ?isActive= says otherwise. */
export const organizationListSearch: ListSearchConfig<SocialOrganizationListParams> = {
  schema: socialOrganizationListQuerySchema,
  filters: [
    "regionCode",
    "orgType",
    "status",
    "evaluationGrade",
    "domain",
    "isActive",
    "isCreditCodeOverridden",
  ],
  sortFields: organizationSortFields,
  defaults: { isActive: "true" },
};
