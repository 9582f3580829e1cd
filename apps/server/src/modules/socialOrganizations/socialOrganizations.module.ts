import { auditSubjectsOfTable } from "../../platform/auditSubjects.ts";
import { defineServerModule } from "../../platform/serverModule.ts";
import { registerSocialOrganizationRoutes } from "./socialOrganizations.routes.ts";
import "./socialOrganizations.tables.ts";
import { socialOrganizationMeasures } from "./socialOrganizations.measures.ts";

/** 社会组织 registry. */
export const socialOrganizationsModule = defineServerModule({
  name: "socialOrganizations",
  routes: registerSocialOrganizationRoutes,
  measureSources: [socialOrganizationMeasures],
  grants: {
    "organizations.manage": ["city_officer", "district_officer"],
    "organizations.override_credit_code": ["city_officer", "district_officer"],
  },
  // Imported when needed: production never loads the generators (nor faker).
  loadDemoData: async (ctx) =>
    (await import("./socialOrganizations.demo.ts")).loadDemoSocialOrganizations(ctx),
  auditSubjects: { socialOrganization: auditSubjectsOfTable("social_organizations") },
});
