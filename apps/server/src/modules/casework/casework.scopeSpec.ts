import type { ScopeSpec } from "../../../test/scopeSpecs.ts";
import { mayViewCase } from "./caseVisibility.ts";
import { visibleNeeds } from "./needs.service.ts";

/**
 * How the generic scope properties (test/scope.properties.test.ts) exercise casework. The region
 * is not the whole rule for cases (a worker sees only their own, a minor's case is hidden from
 * the officers): `mayReach` says the rest, and cases.visibility.property.test.ts proves the
 * list, count, search, export and timeline obey it (the generic export check knows only regions).
 */
export const scopeSpecs: ScopeSpec[] = [
  {
    name: "cases",
    path: "/api/cases",
    table: "cases",
    nameColumn: "case_number",
    otherRecordRoutes: ["/api/cases/:id/timeline", "/api/cases/:id/transitions"],
    mayReach: async (db, user, id) => {
      const row = await db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
      return row !== undefined && mayViewCase(user, row);
    },
  },
  {
    name: "needs",
    path: "/api/needs",
    table: "needs",
    // A need has no name of its own (its client's is the clients' spec's to check).
    nameColumn: "source",
    otherRecordRoutes: ["/api/needs/:id/triage"],
    mayReach: async (db, user, id) =>
      (await db
        .selectFrom("needs as n")
        .select("n.id")
        .where("n.id", "=", id)
        .where(visibleNeeds(user))
        .executeTakeFirst()) !== undefined,
  },
];
