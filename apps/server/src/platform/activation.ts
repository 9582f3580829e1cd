import type { AuditEntityWith } from "@xinqiao/shared";
import { writeAudit } from "./audit.ts";
import { actorOf, type RequestUser } from "./auth/requestUser.ts";
import type { AppContext } from "./context.ts";
import type { Tx } from "./db/database.ts";

/** The columns a deactivation or activation sets on a registry record. */
export interface ActiveChange {
  is_active: 0 | 1;
  updated_at: string;
  updated_by: number;
}

/** A registry whose records are deactivated and activated; also the prefix of the audit action. */
export type ActivationEntity = AuditEntityWith<"activate"> & AuditEntityWith<"deactivate">;

export interface ActiveStateChange {
  /** "platform" → "platform.deactivate". */
  entity: ActivationEntity;
  id: number;
  wasActive: boolean;
  isActive: boolean;
  update: (trx: Tx, changes: ActiveChange) => Promise<unknown>;
}

/**
 * Deactivate / activate, the same for every registry (nothing is hard-deleted): the flag, who and
 * when on the record, and an audit entry "<entity>.activate" or "<entity>.deactivate", in one
 * transaction. Nothing is written when the record is already in the requested state. Scope and
 * permission are the caller's, checked before (the module's policy).
 */
export async function changeActiveState(
  ctx: Pick<AppContext, "db" | "clock">,
  user: RequestUser,
  ip: string | null,
  change: ActiveStateChange,
): Promise<void> {
  if (change.wasActive === change.isActive) return;
  const now = ctx.clock.now();
  await ctx.db.transaction().execute((trx) => writeActiveState(trx, user, ip, now, change));
}

/**
 * One record's change and its audit entry inside the caller's transaction (a bulk change writes
 * many in one); answers whether anything changed.
 */
export async function writeActiveState(
  trx: Tx,
  user: RequestUser,
  ip: string | null,
  now: Date,
  change: ActiveStateChange,
): Promise<boolean> {
  if (change.wasActive === change.isActive) return false;
  await change.update(trx, {
    is_active: change.isActive ? 1 : 0,
    updated_at: now.toISOString(),
    updated_by: user.id,
  });
  await writeAudit(trx, actorOf(user, ip), now, {
    action: `${change.entity}.${change.isActive ? "activate" : "deactivate"}`,
    entity: change.entity,
    entityId: change.id,
    before: { isActive: change.wasActive },
    after: { isActive: change.isActive },
  });
  return true;
}
