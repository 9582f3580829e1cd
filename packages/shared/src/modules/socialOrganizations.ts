import { defineModuleContract, legacyAuditNames } from "../moduleContract.ts";
import { socialOrganizationsAnalytics } from "./socialOrganizations.analytics.ts";

/** 社会组织 registry. */
export const socialOrganizationsContract = defineModuleContract({
  permissions: [
    "organizations.manage",
    /** Accept a 统一社会信用代码 whose check character fails, with a reason. */
    "organizations.override_credit_code",
  ],
  auditEntities: { socialOrganization: [] },
  auditActions: {
    "socialOrganization.create": [],
    "socialOrganization.create.override": [],
    "socialOrganization.update": [],
    "socialOrganization.update.override": [],
    "socialOrganization.deactivate": [],
    "socialOrganization.activate": [],
    "socialOrganization.import.create": [],
    "socialOrganization.import.update": [],
    "socialOrganization.export": legacyAuditNames.exportOf("socialOrganization"),
  },
  analytics: socialOrganizationsAnalytics,
});
