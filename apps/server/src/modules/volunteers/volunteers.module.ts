import { auditSubjectsOfTable } from "../../platform/auditSubjects.ts";
import { defineServerModule } from "../../platform/serverModule.ts";
import * as volunteerSearchIndexes from "./migrations/2026113004_volunteer_search_indexes.ts";
import * as volunteerGuardian from "./migrations/2026113006_volunteer_guardian.ts";
import * as serviceRecordReversals from "./migrations/2026120781_service_record_reversals.ts";
import * as ledgerSources from "./migrations/2026120800_ledger_sources.ts";
import * as volunteerHoursByDate from "./migrations/2026120922_volunteer_hours_by_date.ts";
import { registerVolunteerRoutes } from "./volunteers.routes.ts";
import "./volunteers.tables.ts";
import { volunteerHourMeasures, volunteerMeasures } from "./volunteers.measures.ts";

/** 志愿者, 志愿服务队伍, service hours and certificates. */
export const volunteersModule = defineServerModule({
  name: "volunteers",
  routes: registerVolunteerRoutes,
  measureSources: [volunteerMeasures, volunteerHourMeasures],
  migrations: {
    "2026113004_volunteer_search_indexes": volunteerSearchIndexes,
    "2026113006_volunteer_guardian": volunteerGuardian,
    "2026120781_service_record_reversals": serviceRecordReversals,
    "2026120800_ledger_sources": ledgerSources,
    "2026120922_volunteer_hours_by_date": volunteerHoursByDate,
  },
  grants: {
    "volunteers.manage": ["city_officer", "district_officer", "station_staff"],
    "volunteers.record_hours": ["city_officer", "district_officer", "station_staff", "social_worker"],
  },
  // Imported when needed: production never loads the generators (nor faker).
  loadDemoData: async (ctx) => (await import("./volunteers.demo.ts")).loadDemoVolunteers(ctx),
  auditSubjects: {
    volunteer: auditSubjectsOfTable("volunteers"),
    volunteerTeam: auditSubjectsOfTable("volunteer_teams"),
  },
});
