import {
  applyTransition,
  type CaseAction,
  type CaseDetail,
  type CaseTransitionBody,
  type CaseTransitionDefinition,
  canTransition,
  caseResourceFieldLabels,
  caseTransitionAuditAction,
  caseTransitions,
  closingFormSchema,
  type ReferForm,
  relationsToCase,
  type TransitionContext,
} from "@xinqiao/shared";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { conflict, fieldMessage, forbidden, invalid } from "../../platform/errors.ts";
import { caseStateOf, stateColumns } from "./cases.presenter.ts";
import * as repository from "./cases.repository.ts";
import { caseDetailOf, visibleCase, workerProblem } from "./cases.service.ts";
import { caseActorOf, mayViewCase } from "./caseVisibility.ts";
import { settingsFor } from "./caseworkSettings.service.ts";
import { scheduleFollowUpOnClosing } from "./followUps.service.ts";

/**
 * POST /api/cases/:id/transitions: the shared state machine decides, this file answers for the
 * data — who the targets are, whether the client consented — and writes the new state, the
 * encrypted form, the timeline's event, the side effects and the audit entry in one transaction.
 * Refusals: 404 for a case the user may not see, 403 when the user may see it but is not the
 * one to act, 409 when the case as it stands forbids it, 400 for a form that does not fit.
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher">;

/**
 * Whether the refusal is about the actor (403) rather than the case's state (409), in the
 * machine's order: who acts, then the stage, then what the form asks of the actor (转介 without
 * consent needs its own permission).
 */
function refusedForActor(
  action: CaseAction,
  state: ReturnType<typeof caseStateOf>,
  user: RequestUser,
  context: TransitionContext,
): boolean {
  const definition: CaseTransitionDefinition = caseTransitions[action];
  const actor = caseActorOf(user);
  const relations = relationsToCase(state, actor);
  if (!definition.actors.some((relation) => relations.has(relation))) return true;
  if (!actor.permissions.includes(definition.permission)) return true;
  if (definition.approval && definition.approval.step !== "submit" && relations.has("assignedWorker")) {
    return true;
  }
  // The actor may act and the stage allows it: only the form's demand on the actor is left.
  return canTransition(state, action, actor, context).ok;
}

/** The worker an event names: whom it was assigned or transferred to. */
function targetOf(action: CaseAction, form: Record<string, unknown>, user: RequestUser): number | null {
  if (action === "assign") return Number(form.workerId);
  if (action === "transfer") return Number(form.toWorkerId);
  if (action === "acceptTransfer") return user.id;
  return null;
}

/** The data checks the machine cannot make: real workers, a consent on record. */
async function dataProblem(
  db: Queryable,
  user: RequestUser,
  action: CaseAction,
  form: Record<string, unknown>,
  row: repository.CaseRow,
): Promise<{ path: string; message: string } | null> {
  if (action === "assign") {
    const problem = await workerProblem(db, user, Number(form.workerId), row.region_code);
    return problem ? { path: "form.workerId", message: `社工：${problem}` } : null;
  }
  if (action === "transfer") {
    const problem = await workerProblem(db, null, Number(form.toWorkerId), row.region_code);
    return problem ? { path: "form.toWorkerId", message: `接收社工：${problem}` } : null;
  }
  if (action === "refer" && (form as ReferForm).consentGiven) {
    if (!(await repository.hasReferralConsent(db, row.client_id))) {
      return {
        path: "form.consentGiven",
        message: "服务对象同意转介：服务对象没有有效的转介同意记录，请先在服务对象页面记录同意",
      };
    }
  }
  return null;
}

function noteOf(form: Record<string, unknown>): string | null {
  for (const key of ["reason", "overrideReason", "note"]) {
    const value = form[key];
    if (typeof value === "string" && value) return value;
  }
  return null;
}

