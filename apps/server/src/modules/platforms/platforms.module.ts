import { auditSubjectsOfTable } from "../../platform/auditSubjects.ts";
import { defineServerModule } from "../../platform/serverModule.ts";
import { registerPlatformRoutes } from "./platforms.routes.ts";
import "./platforms.tables.ts";
import { platformMeasures } from "./platforms.measures.ts";

/** 社会工作服务平台 (stations and centres). */
export const platformsModule = defineServerModule({
  name: "platforms",
  routes: registerPlatformRoutes,
  measureSources: [platformMeasures],
  grants: { "platforms.manage": ["city_officer", "district_officer", "station_staff"] },
  // Imported when needed: production never loads the generators (nor faker).
  loadDemoData: async (ctx) => (await import("./platforms.demo.ts")).loadDemoPlatforms(ctx),
  auditSubjects: { platform: auditSubjectsOfTable("platforms") },
});
