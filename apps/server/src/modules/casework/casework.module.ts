import { defineServerModule } from "../../platform/serverModule.ts";
import { caseAttachmentOwner } from "./cases.attachmentOwner.ts";
import { caseworkMeasures, serviceRecordMeasures } from "./casework.measures.ts";
import { registerCaseworkRoutes } from "./casework.routes.ts";
import { caseworkClientTimeline } from "./casework.timeline.ts";
import * as cases from "./migrations/2026120801_cases.ts";
import * as serviceRecords from "./migrations/2026120802_service_records.ts";
import * as followUps from "./migrations/2026120803_follow_ups.ts";
import * as needs from "./migrations/2026120810_needs.ts";
import * as caseListIndexes from "./migrations/2026120811_case_list_indexes.ts";
import * as caseSatisfaction from "./migrations/2026120901_case_satisfaction.ts";
import * as serviceRecordCounts from "./migrations/2026120902_service_record_counts_index.ts";
import * as serviceRecordsByMonth from "./migrations/2026120921_service_records_by_month.ts";
import "./casework.tables.ts";
import "./needs.tables.ts";

/**
 * 个案 (casework): needs, cases through the professional process, their service records and
 * hand-overs. A leader holds none of these permissions (aggregates only, issue 11).
 */
export const caseworkModule = defineServerModule({
  name: "casework",
  routes: registerCaseworkRoutes,
  measureSources: [serviceRecordMeasures, caseworkMeasures],
  // A merge of two records of one client moves their cases to the record that stays.
  clientTimeline: caseworkClientTimeline,
  attachmentOwners: { case: caseAttachmentOwner },
  clientReferences: [{ table: "cases", column: "client_id" }],
  migrations: {
    "2026120801_cases": cases,
    "2026120802_service_records": serviceRecords,
    "2026120803_follow_ups": followUps,
    "2026120810_needs": needs,
    "2026120811_case_list_indexes": caseListIndexes,
    "2026120901_case_satisfaction": caseSatisfaction,
    "2026120902_service_record_counts_index": serviceRecordCounts,
    "2026120921_service_records_by_month": serviceRecordsByMonth,
  },
  // Imported when needed: production never loads the generators (nor faker).
  loadDemoData: async (ctx) => (await import("./casework.demo.ts")).loadDemoCasework(ctx),
  // City and district officers hold every casework permission because they create the accounts
  // that do (分级管理: nobody grants what they do not hold); the workflow's relations
  // (caseActors.ts) decide what they may actually do to a case — assign, mostly.
  grants: {
    "cases.read": ["city_officer", "district_officer", "station_staff", "social_worker", "supervisor"],
    // Supervisors 中止, resume and reopen with the workers (caseTransitions' handlers).
    "cases.manage": ["city_officer", "district_officer", "station_staff", "social_worker", "supervisor"],
    "cases.approve": ["city_officer", "district_officer", "station_staff", "supervisor"],
    "cases.assign": ["city_officer", "district_officer", "station_staff", "supervisor"],
    // The station head answers for a referral the client did not consent to.
    "cases.refer_without_consent": ["city_officer", "district_officer", "station_staff"],
    "cases.configure": ["city_officer", "district_officer"],
  },
});
