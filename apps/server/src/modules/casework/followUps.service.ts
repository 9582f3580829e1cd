import {
  addIsoDays,
  type ClosingForm,
  type CompleteFollowUpBody,
  type FollowUp,
  type FollowUpDetail,
  type FollowUpListQuery,
  type FollowUpStatus,
  type Page,
  relationsToCase,
  type ScheduleFollowUpBody,
} from "@xinqiao/shared";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, can, type RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { conflict, forbidden, invalid, notFound } from "../../platform/errors.ts";
import { pageWindow, toPage } from "../../platform/pagination.ts";
import { regionNamesOf } from "../../platform/regionLookup.ts";
import { caseActorOf, caseAssignmentOf, visibleCases } from "./caseVisibility.ts";
import * as repository from "./followUps.repository.ts";

/**
 * 回访: after a case closes its worker visits or calls again, on the date the closing's follow-up
 * plan gives (30 days after closing when it gives none). A follow-up is seen by whoever sees its
 * case and completed by the case's worker or the station head; its plan and result are case
 * notes (encrypted, their reading audited).
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher">;

const defaultFollowUpDays = 30;

/** Called by the closing's approval, in its transaction: the follow-up the closing planned. */
export async function scheduleFollowUpOnClosing(
  trx: Queryable,
  ctx: Pick<AppContext, "cipher">,
  caseId: number,
  closing: Pick<ClosingForm, "closedOn" | "followUp">,
  by: { userId: number; at: string },
): Promise<number> {
  const dueOn = closing.followUp.dueOn ?? addIsoDays(closing.closedOn, defaultFollowUpDays);
  const { region_code } = await trx
    .selectFrom("cases")
    .select("region_code")
    .where("id", "=", caseId)
    .executeTakeFirstOrThrow();
  const { id } = await repository.insertFollowUp(trx, {
    case_id: caseId,
    region_code,
    due_on: dueOn,
    plan_cipher: ctx.cipher.encrypt(closing.followUp.plan),
    created_at: by.at,
    created_by: by.userId,
    updated_at: by.at,
  });
  return id;
}

function statusOf(row: { done_on: string | null; due_on: string }, today: string): FollowUpStatus {
  if (row.done_on !== null) return "done";
  return row.due_on < today ? "overdue" : "due";
}

/** The case's worker or its station head, with cases.manage, completes a follow-up. */
function mayComplete(user: RequestUser, row: repository.FollowUpRow): boolean {
  if (row.done_on !== null || !can(user, "cases.manage")) return false;
  const relations = relationsToCase(caseAssignmentOf(row), caseActorOf(user));
  return relations.has("assignedWorker") || relations.has("stationHead");
}

function present(
  user: RequestUser,
  row: repository.FollowUpRow,
  regionName: string,
  today: string,
): FollowUp {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    clientName: row.client_name,
    region: { code: row.region_code, name: regionName },
    assignedWorkerName: row.worker_name,
    dueOn: row.due_on,
    status: statusOf(row, today),
    doneOn: row.done_on,
    method: row.method as FollowUp["method"],
    outcome: row.outcome as FollowUp["outcome"],
    mayComplete: mayComplete(user, row),
  };
}

export async function listFollowUps(
  ctx: Context,
  user: RequestUser,
  query: FollowUpListQuery,
): Promise<Page<FollowUp>> {
  const today = todayInChina(ctx.clock.now());
  const [rows, total] = await Promise.all([
    repository.listFollowUps(ctx.db, user, query, today, pageWindow(query)),
    repository.countFollowUps(ctx.db, user, query, today),
  ]);
  const names = await regionNamesOf(
    ctx.db,
    rows.map((row) => row.region_code),
  );
  const items = rows.map((row) => present(user, row, names.get(row.region_code) ?? "", today));
  return toPage(items, total, query);
}

async function loadVisible(ctx: Context, user: RequestUser, id: number, today: string) {
  const row = await repository.findFollowUp(ctx.db, user, id, today);
  if (!row) throw notFound("回访记录不存在");
  return row;
}

