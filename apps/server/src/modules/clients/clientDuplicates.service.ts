import type { ClientDuplicateListQuery, ClientDuplicatePair, ClientMergeResult, Page } from "@xinqiao/shared";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, can, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { conflict, forbidden, invalid, notFound } from "../../platform/errors.ts";
import { pageWindow, toPage } from "../../platform/pagination.ts";
import { regionPathNamesOf } from "../../platform/regionLookup.ts";
import type { ClientReference } from "../../platform/serverModule.ts";
import * as duplicates from "./clientDuplicates.repository.ts";
import { clientInScope } from "./clientInScope.ts";
import { presentClient } from "./clients.presenter.ts";
import * as repository from "./clients.repository.ts";
import { mayViewClient, workerOf } from "./clientVisibility.ts";

/**
 * The duplicates queue (疑似重复): pairs flagged on entry and on import (same name, birth date and
 * community), listed for the users who see both records, then dismissed — remembered, the pair is
 * never flagged again — or merged: one record stays, every row that refers to the other (as the
 * modules declare, ServerModule.clientReferences) moves to it, and the other is deactivated with a
 * pointer to the survivor. Never merged by the system on its own.
 */
type Context = Pick<AppContext, "db" | "clock">;

/** The clients module's own references; other modules declare theirs in their manifest. */
export const ownClientReferences: readonly ClientReference[] = [
  { table: "client_consents", column: "client_id" },
];

/**
 * Merging is a station's decision (or a district's, a city's): the individual worker, who
 * registers clients, does not merge records other workers may be serving.
 */
const mergingRoles = new Set(["station_staff", "district_officer", "city_officer"]);
export function mayMergeClients(user: RequestUser): boolean {
  return can(user, "clients.manage") && mergingRoles.has(user.roleId);
}

/** Flags a client against its possible duplicates, in the caller's transaction. */
export async function flagPossibleDuplicates(
  db: Queryable,
  client: { id: number; name: string; birth_date: string; region_code: string },
  flagged: { source: "entry" | "import"; at: string; by: number },
): Promise<repository.DuplicateCandidate[]> {
  const others = await repository.findClientsByNameBirthRegion(
    db,
    { name: client.name, birthDate: client.birth_date, regionCode: client.region_code },
    client.id,
  );
  await duplicates.flagPairs(
    db,
    others.map((other) => ({ one: client.id, other: other.id })),
    { source: flagged.source, flagged_at: flagged.at, flagged_by: flagged.by },
  );
  return others;
}

/**
 * Flags each of many new clients (an import's batch, just inserted) against the registered
 * clients and the batch's earlier rows, with one lookup; answers each new client's suspects.
 * A pair within the batch is flagged once, by its later row, as row-by-row entry would.
 */
export async function flagPossibleDuplicatesOfMany(
  db: Queryable,
  clients: readonly { id: number; name: string; birth_date: string; region_code: string }[],
  flagged: { source: "entry" | "import"; at: string; by: number },
): Promise<Map<number, repository.DuplicateCandidate[]>> {
  const keyOf = (client: { name: string; birth_date: string; region_code: string }) =>
    JSON.stringify([client.name, client.birth_date, client.region_code]);
  const alike = new Map<string, repository.DuplicateCandidate[]>();
  const found = await repository.findClientsByNameBirthRegions(
    db,
    clients.map((client) => ({
      name: client.name,
      birthDate: client.birth_date,
      regionCode: client.region_code,
    })),
  );
  for (const { birth_date, ...candidate } of found) {
    const key = keyOf({ ...candidate, birth_date });
    alike.set(key, [...(alike.get(key) ?? []), candidate]);
  }
  const isNew = new Set(clients.map((client) => client.id));
  const suspectsOf = new Map<number, repository.DuplicateCandidate[]>();
  for (const client of clients) {
    const suspects = (alike.get(keyOf(client)) ?? [])
      .filter((other) => other.id !== client.id && (!isNew.has(other.id) || other.id < client.id))
      .slice(0, repository.duplicateSuspectLimit);
    if (suspects.length > 0) suspectsOf.set(client.id, suspects);
  }
  await duplicates.flagPairs(
    db,
    [...suspectsOf].flatMap(([id, suspects]) => suspects.map((other) => ({ one: id, other: other.id }))),
    { source: flagged.source, flagged_at: flagged.at, flagged_by: flagged.by },
  );
  return suspectsOf;
}

function reachOf(user: RequestUser): duplicates.PairReach {
  return { regionCode: user.regionCode, workerId: workerOf(user) };
}

async function referenceCounts(
  db: Queryable,
  references: readonly ClientReference[],
  clientId: number,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const reference of references) {
    counts[reference.table] =
      (counts[reference.table] ?? 0) + (await duplicates.countReferences(db, reference, clientId));
  }
  return counts;
}

