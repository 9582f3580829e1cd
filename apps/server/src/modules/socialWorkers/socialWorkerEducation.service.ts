import {
  type CreateEducationHoursBody,
  creditedEducationHoursOf,
  type EducationHoursList,
  type EducationHoursStatus,
  educationHoursStatusOf,
  type ReverseLedgerEntryBody,
} from "@xinqiao/shared";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { isUniqueViolation } from "../../platform/db/constraintErrors.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { conflict, invalid, notFound } from "../../platform/errors.ts";
import { educationEntryAbilitiesOf } from "./socialWorkerEducation.policy.ts";
import { todayOf } from "./socialWorkers.listContext.ts";
import { educationHourKindOf } from "./socialWorkers.presenter.ts";
import * as repository from "./socialWorkers.repository.ts";
import { auditEntity, workerInScope } from "./socialWorkers.service.ts";

/**
 * Continuing-education use cases of a social worker (…/:id/education-hours): list the entries
 * with the current cycle's status, add one (a degree is stored as the 90 h it counts), and
 * correct one by a reversing entry, each change in a transaction with its audit entry on the
 * worker.
 *
 * A correction and the entry it reverses count in no cycle: the reversal is dated the day of the
 * correction, which may fall in a later cycle than the entry, so netting the two by date would
 * take the hours from the wrong cycle. Leaving the pair out is what netting means within one
 * cycle, and stays right across cycles (the list pages read the same rule in the repository).
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher">;
type Worker = {
  qualification_level: Parameters<typeof educationHoursStatusOf>[0];
  registration_date: string | null;
};

function isCorrectionPair(record: { reverses_id: number | null; reversed_by_id: number | null }): boolean {
  return record.reverses_id !== null || record.reversed_by_id !== null;
}

/** Hours an entry counts, signed: a degree's reversal takes back the 90 h the degree counted. */
function creditedHoursOf(record: repository.EducationHoursRow): number {
  const kind = educationHourKindOf(record.kind);
  const hours = Number(record.hours);
  return hours < 0
    ? -creditedEducationHoursOf({ kind, hours: -hours })
    : creditedEducationHoursOf({ kind, hours });
}

function cycleStatusOf(
  worker: Worker,
  records: readonly repository.EducationHoursRow[],
  today: string,
): EducationHoursStatus | null {
  const counted = records
    .filter((record) => !isCorrectionPair(record))
    .map((record) => ({
      kind: educationHourKindOf(record.kind),
      completedOn: record.completed_on,
      hours: creditedHoursOf(record),
    }));
  return educationHoursStatusOf(worker.qualification_level, worker.registration_date, counted, today);
}

export async function listEducationHours(
  ctx: Context,
  user: RequestUser,
  id: number,
): Promise<EducationHoursList> {
  const row = await workerInScope(ctx.db, user, id);
  const records = await repository.listEducationHours(ctx.db, id);
  const status = cycleStatusOf(row, records, todayOf(ctx));
  return {
    status,
    items: records.map((record) => ({
      id: record.id,
      kind: educationHourKindOf(record.kind),
      completedOn: record.completed_on,
      hours: creditedHoursOf(record),
      description: record.description,
      source: record.source,
      isInCurrentCycle:
        status !== null &&
        !isCorrectionPair(record) &&
        record.completed_on >= status.cycleStart &&
        record.completed_on < status.cycleEnd,
      createdAt: record.created_at,
      reverses:
        record.reverses_id === null ? null : { id: record.reverses_id, date: record.reverses_date ?? "" },
      reversalReason: record.reversal_reason,
      reversedBy:
        record.reversed_by_id === null
          ? null
          : {
              id: record.reversed_by_id,
              reason: record.reversed_by_reason ?? "",
              date: record.reversed_by_date ?? "",
              createdAt: record.reversed_by_created_at ?? "",
            },
      abilities: educationEntryAbilitiesOf(user, { regionCode: row.region_code }, record),
    })),
  };
}

export async function addEducationHours(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: CreateEducationHoursBody,
  ip: string | null,
): Promise<EducationHoursList> {
  const row = await workerInScope(ctx.db, user, id);
  if (row.is_active !== 1) {
    throw invalid([{ path: "completedOn", message: "完成日期：该社会工作者已停用，不能登记学时" }]);
  }
  if (body.completedOn > todayOf(ctx)) {
    throw invalid([{ path: "completedOn", message: "完成日期：不能晚于今天" }]);
  }
  const now = ctx.clock.now();
  const record = {
    social_worker_id: id,
    kind: body.kind,
    completed_on: body.completedOn,
    // A degree is stored with what it counts, so the row reads the same as the status sums it.
    hours: creditedEducationHoursOf(body),
    description: body.description.trim(),
    source: "manual",
    created_at: now.toISOString(),
    created_by: user.id,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const recordId = await repository.insertEducationHours(trx, record);
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "socialWorker.educationHours.add",
      entity: auditEntity,
      entityId: id,
      before: null,
      after: {
        recordId,
        kind: record.kind,
        completedOn: record.completed_on,
        hours: record.hours,
        description: record.description,
        source: record.source,
      },
    });
  });
  return listEducationHours(ctx, user, id);
}

/**
 * Corrects an entry: a new entry of the same kind with the opposite hours, dated today, pointing
 * at the one it reverses, with the reason — never an edit of the original. Audited with the
 * cycle's hours before and after.
 */
export async function reverseEducationHours(
  ctx: Context,
  user: RequestUser,
  id: number,
  entryId: number,
  body: ReverseLedgerEntryBody,
  ip: string | null,
): Promise<EducationHoursList> {
  const worker = await workerInScope(ctx.db, user, id);
  const now = ctx.clock.now();
  const correctedOn = todayOf(ctx);
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      const original = await repository.findEducationEntry(trx, id, entryId);
      if (!original) throw notFound("继续教育学时记录不存在");
      if (original.reverses_id !== null) {
        throw invalid([], "更正记录不能再更正；如更正有误，请重新登记正确的记录");
      }
      if (original.reversed_by_id !== null) throw conflict("该记录已更正，不能重复更正");
      const before = await completedHoursOf(trx, worker, id, correctedOn);
      const recordId = await repository.insertEducationHours(trx, {
        social_worker_id: id,
        kind: original.kind,
        completed_on: correctedOn,
        hours: -original.hours,
        description: original.description,
        source: "manual",
        created_at: now.toISOString(),
        created_by: user.id,
        reverses_id: original.id,
        reversal_reason: body.reason,
      });
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "socialWorker.educationHours.reverse",
        entity: auditEntity,
        entityId: id,
        before: {
          recordId: original.id,
          kind: original.kind,
          completedOn: original.completed_on,
          hours: Number(original.hours),
          description: original.description,
          completedHours: before,
        },
        after: {
          recordId,
          reversesId: original.id,
          reason: body.reason,
          completedOn: correctedOn,
          hours: -Number(original.hours),
          completedHours: await completedHoursOf(trx, worker, id, correctedOn),
        },
      });
    })
    .catch((error: unknown) => {
      // Two corrections of one entry at the same moment: the unique index lets one through.
      if (isUniqueViolation(error)) throw conflict("该记录已更正，不能重复更正");
      throw error;
    });
  return listEducationHours(ctx, user, id);
}

/** The current cycle's hours as the transaction sees them (null when nothing is required). */
async function completedHoursOf(db: Queryable, worker: Worker, id: number, today: string) {
  const status = cycleStatusOf(worker, await repository.listEducationHours(db, id), today);
  return status?.completedHours ?? null;
}
