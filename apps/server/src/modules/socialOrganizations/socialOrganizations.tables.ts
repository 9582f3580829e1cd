import type { OrganizationStatus, OrganizationType } from "@xinqiao/shared";
import type { RegistryColumns } from "../../platform/db/tables.ts";

declare module "../../platform/db/tables.ts" {
  interface Database {
    social_organizations: SocialOrganizationTable;
  }
}

export interface SocialOrganizationTable extends RegistryColumns {
  credit_code: string;
  credit_code_override_reason: string | null;
  org_type: OrganizationType;
  registering_authority: string;
  registered_on: string | null;
  legal_representative: string | null;
  domains_json: string;
  evaluation_grade: string | null;
  staff_count: number;
  address: string | null;
  status: OrganizationStatus;
}