export async function transitionCase(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: CaseTransitionBody,
  ip: string | null,
): Promise<CaseDetail> {
  const row = await visibleCase(ctx.db, user, id);
  const now = ctx.clock.now();
  const on = todayInChina(now);
  const before = caseStateOf(row);
  const { action } = body;
  const { settings } = await settingsFor(ctx.db, row.region_code);
  const check = canTransition(before, action, caseActorOf(user), {
    today: on,
    settings,
    form: body.form,
  });
  if (!check.ok) {
    const forActor = refusedForActor(action, before, user, { today: on, settings });
    throw forActor ? forbidden(check.reason) : conflict(check.reason);
  }
  const result = applyTransition(before, action, body.form, on, settings);
  if (!result.ok) {
    if (result.issues) {
      const fields = result.issues.map((issue) => {
        const path = ["form", ...issue.path.map(String)].join(".");
        return { path, message: fieldMessage(path, issue.message, caseResourceFieldLabels) };
      });
      throw invalid(fields, result.reason);
    }
    // What the form says does not fit the case (a goal left unjudged, the worker already on it).
    throw invalid([{ path: "form", message: `表单：${result.reason}` }], result.reason);
  }
  const form = result.form as Record<string, unknown>;
  const problem = await dataProblem(ctx.db, user, action, form, row);
  if (problem) throw invalid([problem]);

  const at = now.toISOString();
  const columns: Partial<ReturnType<typeof stateColumns>> = stateColumns(result.state);
  // The service records keep their own count; only a reopened case starts it anew.
  if (action !== "reopen") delete columns.service_record_count;
  const rating =
    action === "submitEvaluation" ? { satisfaction: Number(form.satisfaction), evaluated_on: on } : {};
  const note = noteOf(form);
  await ctx.db.transaction().execute(async (trx) => {
    const written = await repository.updateCaseState(trx, id, row.updated_at, {
      ...columns,
      ...rating,
      updated_at: at,
      updated_by: user.id,
    });
    if (!written) throw conflict("个案已被他人更新，请刷新后重试");
    await repository.insertCaseForm(trx, {
      case_id: id,
      kind: action,
      form_cipher: ctx.cipher.encrypt(JSON.stringify(form)),
      created_at: at,
      created_by: user.id,
    });
    await repository.insertCaseEvent(trx, {
      case_id: id,
      action,
      from_stage: before.stage,
      to_stage: result.state.stage,
      target_user_id: targetOf(action, form, user),
      note_cipher: note ? ctx.cipher.encrypt(note) : null,
      created_at: at,
      created_by: user.id,
    });
    if (action === "completeAssessment") await carryRiskOntoClient(trx, user, ip, now, row, form);
    if (action === "approveClosing") await scheduleClosingFollowUp(trx, ctx, id, { userId: user.id, at });
    await writeAudit(trx, actorOf(user, ip), now, {
      action: caseTransitionAuditAction(action, form),
      entity: "case",
      entityId: id,
      before: {
        stage: before.stage,
        planApproval: before.planApproval,
        closingApproval: before.closingApproval,
      },
      after: {
        stage: result.state.stage,
        planApproval: result.state.planApproval,
        closingApproval: result.state.closingApproval,
        assignedWorkerId: columns.assigned_worker_id,
        pendingTransferTo: columns.pending_transfer_to,
        // A referral keeps whom to and on what footing; notes stay in the encrypted form.
        ...(action === "refer" ? { referral: { target: form.target, consentGiven: form.consentGiven } } : {}),
      },
    });
  });
  const after = await repository.findCase(ctx.db, id);
  if (!after) throw conflict("个案不存在");
  // A receiver who rejected a transfer no longer sees the case: the answer says so without its notes.
  return caseDetailOf(ctx, user, after, ip, mayViewCase(user, after));
}

/** The assessment's risk is the client's: the client record carries it from now on (audited). */
async function carryRiskOntoClient(
  trx: Queryable,
  user: RequestUser,
  ip: string | null,
  now: Date,
  row: repository.CaseRow,
  form: Record<string, unknown>,
): Promise<void> {
  const riskLevel = form.riskLevel as repository.CaseRow["client_risk_level"];
  const isEmergency = form.isEmergency ? 1 : 0;
  if (riskLevel === row.client_risk_level && isEmergency === row.client_is_emergency) return;
  await trx
    .updateTable("clients")
    .set({
      risk_level: riskLevel,
      is_emergency: isEmergency,
      updated_at: now.toISOString(),
      updated_by: user.id,
    })
    .where("id", "=", row.client_id)
    .execute();
  await writeAudit(trx, actorOf(user, ip), now, {
    action: "client.update",
    entity: "client",
    entityId: row.client_id,
    before: { riskLevel: row.client_risk_level, isEmergency: row.client_is_emergency === 1 },
    after: { riskLevel, isEmergency: isEmergency === 1, fromCase: row.case_number },
  });
}

/** The closing just approved planned a follow-up (回访): it is scheduled with the approval. */
async function scheduleClosingFollowUp(
  trx: Queryable,
  ctx: Pick<AppContext, "cipher">,
  caseId: number,
  by: { userId: number; at: string },
): Promise<void> {
  const submitted = await trx
    .selectFrom("case_forms")
    .select("form_cipher")
    .where("case_id", "=", caseId)
    .where("kind", "=", "submitClosing")
    .orderBy("id", "desc")
    .executeTakeFirst();
  if (!submitted) return;
  const closing = closingFormSchema.parse(JSON.parse(ctx.cipher.decrypt(submitted.form_cipher)));
  await scheduleFollowUpOnClosing(trx, ctx, caseId, closing, by);
}