export async function listDuplicates(
  ctx: Context,
  user: RequestUser,
  query: ClientDuplicateListQuery,
  references: readonly ClientReference[],
): Promise<Page<ClientDuplicatePair>> {
  const reach = reachOf(user);
  const window = pageWindow(query);
  const pairs = await duplicates.listOpenPairs(ctx.db, reach, window);
  const total =
    pairs.length < window.limit && (pairs.length > 0 || window.offset === 0)
      ? window.offset + pairs.length
      : await duplicates.countOpenPairs(ctx.db, reach);
  const ids = [...new Set(pairs.flatMap((pair) => [pair.client_a_id, pair.client_b_id]))];
  const rows = new Map((await repository.clientsByIds(ctx.db, ids)).map((row) => [row.id, row]));
  const names = await regionPathNamesOf(
    ctx.db,
    [...rows.values()].map((row) => row.region_code),
  );
  const mayMerge = mayMergeClients(user);
  const items: ClientDuplicatePair[] = [];
  for (const pair of pairs) {
    const a = rows.get(pair.client_a_id);
    const b = rows.get(pair.client_b_id);
    if (!a || !b) continue;
    const [countsA, countsB] = [
      await referenceCounts(ctx.db, references, a.id),
      await referenceCounts(ctx.db, references, b.id),
    ];
    items.push({
      id: pair.id,
      reason: pair.reason,
      source: pair.source,
      flaggedAt: pair.flagged_at,
      clients: [presentClient(a, names), presentClient(b, names)],
      mayMerge,
      references: Object.fromEntries(
        Object.keys(countsA).map((table) => [table, [countsA[table] ?? 0, countsB[table] ?? 0]]),
      ),
    });
  }
  return toPage(items, total, query);
}

/** The open pair if the user sees both of its clients; 404 otherwise, 409 once resolved. */
async function openPairInScope(db: Queryable, user: RequestUser, id: number) {
  const pair = await duplicates.findPair(db, id);
  if (!pair) throw notFound("疑似重复记录不存在");
  for (const clientId of [pair.client_a_id, pair.client_b_id]) {
    const client = await repository.findClient(db, clientId);
    if (!client || !(await mayViewClient(db, user, client))) throw notFound("疑似重复记录不存在");
  }
  if (pair.status !== "open") {
    throw conflict(pair.status === "dismissed" ? "该疑似重复已被忽略" : "该疑似重复已合并处理");
  }
  return pair;
}

export async function dismissDuplicate(
  ctx: Context,
  user: RequestUser,
  id: number,
  ip: string | null,
): Promise<void> {
  const pair = await openPairInScope(ctx.db, user, id);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await duplicates.resolvePair(trx, id, "dismissed", { at: now.toISOString(), by: user.id });
    // One entry per record, so that each client's history says it was judged a different person.
    for (const [clientId, otherId] of [
      [pair.client_a_id, pair.client_b_id],
      [pair.client_b_id, pair.client_a_id],
    ] as const) {
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "client.duplicate.dismiss",
        entity: "client",
        entityId: clientId,
        before: { duplicateOf: otherId, status: "open" },
        after: { duplicateOf: otherId, status: "dismissed" },
      });
    }
  });
}

/**
 * Merges the pair into `keepId`, in one transaction: the references move, the other record is
 * deactivated with merged_into_id, its other open pairs close, and both records' audit entries
 * say what moved (before/after). Anything failing half-way undoes all of it.
 */
export async function mergeDuplicate(
  ctx: Context,
  user: RequestUser,
  id: number,
  keepId: number,
  ip: string | null,
  references: readonly ClientReference[],
): Promise<ClientMergeResult> {
  const pair = await openPairInScope(ctx.db, user, id);
  if (!mayMergeClients(user)) throw forbidden("只有社工站、区县或市级工作人员可以合并服务对象");
  if (keepId !== pair.client_a_id && keepId !== pair.client_b_id) {
    throw invalid([{ path: "keepId", message: "保留的记录：须为这一对疑似重复中的一条" }]);
  }
  const dropId = keepId === pair.client_a_id ? pair.client_b_id : pair.client_a_id;
  const kept = await clientInScope(ctx.db, user, keepId);
  const dropped = await clientInScope(ctx.db, user, dropId);
  if (kept.merged_into_id !== null || dropped.merged_into_id !== null) {
    throw conflict("其中一条记录已被合并，请刷新后重试");
  }
  const now = ctx.clock.now();
  const at = now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const keptBefore = await referenceCounts(trx, references, keepId);
    const droppedBefore = await referenceCounts(trx, references, dropId);
    for (const reference of references) await duplicates.moveReferences(trx, reference, dropId, keepId);
    const keptAfter = await referenceCounts(trx, references, keepId);
    await repository.updateClient(trx, dropId, {
      is_active: 0,
      merged_into_id: keepId,
      updated_at: at,
      updated_by: user.id,
    });
    await duplicates.resolvePair(trx, id, "merged", { at, by: user.id });
    await duplicates.closeOpenPairsOf(trx, dropId, { at, by: user.id });
    const actor = actorOf(user, ip);
    await writeAudit(trx, actor, now, {
      action: "client.merge",
      entity: "client",
      entityId: keepId,
      before: { records: keptBefore },
      after: { records: keptAfter, mergedClient: { id: dropId, name: dropped.name } },
    });
    await writeAudit(trx, actor, now, {
      action: "client.merge.into",
      entity: "client",
      entityId: dropId,
      before: { isActive: dropped.is_active === 1, mergedIntoId: null, records: droppedBefore },
      after: {
        isActive: false,
        mergedIntoId: keepId,
        records: await referenceCounts(trx, references, dropId),
      },
    });
    return { keptId: keepId, mergedId: dropId, moved: droppedBefore };
  });
}