/** One follow-up with its plan and result: reading them is reading case notes, so audited. */
export async function getFollowUp(
  ctx: Context,
  user: RequestUser,
  id: number,
  ip: string | null,
): Promise<FollowUpDetail> {
  const today = todayInChina(ctx.clock.now());
  const row = await loadVisible(ctx, user, id, today);
  await writeAudit(ctx.db, actorOf(user, ip), ctx.clock.now(), {
    action: "case.followUp.view",
    entity: "case",
    entityId: row.case_id,
    before: null,
    after: { followUpId: row.id },
  });
  const names = await regionNamesOf(ctx.db, [row.region_code]);
  return {
    ...present(user, row, names.get(row.region_code) ?? "", today),
    plan: ctx.cipher.decrypt(row.plan_cipher),
    result: row.result_cipher === null ? null : ctx.cipher.decrypt(row.result_cipher),
  };
}

export async function completeFollowUp(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: CompleteFollowUpBody,
  ip: string | null,
): Promise<FollowUpDetail> {
  const now = ctx.clock.now();
  const today = todayInChina(now);
  const row = await loadVisible(ctx, user, id, today);
  if (row.done_on !== null) throw conflict("该回访已完成");
  if (!mayComplete(user, row)) throw forbidden("仅负责社工或社工站负责人可完成回访");
  if (body.doneOn > today) throw invalid([{ path: "doneOn", message: "回访完成日期：不能晚于今天" }]);
  await ctx.db.transaction().execute(async (trx) => {
    const done = await repository.completeFollowUp(trx, id, {
      done_on: body.doneOn,
      method: body.method,
      outcome: body.outcome,
      result_cipher: ctx.cipher.encrypt(body.result),
      done_by: user.id,
      updated_at: now.toISOString(),
    });
    if (!done) throw conflict("该回访已完成");
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "case.followUp.complete",
      entity: "case",
      entityId: row.case_id,
      before: { followUpId: id, dueOn: row.due_on },
      // The result itself is a case note: the entry says that it was written, not what.
      after: { followUpId: id, doneOn: body.doneOn, method: body.method, outcome: body.outcome },
    });
  });
  return getFollowUp(ctx, user, id, ip);
}

/** Another follow-up for a closed case (a worker may plan more than the closing did). */
export async function scheduleFollowUp(
  ctx: Context,
  user: RequestUser,
  body: ScheduleFollowUpBody,
  ip: string | null,
): Promise<FollowUpDetail> {
  const now = ctx.clock.now();
  const today = todayInChina(now);
  const found = await ctx.db
    .selectFrom("cases")
    .select(["id", "stage", "region_code", "assigned_worker_id", "pending_transfer_to", "involves_minor"])
    .where("id", "=", body.caseId)
    .where(visibleCases(user, "cases"))
    .executeTakeFirst();
  if (!found) throw invalid([{ path: "caseId", message: "个案：不存在或不在您的管辖范围内" }]);
  if (found.stage !== "closed")
    throw invalid([{ path: "caseId", message: "个案：只有已结案的个案安排回访" }]);
  if (body.dueOn < today) throw invalid([{ path: "dueOn", message: "回访日期：不能早于今天" }]);
  const relations = relationsToCase(caseAssignmentOf(found), caseActorOf(user));
  if (!relations.has("assignedWorker") && !relations.has("stationHead")) {
    throw forbidden("仅负责社工或社工站负责人可安排回访");
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id: followUpId } = await repository.insertFollowUp(trx, {
      case_id: body.caseId,
      region_code: found.region_code,
      due_on: body.dueOn,
      plan_cipher: ctx.cipher.encrypt(body.plan),
      created_at: now.toISOString(),
      created_by: user.id,
      updated_at: now.toISOString(),
    });
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "case.followUp.schedule",
      entity: "case",
      entityId: body.caseId,
      before: null,
      after: { followUpId, dueOn: body.dueOn },
    });
    return followUpId;
  });
  return getFollowUp(ctx, user, id, ip);
}
