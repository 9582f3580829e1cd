import type { AuditListQuery } from "@xinqiao/shared";
import type { Queryable } from "../../platform/db/database.ts";
import { like, likeContains, likeStartsWith } from "../../platform/pagination.ts";

/** Reads only: the application has no query that updates or deletes audit entries. */
function filtered(db: Queryable, query: AuditListQuery) {
  let q = db.selectFrom("audit_log");
  if (query.userId) q = q.where("actor_id", "=", query.userId);
  if (query.action) q = q.where(like("action", likeStartsWith(query.action)));
  if (query.entity) q = q.where("entity", "=", query.entity);
  if (query.from) q = q.where("at", ">=", new Date(query.from).toISOString());
  if (query.to) q = q.where("at", "<=", new Date(query.to).toISOString());
  if (query.q) {
    const pattern = likeContains(query.q);
    q = q.where((eb) => eb.or([like("actor_username", pattern), like("entity_id", pattern)]));
  }
  return q;
}

export function listAuditEntries(db: Queryable, query: AuditListQuery, limit: number, offset: number) {
  return filtered(db, query)
    .selectAll()
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countAuditEntries(db: Queryable, query: AuditListQuery): Promise<number> {
  const row = await filtered(db, query)
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}
