import { auditSubjectsOfTable } from "../../platform/auditSubjects.ts";
import { defineServerModule } from "../../platform/serverModule.ts";
import * as trainingTables from "./migrations/2026121011_training.ts";
import { enrolmentSubjects } from "./training.auditSubjects.ts";
import { registerTrainingRoutes } from "./training.routes.ts";
import "./training.tables.ts";

/** 人才培养: courses, enrolment, attendance and completion into the continuing-education ledger. */
export const trainingModule = defineServerModule({
  name: "training",
  routes: registerTrainingRoutes,
  migrations: { "2026121011_training": trainingTables },
  grants: {
    "training.read": [
      "city_officer",
      "district_officer",
      "station_staff",
      "social_worker",
      "supervisor",
      "org_admin",
      "leader",
    ],
    "training.manage": ["city_officer", "district_officer", "station_staff"],
  },
  // Imported when needed: production never loads the generators (nor faker).
  loadDemoData: async (ctx) => (await import("./training.demo.ts")).loadDemoCourses(ctx),
  auditSubjects: { course: auditSubjectsOfTable("courses"), courseEnrolment: enrolmentSubjects },
});
