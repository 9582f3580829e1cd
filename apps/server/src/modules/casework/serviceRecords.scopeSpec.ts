import type { ScopeSpec } from "../../../test/scopeSpecs.ts";
import { findVisibleRecord } from "./serviceRecords.repository.ts";

/**
 * How the generic scope properties exercise service records: a record is reached by its case's
 * rule (or, standalone, the region and for a social worker their own) — `mayReach` asks the
 * same query the routes use.
 */
export const scopeSpecs: ScopeSpec[] = [
  {
    name: "serviceRecords",
    path: "/api/service-records",
    table: "service_records",
    nameColumn: "place",
    export: true,
    otherRecordRoutes: ["/api/service-records/:id/void"],
    mayReach: async (db, user, id) => (await findVisibleRecord(db, user, id)) !== undefined,
  },
];
