import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { isInScope } from "../../platform/scope.ts";

/**
 * Who sees a client — the one rule behind every list, count, detail, export, search, reveal,
 * duplicates pair and import message of the clients registry (issue 10: "a worker sees the cases
 * assigned to them and their clients"), written as a SQL condition for queries and as a check
 * of one loaded client; clientVisibility.test.ts holds the two equal.
 *
 * - Everyone reads inside their region scope (clients.read is the route's to check).
 * - A social worker, inside that scope, only the clients they registered themselves and the
 *   clients of the cases assigned to them or being transferred to them (cases.assigned_worker_id
 *   / pending_transfer_to, the case rule of casework/caseVisibility.ts). The rule narrows the
 *   region, never widens it: a case is assigned to a worker of its region.
 */
export interface ClientVisibilityFields {
  id: number;
  region_code: string;
  created_by: number | null;
}

/** The worker whose own clients a user is limited to; null when the region alone decides. */
export function workerOf(user: Pick<RequestUser, "id" | "roleId">): number | null {
  return user.roleId === "social_worker" ? user.id : null;
}

/** The worker's part of the rule on a query over `clients` (or an alias of it). */
export function handledBy(workerId: number, alias: string): RawBuilder<SqlBool> {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  return sql<SqlBool>`(${column("created_by")} = ${workerId} or exists (
    select 1 from cases as handled
    where handled.client_id = ${column("id")}
      and (handled.assigned_worker_id = ${workerId} or handled.pending_transfer_to = ${workerId})))`;
}

/** Whether the user sees this client (the same rule as `handledBy` with the region). */
export async function mayViewClient(
  db: Queryable,
  user: RequestUser,
  client: ClientVisibilityFields,
): Promise<boolean> {
  if (!isInScope(user, client.region_code)) return false;
  const workerId = workerOf(user);
  if (workerId === null || client.created_by === workerId) return true;
  const handled = await db
    .selectFrom("cases")
    .select("id")
    .where("client_id", "=", client.id)
    .where((eb) => eb.or([eb("assigned_worker_id", "=", workerId), eb("pending_transfer_to", "=", workerId)]))
    .limit(1)
    .executeTakeFirst();
  return handled !== undefined;
}

/** Of these clients, those the user sees. */
export async function visibleClientIds(
  db: Queryable,
  user: RequestUser,
  clients: readonly ClientVisibilityFields[],
): Promise<Set<number>> {
  const visible = new Set<number>();
  for (const client of clients) if (await mayViewClient(db, user, client)) visible.add(client.id);
  return visible;
}
