import {
  type AuditListQuery,
  auditActionsStartingWith,
  currentAuditEntity,
  writtenAuditActionNames,
  writtenAuditEntityNames,
} from "@xinqiao/shared";
import type { Expression, ExpressionBuilder, SqlBool } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import type { Database } from "../../platform/db/tables.ts";
import { like, likeContains, likeStartsWith } from "../../platform/pagination.ts";

/**
 * The action filter is a prefix of the name as written, widened to every name the matching
 * vocabulary actions were written under: `volunteerTeam.create` also finds the entries written
 * as `volunteer_team.create`, `volunteer.export` those written as `export` about a volunteer.
 */
function actionFilter(eb: ExpressionBuilder<Database, "audit_log">, text: string): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [like("action", likeStartsWith(text))];
  for (const name of auditActionsStartingWith(text).flatMap(writtenAuditActionNames)) {
    const parts = [eb("action", "=", name.action)];
    if (name.entity !== undefined) parts.push(eb("entity", "=", name.entity));
    if (name.created !== undefined) parts.push(eb("before_json", name.created ? "is" : "is not", null));
    conditions.push(eb.and(parts));
  }
  return eb.or(conditions);
}

/** Reads only: the application has no query that updates or deletes audit entries. */
function filtered(db: Queryable, query: AuditListQuery) {
  let q = db.selectFrom("audit_log");
  if (query.userId) q = q.where("actor_id", "=", query.userId);
  const action = query.action;
  if (action) q = q.where((eb) => actionFilter(eb, action));
  if (query.entity) {
    const entity = currentAuditEntity(query.entity);
    q = q.where("entity", "in", entity ? writtenAuditEntityNames(entity) : [query.entity]);
  }
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
