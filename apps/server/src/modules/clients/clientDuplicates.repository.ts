import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import { inRegionScope } from "../../platform/scope.ts";
import type { ClientDuplicateStatus, ClientDuplicateTable } from "./clients.tables.ts";
import { handledBy } from "./clientVisibility.ts";

/** Kysely queries of the duplicates queue (疑似重复) and of a merge's moves, nothing else. */
export type ClientDuplicateRow = NonNullable<Awaited<ReturnType<typeof findPair>>>;

/** The pair's two ids in stored order (smaller first): one row per pair whichever came first. */
export function pairKey(one: number, other: number): { client_a_id: number; client_b_id: number } {
  return one < other ? { client_a_id: one, client_b_id: other } : { client_a_id: other, client_b_id: one };
}

/**
 * Flags the pairs, each once: a pair already stored — open, dismissed or merged — is left as it
 * is, so a dismissed pair is never flagged again.
 */
export async function flagPairs(
  db: Queryable,
  pairs: readonly { one: number; other: number }[],
  flagged: Pick<ClientDuplicateTable, "source" | "flagged_at" | "flagged_by">,
): Promise<void> {
  const rows = pairs
    .filter((pair) => pair.one !== pair.other)
    .map((pair) => ({
      ...pairKey(pair.one, pair.other),
      reason: "nameBirthDateCommunity" as const,
      status: "open" as const,
      ...flagged,
    }));
  if (rows.length === 0) return;
  await db
    .insertInto("client_duplicates")
    .values(rows)
    .onConflict((oc) => oc.columns(["client_a_id", "client_b_id"]).doNothing())
    .execute();
}

/** Of the other clients, those whose pair with `clientId` was dismissed (not to be named again). */
export async function dismissedWith(db: Queryable, clientId: number, others: number[]): Promise<Set<number>> {
  if (others.length === 0) return new Set();
  const rows = await db
    .selectFrom("client_duplicates")
    .select(["client_a_id", "client_b_id"])
    .where("status", "=", "dismissed")
    .where((eb) =>
      eb.or([
        eb.and([eb("client_a_id", "=", clientId), eb("client_b_id", "in", others)]),
        eb.and([eb("client_b_id", "=", clientId), eb("client_a_id", "in", others)]),
      ]),
    )
    .execute();
  return new Set(rows.map((row) => (row.client_a_id === clientId ? row.client_b_id : row.client_a_id)));
}

/** The user's reach over both clients of a pair: the region and, for a worker, their own clients. */
export interface PairReach {
  regionCode: string;
  workerId: number | null;
}

function visible(alias: string, reach: PairReach): RawBuilder<SqlBool> {
  const inRegion = inRegionScope(`${alias}.region_code`, reach.regionCode);
  return reach.workerId === null
    ? inRegion
    : sql<SqlBool>`(${inRegion} and ${handledBy(reach.workerId, alias)})`;
}

function openPairs(db: Queryable, reach: PairReach) {
  return db
    .selectFrom("client_duplicates as d")
    .innerJoin("clients as a", "a.id", "d.client_a_id")
    .innerJoin("clients as b", "b.id", "d.client_b_id")
    .where("d.status", "=", "open")
    .where(visible("a", reach))
    .where(visible("b", reach));
}

export function listOpenPairs(db: Queryable, reach: PairReach, window: { limit: number; offset: number }) {
  return openPairs(db, reach)
    .select(["d.id", "d.client_a_id", "d.client_b_id", "d.reason", "d.source", "d.flagged_at"])
    .orderBy("d.id", "desc")
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countOpenPairs(db: Queryable, reach: PairReach): Promise<number> {
  const row = await openPairs(db, reach)
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

export function findPair(db: Queryable, id: number) {
  return db.selectFrom("client_duplicates").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function resolvePair(
  db: Queryable,
  id: number,
  status: ClientDuplicateStatus,
  resolved: { at: string; by: number },
): Promise<void> {
  await db
    .updateTable("client_duplicates")
    .set({ status, resolved_at: resolved.at, resolved_by: resolved.by })
    .where("id", "=", id)
    .execute();
}

/** Closes the other open pairs of a merged client: that record is no longer a candidate. */
export async function closeOpenPairsOf(
  db: Queryable,
  clientId: number,
  resolved: { at: string; by: number },
): Promise<void> {
  await db
    .updateTable("client_duplicates")
    .set({ status: "merged", resolved_at: resolved.at, resolved_by: resolved.by })
    .where("status", "=", "open")
    .where((eb) => eb.or([eb("client_a_id", "=", clientId), eb("client_b_id", "=", clientId)]))
    .execute();
}

/** A table and column that refer to a client (declared by the modules, serverModule.ts). */
export interface ClientReferenceColumn {
  table: string;
  column: string;
  uniqueWith?: readonly string[];
}

export async function countReferences(
  db: Queryable,
  reference: ClientReferenceColumn,
  clientId: number,
): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*) as n from ${sql.table(reference.table)} where ${sql.ref(reference.column)} = ${clientId}`.execute(
    db,
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * Points every row of `from` at `to`. Where the table allows one row per (uniqueWith…, client),
 * a row of `from` that `to` already has is removed first: the survivor keeps its own.
 */
export async function moveReferences(
  db: Queryable,
  reference: ClientReferenceColumn,
  from: number,
  to: number,
): Promise<void> {
  const table = sql.table(reference.table);
  const column = sql.ref(reference.column);
  if (reference.uniqueWith && reference.uniqueWith.length > 0) {
    const same = sql.join(
      reference.uniqueWith.map((name) => sql`kept.${sql.ref(name)} = ${table}.${sql.ref(name)}`),
      sql` and `,
    );
    await sql`delete from ${table} where ${column} = ${from} and exists (
      select 1 from ${table} as kept where kept.${column} = ${to} and ${same})`.execute(db);
  }
  await sql`update ${table} set ${column} = ${to} where ${column} = ${from}`.execute(db);
}
