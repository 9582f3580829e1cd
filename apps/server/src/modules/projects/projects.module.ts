import { auditSubjectsOfTable } from "../../platform/auditSubjects.ts";
import { defineServerModule } from "../../platform/serverModule.ts";
import * as projectsTables from "./migrations/2026121001_projects.ts";
import { projectAttachmentOwner } from "./projects.attachmentOwner.ts";
import { registerProjectRoutes } from "./projects.routes.ts";
import "./projects.tables.ts";

/** 项目与资金: projects through their lifecycle, budget lines by funding source, money in and out. */
export const projectsModule = defineServerModule({
  name: "projects",
  routes: registerProjectRoutes,
  migrations: { "2026121001_projects": projectsTables },
  grants: {
    "projects.read": [
      "city_officer",
      "district_officer",
      "station_staff",
      "supervisor",
      "org_admin",
      "leader",
    ],
    "projects.manage": ["city_officer", "district_officer", "station_staff", "org_admin"],
    "projects.approve": ["city_officer", "district_officer"],
    "funds.record": ["city_officer", "district_officer", "station_staff", "org_admin"],
    "funds.overspend": ["city_officer", "district_officer"],
  },
  // Imported when needed: production never loads the generators.
  loadDemoData: async (ctx) => (await import("./projects.demo.ts")).loadDemoProjects(ctx),
  auditSubjects: { project: auditSubjectsOfTable("projects") },
  attachmentOwners: { project: projectAttachmentOwner },
});
