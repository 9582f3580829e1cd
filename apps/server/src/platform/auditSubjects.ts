import type { Queryable } from "./db/database.ts";
import type { AuditSubject, AuditSubjectLookup } from "./serverModule.ts";

/**
 * The audit-log lookup of a table whose rows have a numeric `id`, a name column and a
 * `region_code` — every registry's. Ids that are not numbers (or no longer exist) are absent.
 */
export function auditSubjectsOfTable(
  table:
    | "platforms"
    | "social_organizations"
    | "social_workers"
    | "volunteers"
    | "volunteer_teams"
    | "activities"
    | "users"
    | "clients"
    | "projects"
    | "courses",
  nameColumn: "name" | "display_name" = "name",
): AuditSubjectLookup {
  return async (db: Queryable, ids: readonly string[]) => {
    const numeric = numericAuditIds(ids);
    const found = new Map<string, AuditSubject>();
    if (numeric.length === 0) return found;
    // The name column differs per table; the dynamic reference keeps one query for all of them.
    const rows = await db
      .selectFrom(table as "volunteers")
      .select((eb) => ["id", eb.ref(nameColumn as "name").as("subject_name"), "region_code"])
      .where("id", "in", numeric)
      .execute();
    for (const row of rows)
      found.set(String(row.id), { name: row.subject_name, regionCode: row.region_code });
    return found;
  };
}

/** The audit entries' entity ids (strings) that are record ids, each once. */
export function numericAuditIds(ids: readonly string[]): number[] {
  return [...new Set(ids.map(Number).filter((id) => Number.isSafeInteger(id) && id > 0))];
}
