import {
  applicantBudgetStatuses,
  type BudgetLineBody,
  budgetCategories,
  type ExpenditureBody,
  type FundingSummary,
  formatFen,
  funderBudgetStatuses,
  fundingSourceIds,
  fundingSources,
  governmentFundingSources,
  moneyOpenStatuses,
  type ProjectDetail,
  projectStatuses,
  type ReceiptBody,
  rateBasisPoints,
  reversibleStatuses,
  type UpdateBudgetLineBody,
} from "@xinqiao/shared";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, can, type RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import { isUniqueViolation } from "../../platform/db/constraintErrors.ts";
import { conflict, forbidden, invalid, notFound } from "../../platform/errors.ts";
import { regionNamesOf } from "../../platform/regionLookup.ts";
import { listRegionOf } from "../../platform/scope.ts";
import { mayBudget } from "./projects.policy.ts";
import { moneyTotals } from "./projects.presenter.ts";
import * as repository from "./projects.repository.ts";
import { type Context, getProject, projectInScope } from "./projects.service.ts";

/**
 * The project's money: budget lines, receipts, expenditures and their reversals, all in 分.
 * Entries are never edited nor deleted; a wrong one is reversed by an entry of the opposite
 * amount with a reason. Each entry moves the running totals of its line and project in its own
 * transaction, with its audit entry.
 */

type Status = keyof typeof projectStatuses;
const budgetClosed = (status: Status) => conflict(`项目当前为“${projectStatuses[status]}”，不能调整预算`);
const receiptsClosed = (status: Status) =>
  conflict(`项目当前为“${projectStatuses[status]}”，立项后、结项前方可登记到账`);
const expendituresClosed = (status: Status) =>
  conflict(`项目当前为“${projectStatuses[status]}”，立项后、结项前方可登记支出`);
const reversalClosed = (status: Status) => conflict(`项目当前为“${projectStatuses[status]}”，不能冲销`);

const lineName = (line: { source: keyof typeof fundingSources; category: keyof typeof budgetCategories }) =>
  `${budgetCategories[line.category]}·${fundingSources[line.source]}`;

function assertMayBudget(user: RequestUser, row: repository.ProjectRow): void {
  if (mayBudget(user, { regionCode: row.region_code, status: row.status, budgetLineCount: 0 })) return;
  if (applicantBudgetStatuses.includes(row.status)) throw forbidden("申报阶段的预算由申报方编制");
  if (funderBudgetStatuses.includes(row.status)) throw forbidden("提交申报后，预算只能由审核方调整");
  throw budgetClosed(row.status);
}

export async function addBudgetLine(
  ctx: Context,
  user: RequestUser,
  projectId: number,
  body: BudgetLineBody,
  ip: string | null,
): Promise<ProjectDetail> {
  const project = await projectInScope(ctx.db, user, projectId);
  assertMayBudget(user, project);
  const now = ctx.clock.now();
  const at = now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repository.insertBudgetLine(trx, {
      project_id: projectId,
      source: body.source,
      category: body.category,
      description: body.description ?? null,
      budget_fen: body.amountFen,
      spent_fen: 0,
      created_at: at,
      updated_at: at,
    });
    await repository.addToProjectTotals(trx, projectId, { budgetFen: body.amountFen });
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "projectBudgetLine.create",
      entity: "projectBudgetLine",
      entityId: id,
      before: null,
      after: { projectId, ...body },
    });
  });
  return getProject(ctx, user, projectId);
}

export async function updateBudgetLine(
  ctx: Context,
  user: RequestUser,
  projectId: number,
  lineId: number,
  body: UpdateBudgetLineBody,
  ip: string | null,
): Promise<ProjectDetail> {
  const project = await projectInScope(ctx.db, user, projectId);
  const line = await lineOf(ctx, projectId, lineId);
  assertMayBudget(user, project);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    // Read again under the line's lock: an expenditure may have landed since.
    const locked = await repository.addToLineSpent(trx, lineId, 0);
    if (body.amountFen < Number(locked.spent_fen)) {
      throw conflict(`预算金额：不能低于该科目已支出的 ${formatFen(Number(locked.spent_fen))} 元`, [
        { path: "amountFen", message: `金额：不能低于已支出的 ${formatFen(Number(locked.spent_fen))} 元` },
      ]);
    }
    const delta = body.amountFen - Number(locked.budget_fen);
    await repository.updateBudgetLine(trx, lineId, {
      budget_fen: body.amountFen,
      ...(body.description !== undefined && { description: body.description }),
      updated_at: now.toISOString(),
    });
    await repository.addToProjectTotals(trx, projectId, { budgetFen: delta });
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "projectBudgetLine.update",
      entity: "projectBudgetLine",
      entityId: lineId,
      before: { projectId, amountFen: Number(locked.budget_fen), description: line.description },
      after: {
        projectId,
        amountFen: body.amountFen,
        description: body.description ?? line.description,
        reason: body.reason,
      },
    });
  });
  return getProject(ctx, user, projectId);
}

