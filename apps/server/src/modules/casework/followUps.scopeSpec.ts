import type { ScopeSpec } from "../../../test/scopeSpecs.ts";
import { mayViewCase } from "./caseVisibility.ts";

/**
 * How the generic scope properties exercise follow-ups: one is reached exactly when its case is
 * (a worker's own, a minor's hidden from the officers), which `mayReach` asks of the case.
 */
export const scopeSpecs: ScopeSpec[] = [
  {
    name: "followUps",
    path: "/api/follow-ups",
    table: "case_follow_ups",
    nameColumn: "due_on",
    otherRecordRoutes: ["/api/follow-ups/:id/complete"],
    mayReach: async (db, user, id) => {
      const row = await db
        .selectFrom("case_follow_ups as f")
        .innerJoin("cases as c", "c.id", "f.case_id")
        .select(["c.region_code", "c.assigned_worker_id", "c.pending_transfer_to", "c.involves_minor"])
        .where("f.id", "=", id)
        .executeTakeFirst();
      return row !== undefined && mayViewCase(user, row);
    },
  },
];
