import {
  type CreateEducationHoursBody,
  creditedEducationHoursOf,
  type EducationHoursList,
  educationHoursStatusOf,
} from "@xinqiao/shared";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { invalid } from "../../platform/errors.ts";
import { todayOf } from "./socialWorkers.listContext.ts";
import { educationHourKindOf } from "./socialWorkers.presenter.ts";
import * as repository from "./socialWorkers.repository.ts";
import { auditEntity, workerInScope } from "./socialWorkers.service.ts";

/**
 * Continuing-education use cases of a social worker (…/:id/education-hours): list the entries
 * with the current cycle's status, and add one (a degree is stored as the 90 h it counts), in a
 * transaction with its audit entry on the worker.
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher">;

export async function listEducationHours(
  ctx: Context,
  user: RequestUser,
  id: number,
): Promise<EducationHoursList> {
  const row = await workerInScope(ctx.db, user, id);
  const records = (await repository.listEducationHours(ctx.db, id)).map((record) => {
    const entry = {
      kind: educationHourKindOf(record.kind),
      completedOn: record.completed_on,
      hours: Number(record.hours),
    };
    return { record, entry: { ...entry, hours: creditedEducationHoursOf(entry) } };
  });
  const status = educationHoursStatusOf(
    row.qualification_level,
    row.registration_date,
    records.map(({ entry }) => entry),
    todayOf(ctx),
  );
  return {
    status,
    items: records.map(({ record, entry }) => ({
      id: record.id,
      ...entry,
      description: record.description,
      source: record.source,
      isInCurrentCycle:
        status !== null && record.completed_on >= status.cycleStart && record.completed_on < status.cycleEnd,
      createdAt: record.created_at,
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
