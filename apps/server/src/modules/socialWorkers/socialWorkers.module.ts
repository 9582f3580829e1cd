import { auditSubjectsOfTable } from "../../platform/auditSubjects.ts";
import { defineServerModule } from "../../platform/serverModule.ts";
import * as educationHourKind from "./migrations/2026113005_education_hour_kind.ts";
import * as educationHourReversals from "./migrations/2026120782_education_hour_reversals.ts";
import { registerSocialWorkerRoutes } from "./socialWorkers.routes.ts";
import "./socialWorkers.tables.ts";
import { socialWorkerMeasures } from "./socialWorkers.measures.ts";

/** 社会工作者 and their continuing-education hours. */
export const socialWorkersModule = defineServerModule({
  name: "socialWorkers",
  routes: registerSocialWorkerRoutes,
  measureSources: [socialWorkerMeasures],
  migrations: {
    "2026113005_education_hour_kind": educationHourKind,
    "2026120782_education_hour_reversals": educationHourReversals,
  },
  grants: { "workers.manage": ["city_officer", "district_officer", "station_staff"] },
  // Imported when needed: production never loads the generators (nor faker).
  loadDemoData: async (ctx) => (await import("./socialWorkers.demo.ts")).loadDemoSocialWorkers(ctx),
  auditSubjects: { socialWorker: auditSubjectsOfTable("social_workers") },
});