async function lineOf(ctx: Context, projectId: number, lineId: number) {
  const line = await repository.findBudgetLine(ctx.db, lineId);
  if (!line || line.project_id !== projectId) throw notFound("预算科目不存在");
  return line;
}

export async function recordReceipt(
  ctx: Context,
  user: RequestUser,
  projectId: number,
  body: ReceiptBody,
  ip: string | null,
): Promise<ProjectDetail> {
  const project = await projectInScope(ctx.db, user, projectId);
  if (!moneyOpenStatuses.includes(project.status)) throw receiptsClosed(project.status);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repository.insertReceipt(trx, {
      project_id: projectId,
      received_on: body.receivedOn,
      source: body.source,
      amount_fen: body.amountFen,
      payer: body.payer,
      note: body.note ?? null,
      reverses_id: null,
      reversal_reason: null,
      created_at: now.toISOString(),
      created_by: user.id,
    });
    await repository.addToProjectTotals(trx, projectId, { receivedFen: body.amountFen });
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "projectReceipt.create",
      entity: "projectReceipt",
      entityId: id,
      before: null,
      after: { projectId, ...body },
    });
  });
  return getProject(ctx, user, projectId);
}

/** The entry to reverse: the project's, not itself a reversal, not reversed yet. */
const receiptMessages = { missing: "到账记录不存在", reversed: "该笔到账已冲销" };
const expenditureMessages = { missing: "支出记录不存在", reversed: "该笔支出已冲销" };

function assertReversible(
  entry: { project_id: number; reverses_id: number | null; reversed_by_id: number | null } | undefined,
  projectId: number,
  messages: typeof receiptMessages,
): asserts entry {
  if (!entry || entry.project_id !== projectId) throw notFound(messages.missing);
  if (entry.reverses_id !== null) throw conflict("这是一笔冲销记录，不能再冲销");
  if (entry.reversed_by_id !== null) throw conflict(messages.reversed);
}

/** A second reversal of one entry racing this one: the unique index refuses it. */
function alreadyReversed(error: unknown, messages: typeof receiptMessages): unknown {
  return isUniqueViolation(error) ? conflict(messages.reversed) : error;
}

export async function reverseReceipt(
  ctx: Context,
  user: RequestUser,
  projectId: number,
  receiptId: number,
  reason: string,
  ip: string | null,
): Promise<ProjectDetail> {
  const project = await projectInScope(ctx.db, user, projectId);
  const receipt = await repository.findReceipt(ctx.db, receiptId);
  assertReversible(receipt, projectId, receiptMessages);
  if (!reversibleStatuses.includes(project.status)) throw reversalClosed(project.status);
  const now = ctx.clock.now();
  const amount = -Number(receipt.amount_fen);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const id = await repository.insertReceipt(trx, {
        project_id: projectId,
        received_on: todayInChina(now),
        source: receipt.source,
        amount_fen: amount,
        payer: receipt.payer,
        note: null,
        reverses_id: receiptId,
        reversal_reason: reason,
        created_at: now.toISOString(),
        created_by: user.id,
      });
      await repository.addToProjectTotals(trx, projectId, { receivedFen: amount });
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "projectReceipt.reverse",
        entity: "projectReceipt",
        entityId: id,
        before: { projectId, receiptId, amountFen: -amount },
        after: { projectId, reversesId: receiptId, amountFen: amount, reason },
      });
    });
  } catch (error) {
    throw alreadyReversed(error, receiptMessages);
  }
  return getProject(ctx, user, projectId);
}

/**
 * An expenditure on a line. The line's spent total moves first, under its lock; if it passes the
 * budget, the whole transaction is refused (409) unless the user holds funds.overspend and gave
 * a reason, in which case it is kept and audited as an over-spend.
 */
