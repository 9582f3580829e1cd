import { auditSubjectsOfTable } from "../../platform/auditSubjects.ts";
import { defineServerModule } from "../../platform/serverModule.ts";
import { activityAttachmentOwner } from "./activities.attachmentOwner.ts";
import { registerActivityRoutes } from "./activities.routes.ts";
import { activitiesClientTimeline } from "./activities.timeline.ts";
import * as activitiesTables from "./migrations/2026120820_activities.ts";
import "./activities.tables.ts";

/**
 * 小组/社区活动 and their volunteer recruitment. Stations, social workers and the officers above
 * them organize; a supervisor and a leader read (the leader sees no participant names, since
 * participants are clients and the leader lacks clients.read).
 */
export const activitiesModule = defineServerModule({
  name: "activities",
  routes: registerActivityRoutes,
  migrations: { "2026120820_activities": activitiesTables },
  grants: {
    "activities.read": [
      "city_officer",
      "district_officer",
      "station_staff",
      "social_worker",
      "supervisor",
      "leader",
    ],
    "activities.manage": ["city_officer", "district_officer", "station_staff", "social_worker"],
  },
  // Imported when needed: production never loads the generators (nor faker).
  loadDemoData: async (ctx) => (await import("./activities.demo.ts")).loadDemoActivities(ctx),
  auditSubjects: { activity: auditSubjectsOfTable("activities") },
  clientTimeline: activitiesClientTimeline,
  attachmentOwners: { activity: activityAttachmentOwner },
});
