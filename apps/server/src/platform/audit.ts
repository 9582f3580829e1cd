import {
  type AuditAction,
  type AuditEntity,
  type AuditEntityOf,
  type AuditEntry,
  writtenAuditEntityNames,
} from "@xinqiao/shared";
import type { Insertable } from "kysely";
import type { Queryable } from "./db/database.ts";
import { piecesOfFixedSizes, reusableQuery } from "./db/reusableQuery.ts";
import type { AuditLogRow, AuditLogTable } from "./db/tables.ts";

/**
 * The one way to write the audit log. Services call it explicitly inside the transaction of the
 * change it records, so a change and its entry commit or roll back together. Nothing in the
 * application updates or deletes entries (the database refuses it as well).
 */
export interface Actor {
  id: number | null;
  username: string | null;
  ip: string | null;
}

export interface AuditEvent<A extends AuditAction = AuditAction> {
  /** A name of the shared audit vocabulary: an unlisted or misspelt action does not compile. */
  action: A;
  entity: AuditEntityOf<A>;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  result?: "success" | "failure";
}

export async function writeAudit<A extends AuditAction>(
  db: Queryable,
  actor: Actor,
  at: Date,
  event: AuditEvent<A>,
): Promise<void> {
  await insertEntry(db, entryOf(actor, at, event));
}

/**
 * Many entries of one actor at one time (an import's batch): one statement per hundred entries,
 * compiled once per batch shape, instead of an insert per entry.
 */
export async function writeAudits(
  db: Queryable,
  actor: Actor,
  at: Date,
  events: readonly AuditEvent[],
): Promise<void> {
  const rows = events.map((event) => entryOf(actor, at, event));
  for (const piece of piecesOfFixedSizes(rows, auditPieceSizes)) await insertEntries(db, piece);
}

function entryOf(actor: Actor, at: Date, event: AuditEvent): Insertable<AuditLogTable> {
  return {
    at: at.toISOString(),
    actor_id: actor.id,
    actor_username: actor.username,
    action: event.action,
    entity: event.entity,
    entity_id: event.entityId == null ? null : String(event.entityId),
    before_json: event.before === undefined ? null : JSON.stringify(event.before),
    after_json: event.after === undefined ? null : JSON.stringify(event.after),
    result: event.result ?? "success",
    ip: actor.ip,
  };
}

const auditPieceSizes = [100, 10, 1];
const insertEntries = reusableQuery((db: Queryable, entries: Insertable<AuditLogTable>[]) =>
  db.insertInto("audit_log").values(entries),
);

// Compiled once: an import writes one entry per row, and building the insert cost more than running it.
const insertEntry = reusableQuery((db: Queryable, entry: Insertable<AuditLogTable>) =>
  db.insertInto("audit_log").values(entry),
);

/** Only the fields that differ, so an entry shows what changed rather than two whole records. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
): { before: Partial<T>; after: Partial<T> } {
  const changedBefore: Partial<T> = {};
  const changedAfter: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changedBefore[key] = before[key];
      changedAfter[key] = after[key];
    }
  }
  return { before: changedBefore, after: changedAfter };
}

export function presentAuditEntry(row: AuditLogRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor_id !== null ? { id: row.actor_id, username: row.actor_username ?? "" } : null,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: row.before_json ? JSON.parse(row.before_json) : null,
    after: row.after_json ? JSON.parse(row.after_json) : null,
    result: row.result === "failure" ? "failure" : "success",
    ip: row.ip,
    subject: null,
  };
}

/**
 * A record's change history (OpenCRVS-style), newest first. The caller has already checked that
 * the user may see the record; the entries show who changed what and when, including those
 * written before the entity was renamed.
 */
export async function recordHistory(
  db: Queryable,
  entity: AuditEntity,
  entityId: number | string,
): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom("audit_log")
    .selectAll()
    .where("entity", "in", writtenAuditEntityNames(entity))
    .where("entity_id", "=", String(entityId))
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(200)
    .execute();
  return rows.map(presentAuditEntry);
}
