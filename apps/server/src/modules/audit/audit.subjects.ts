import { type AuditEntry, currentAuditEntity, regionPathCodes } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { Queryable } from "../../platform/db/database.ts";
import type { AuditLogRow } from "../../platform/db/tables.ts";
import { regionPathNamesOf } from "../../platform/regionLookup.ts";
import { isInScope } from "../../platform/scope.ts";
import type { AuditSubject, ServerModule } from "../../platform/serverModule.ts";

type Subject = NonNullable<AuditEntry["subject"]>;

/** The name an entry wrote down for its record (a create's `after`, an update's `before`). */
function nameAtTheTime(row: AuditLogRow): string | null {
  for (const json of [row.after_json, row.before_json]) {
    if (!json) continue;
    try {
      const value: unknown = JSON.parse(json);
      if (value && typeof value === "object") {
        const { name, displayName } = value as { name?: unknown; displayName?: unknown };
        if (typeof name === "string" && name) return name;
        if (typeof displayName === "string" && displayName) return displayName;
      }
    } catch {
      // Not JSON: the entry is shown without a name of its own.
    }
  }
  return null;
}

/**
 * Names the record of each entry for a reader of the log: the name the entry wrote down (as it
 * was at the time) or else today's, the record's region path, and whether the reader may open
 * it (its region is in their scope). Each module says how its entities are looked up; entities
 * without a lookup, and records gone without a name in the entry, have no subject.
 */
export async function auditSubjectsOf(
  db: Queryable,
  user: RequestUser,
  rows: readonly AuditLogRow[],
  modules: readonly ServerModule[],
): Promise<Map<number, Subject>> {
  const lookups = new Map(modules.flatMap((module) => Object.entries(module.auditSubjects ?? {})));
  const idsByEntity = new Map<string, Set<string>>();
  for (const row of rows) {
    const entity = currentAuditEntity(row.entity);
    if (!entity || row.entity_id === null || !lookups.has(entity)) continue;
    idsByEntity.set(entity, (idsByEntity.get(entity) ?? new Set()).add(row.entity_id));
  }
  const today = new Map<string, AuditSubject>();
  for (const [entity, ids] of idsByEntity) {
    const lookup = lookups.get(entity);
    if (!lookup) continue;
    for (const [id, subject] of await lookup(db, [...ids])) today.set(`${entity}:${id}`, subject);
  }
  const names = await regionPathNamesOf(
    db,
    [...today.values()].map((subject) => subject.regionCode),
  );
  const subjects = new Map<number, Subject>();
  for (const row of rows) {
    const entity = currentAuditEntity(row.entity);
    if (!entity || row.entity_id === null) continue;
    const current = today.get(`${entity}:${row.entity_id}`);
    const name = nameAtTheTime(row) ?? current?.name;
    if (!name) continue;
    subjects.set(row.id, {
      id: row.entity_id,
      name,
      isVisible: current !== undefined && isInScope(user, current.regionCode),
      regionPath: current
        ? regionPathCodes(current.regionCode)
            .map((code) => names.get(code) ?? code)
            .join(" / ") || null
        : null,
    });
  }
  return subjects;
}