export async function recordExpenditure(
  ctx: Context,
  user: RequestUser,
  projectId: number,
  body: ExpenditureBody,
  ip: string | null,
): Promise<ProjectDetail> {
  const project = await projectInScope(ctx.db, user, projectId);
  if (!moneyOpenStatuses.includes(project.status)) throw expendituresClosed(project.status);
  const line = await repository.findBudgetLine(ctx.db, body.budgetLineId);
  if (!line || line.project_id !== projectId) {
    throw invalid([{ path: "budgetLineId", message: "预算科目：不属于本项目" }]);
  }
  const reason = body.overspendReason?.trim() || null;
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const after = await repository.addToLineSpent(trx, line.id, body.amountFen);
    const over = Number(after.spent_fen) > Number(after.budget_fen);
    if (over)
      refuseOverspend(user, line, Number(after.budget_fen), Number(after.spent_fen) - body.amountFen, reason);
    const id = await repository.insertExpenditure(trx, {
      project_id: projectId,
      budget_line_id: line.id,
      spent_on: body.spentOn,
      amount_fen: body.amountFen,
      payee: body.payee,
      purpose: body.purpose ?? null,
      overspend_reason: over ? reason : null,
      reverses_id: null,
      reversal_reason: null,
      created_at: now.toISOString(),
      created_by: user.id,
    });
    await repository.addToProjectTotals(trx, projectId, { spentFen: body.amountFen });
    await writeAudit(trx, actorOf(user, ip), now, {
      action: over ? "projectExpenditure.overspend" : "projectExpenditure.create",
      entity: "projectExpenditure",
      entityId: id,
      before: null,
      after: { projectId, ...body, overspendReason: over ? reason : null },
    });
  });
  return getProject(ctx, user, projectId);
}

function refuseOverspend(
  user: RequestUser,
  line: Parameters<typeof lineName>[0],
  budgetFen: number,
  spentBeforeFen: number,
  reason: string | null,
): void {
  if (can(user, "funds.overspend") && reason) return;
  const name = lineName(line);
  const remaining = formatFen(Math.max(0, budgetFen - spentBeforeFen));
  if (!can(user, "funds.overspend")) {
    throw conflict(
      `超出预算科目“${name}”的可用余额（剩余 ${remaining} 元），超支须由有超支审批权限的人员登记并说明原因`,
    );
  }
  throw conflict(`超出预算科目“${name}”的可用余额（剩余 ${remaining} 元），请填写超支原因`, [
    { path: "overspendReason", message: "超支原因：超出预算时必须填写" },
  ]);
}

export async function reverseExpenditure(
  ctx: Context,
  user: RequestUser,
  projectId: number,
  expenditureId: number,
  reason: string,
  ip: string | null,
): Promise<ProjectDetail> {
  const project = await projectInScope(ctx.db, user, projectId);
  const entry = await repository.findExpenditure(ctx.db, expenditureId);
  assertReversible(entry, projectId, expenditureMessages);
  if (!reversibleStatuses.includes(project.status)) throw reversalClosed(project.status);
  const now = ctx.clock.now();
  const amount = -Number(entry.amount_fen);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await repository.addToLineSpent(trx, entry.budget_line_id, amount);
      const id = await repository.insertExpenditure(trx, {
        project_id: projectId,
        budget_line_id: entry.budget_line_id,
        spent_on: todayInChina(now),
        amount_fen: amount,
        payee: entry.payee,
        purpose: null,
        overspend_reason: null,
        reverses_id: expenditureId,
        reversal_reason: reason,
        created_at: now.toISOString(),
        created_by: user.id,
      });
      await repository.addToProjectTotals(trx, projectId, { spentFen: amount });
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "projectExpenditure.reverse",
        entity: "projectExpenditure",
        entityId: id,
        before: { projectId, expenditureId, amountFen: -amount },
        after: { projectId, reversesId: expenditureId, amountFen: amount, reason },
      });
    });
  } catch (error) {
    throw alreadyReversed(error, expenditureMessages);
  }
  return getProject(ctx, user, projectId);
}

/**
 * The money of the projects of a region (立项 onwards) that the user may see: budget and received
 * by source, each source's and the government's share of what was received, execution rates.
 */
export async function fundingSummary(
  ctx: Context,
  user: RequestUser,
  requested: string | undefined,
): Promise<FundingSummary> {
  const regionCode = listRegionOf(user.regionCode, requested);
  if (!regionCode) throw notFound("区划不存在或不在本人辖区内");
  const [totals, budgetBySource, receivedBySource, names] = await Promise.all([
    repository.regionTotals(ctx.db, regionCode),
    repository.regionBudgetBySource(ctx.db, regionCode),
    repository.regionReceivedBySource(ctx.db, regionCode),
    regionNamesOf(ctx.db, [regionCode]),
  ]);
  const government = governmentFundingSources.reduce(
    (sum, source) => sum + (receivedBySource.get(source) ?? 0),
    0,
  );
  return {
    region: { code: regionCode, name: names.get(regionCode) ?? regionCode },
    projectCount: totals.projectCount,
    ...moneyTotals(totals.budgetFen, totals.receivedFen, totals.spentFen),
    bySource: fundingSourceIds.map((source) => ({
      source,
      budgetFen: budgetBySource.get(source) ?? 0,
      receivedFen: receivedBySource.get(source) ?? 0,
      receivedShareBp: rateBasisPoints(receivedBySource.get(source) ?? 0, totals.receivedFen),
    })),
    governmentShareBp: rateBasisPoints(government, totals.receivedFen),
  };
}
