import {
  type CreateProjectInput,
  canTransitionProject,
  type ErrorField,
  editableStatuses,
  type Page,
  type Project,
  type ProjectAction,
  type ProjectDetail,
  type ProjectListQuery,
  type ProjectProgressBody,
  parseTransitionForm,
  projectFieldLabels,
  projectStatuses,
  projectTransitions,
  type UpdateProjectBody,
} from "@xinqiao/shared";
import { changedFields, writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { parseJsonList } from "../../platform/db/jsonColumns.ts";
import { conflict, forbidden, invalid } from "../../platform/errors.ts";
import { pageWindow, sortOrder, toPage } from "../../platform/pagination.ts";
import { regionPathNamesOf } from "../../platform/regionLookup.ts";
import { isInScope, listRegionOf, scopedLoader } from "../../platform/scope.ts";
import { presentProject, presentProjectDetail } from "./projects.presenter.ts";
import * as repository from "./projects.repository.ts";

/**
 * Use cases of projects: list, detail, create, edit, lifecycle steps and progress. Money is in
 * projectFunds.service.ts. Every change runs in one transaction with its audit entry.
 */
export type Context = Pick<AppContext, "db" | "clock">;

const sortable = {
  periodStart: "p.period_start",
  name: "p.name",
  id: "p.id",
  updatedAt: "p.updated_at",
  budget: "p.budget_fen",
};

export async function listProjects(
  ctx: Context,
  user: RequestUser,
  query: ProjectListQuery,
): Promise<Page<Project>> {
  const regionCode = listRegionOf(user.regionCode, query.regionCode);
  if (!regionCode) return toPage([], 0, query);
  const filters = { regionCode, q: query.q?.trim() || undefined, kind: query.kind, status: query.status };
  const order = sortOrder(query.sort, sortable, { column: "p.period_start", direction: "desc" });
  const window = pageWindow(query);
  const rows = await repository.listProjects(ctx.db, filters, order, window);
  const isLastPage = rows.length < window.limit && (rows.length > 0 || window.offset === 0);
  const total = isLastPage ? window.offset + rows.length : await repository.countProjects(ctx.db, filters);
  const names = await regionPathNamesOf(
    ctx.db,
    rows.map((row) => row.region_code),
  );
  return toPage(
    rows.map((row) => presentProject(user, row, names)),
    total,
    query,
  );
}

/** The project if it exists inside the user's scope; 404 otherwise. */
export const projectInScope = scopedLoader(repository.findProject, "项目");

export async function getProject(ctx: Context, user: RequestUser, id: number): Promise<ProjectDetail> {
  return presentDetail(ctx.db, user, await projectInScope(ctx.db, user, id));
}

export async function presentDetail(
  db: Queryable,
  user: RequestUser,
  row: repository.ProjectRow,
): Promise<ProjectDetail> {
  const [targets, milestones, lines, receipts, expenditures, receivedBySource, names] = await Promise.all([
    repository.targetsOf(db, row.id),
    repository.milestonesOf(db, row.id),
    repository.budgetLinesOf(db, row.id),
    repository.receiptsOf(db, row.id),
    repository.expendituresOf(db, row.id),
    repository.receivedBySourceOf(db, row.id),
    regionPathNamesOf(db, [row.region_code]),
  ]);
  return presentProjectDetail(user, row, names, {
    targets,
    milestones,
    lines,
    receipts,
    expenditures,
    receivedBySource,
  });
}

/** The references of a body checked against the scope; every problem by field. */
async function checkReferences(
  db: Queryable,
  user: RequestUser,
  body: Pick<UpdateProjectBody, "regionCode" | "implementerKind" | "implementerId">,
): Promise<void> {
  const problems: ErrorField[] = [];
  if (body.regionCode !== undefined && !isInScope(user, body.regionCode)) {
    problems.push({ path: "regionCode", message: "负责区划：不在本人辖区内" });
  }
  if (body.implementerKind !== undefined && body.implementerId !== undefined) {
    const implementer = await repository.findImplementer(db, body.implementerKind, body.implementerId);
    if (!implementer || !isInScope(user, implementer.region_code)) {
      problems.push({ path: "implementerId", message: "实施主体：不存在或不在本人辖区内" });
    }
  }
  if (problems.length > 0) throw invalid(problems);
}

/** What the audit log keeps of a project (its fields, targets and milestones; money apart). */
async function audited(db: Queryable, row: repository.ProjectRow) {
  const [targets, milestones] = await Promise.all([
    repository.targetsOf(db, row.id),
    repository.milestonesOf(db, row.id),
  ]);
  return {
    name: row.name,
    kind: row.kind,
    domains: parseJsonList(row.domains_json),
    implementerKind: row.implementer_kind,
    implementerId: row.implementer_id,
    regionCode: row.region_code,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    targetGroups: parseJsonList(row.target_groups_json),
    status: row.status,
    targets: targets.map((t) => ({ indicator: t.indicator, targetValue: t.target_value })),
    milestones: milestones.map((m) => ({ title: m.title, dueOn: m.due_on })),
  };
}

async function reloaded(db: Queryable, id: number): Promise<repository.ProjectRow> {
  const row = await repository.findProject(db, id);
  if (!row) throw new Error("project vanished in its own transaction");
  return row;
}

export async function createProject(
  ctx: Context,
  user: RequestUser,
  body: CreateProjectInput,
  ip: string | null,
): Promise<ProjectDetail> {
  await checkReferences(ctx.db, user, body);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await repository.insertProject(trx, {
      name: body.name,
      kind: body.kind,
      domains_json: JSON.stringify(body.domains),
      implementer_kind: body.implementerKind,
      implementer_id: body.implementerId,
      region_code: body.regionCode,
      period_start: body.periodStart,
      period_end: body.periodEnd,
      target_groups_json: JSON.stringify(body.targetGroups),
      status: "draft",
      returned_reason: null,
      budget_fen: 0,
      received_fen: 0,
      spent_fen: 0,
      is_demo: 0,
      created_at: at,
      created_by: user.id,
      updated_at: at,
      updated_by: user.id,
    });
    await repository.replaceTargets(
      trx,
      id,
      body.targets.map((t) => ({ indicator: t.indicator, target_value: t.targetValue, achieved_value: 0 })),
    );
    await repository.replaceMilestones(
      trx,
      id,
      body.milestones.map((m) => ({ title: m.title, due_on: m.dueOn, done_on: null })),
    );
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "project.create",
      entity: "project",
      entityId: id,
      before: null,
      after: await audited(trx, await reloaded(trx, id)),
    });
    return id;
  });
  return getProject(ctx, user, id);
}

export async function updateProject(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: UpdateProjectBody,
  ip: string | null,
): Promise<ProjectDetail> {
  const current = await projectInScope(ctx.db, user, id);
  if (!editableStatuses.includes(current.status)) {
    throw conflict(`项目当前为“${projectStatuses[current.status]}”，只有申报中或已退回的项目可以修改`);
  }
  const merged = {
    regionCode: body.regionCode,
    implementerKind: body.implementerKind ?? current.implementer_kind,
    implementerId: body.implementerId ?? current.implementer_id,
  };
  const implementerChanged = body.implementerKind !== undefined || body.implementerId !== undefined;
  await checkReferences(ctx.db, user, implementerChanged ? merged : { regionCode: body.regionCode });
  const periodStart = body.periodStart ?? current.period_start;
  const periodEnd = body.periodEnd ?? current.period_end;
  if (periodEnd < periodStart) throw invalid([{ path: "periodEnd", message: "结束日期：应不早于开始日期" }]);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await audited(trx, current);
    await repository.updateProject(trx, id, {
      ...(body.name !== undefined && { name: body.name }),
      ...(body.kind !== undefined && { kind: body.kind }),
      ...(body.domains !== undefined && { domains_json: JSON.stringify(body.domains) }),
      ...(implementerChanged && {
        implementer_kind: merged.implementerKind,
        implementer_id: merged.implementerId,
      }),
      ...(body.regionCode !== undefined && { region_code: body.regionCode }),
      period_start: periodStart,
      period_end: periodEnd,
      ...(body.targetGroups !== undefined && { target_groups_json: JSON.stringify(body.targetGroups) }),
      updated_at: now.toISOString(),
      updated_by: user.id,
    });
    if (body.targets !== undefined) {
      await repository.replaceTargets(
        trx,
        id,
        body.targets.map((t) => ({ indicator: t.indicator, target_value: t.targetValue, achieved_value: 0 })),
      );
    }
    if (body.milestones !== undefined) {
      await repository.replaceMilestones(
        trx,
        id,
        body.milestones.map((m) => ({ title: m.title, due_on: m.dueOn, done_on: null })),
      );
    }
    const diff = changedFields(before, await audited(trx, await reloaded(trx, id)));
    if (Object.keys(diff.after).length > 0) {
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "project.update",
        entity: "project",
        entityId: id,
        ...diff,
      });
    }
  });
  return getProject(ctx, user, id);
}

/**
 * A lifecycle step: the user's permission for it (403 otherwise), the project's status (409),
 * the step's form (400), then the move — only from the status read, so two reviewers cannot
 * both decide one application.
 */
export async function transitionProject(
  ctx: Context,
  user: RequestUser,
  id: number,
  action: ProjectAction,
  form: unknown,
  ip: string | null,
): Promise<ProjectDetail> {
  const row = await projectInScope(ctx.db, user, id);
  const lines = await repository.budgetLinesOf(ctx.db, id);
  const state = { status: row.status, budgetLineCount: lines.length };
  const check = canTransitionProject(state, action, user.permissions);
  if (!check.ok) {
    throw user.permissions.has(projectTransitions[action].permission)
      ? conflict(check.reason)
      : forbidden(check.reason);
  }
  const parsed = parseTransitionForm(action, form);
  if (!parsed.success) {
    throw invalid(
      parsed.error.issues.map((issue) => {
        const path = issue.path.join(".");
        return { path, message: `${projectFieldLabels[path] ?? path}：${issue.message}` };
      }),
    );
  }
  const data = parsed.data as { note?: string; reason?: string };
  const to = projectTransitions[action].to;
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await repository.moveStatus(trx, id, row.status, {
      status: to,
      ...(action === "return" && { returned_reason: data.reason ?? null }),
      ...(action === "pass" && { returned_reason: null }),
      updated_at: now.toISOString(),
      updated_by: user.id,
    });
    if (!moved) throw conflict("项目状态已被他人更新，请刷新后重试");
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "project.transition",
      entity: "project",
      entityId: id,
      before: { status: row.status },
      after: { status: to, action, ...data },
    });
  });
  return getProject(ctx, user, id);
}

const progressStatuses = ["implementing", "midterm", "closed"];

/** Achieved values entered with their evidence, milestones marked done (or not). */
export async function recordProgress(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: ProjectProgressBody,
  ip: string | null,
): Promise<ProjectDetail> {
  const row = await projectInScope(ctx.db, user, id);
  if (!progressStatuses.includes(row.status)) {
    throw conflict(`项目当前为“${projectStatuses[row.status]}”，实施后才能登记进展`);
  }
  const [targets, milestones] = await Promise.all([
    repository.targetsOf(ctx.db, id),
    repository.milestonesOf(ctx.db, id),
  ]);
  const targetById = new Map(targets.map((target) => [target.id, target]));
  const milestoneById = new Map(milestones.map((milestone) => [milestone.id, milestone]));
  const problems: ErrorField[] = [];
  body.targets.forEach((entry, index) => {
    if (!targetById.has(entry.id))
      problems.push({ path: `targets.${index}.id`, message: "目标指标：不属于本项目" });
  });
  body.milestones.forEach((entry, index) => {
    if (!milestoneById.has(entry.id))
      problems.push({ path: `milestones.${index}.id`, message: "里程碑：不属于本项目" });
  });
  if (problems.length > 0) throw invalid(problems);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    for (const entry of body.targets)
      await repository.setAchievement(trx, entry.id, entry.achievedValue, entry.evidenceNote);
    for (const entry of body.milestones) await repository.setMilestoneDone(trx, entry.id, entry.doneOn);
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "project.progress",
      entity: "project",
      entityId: id,
      before: {
        targets: body.targets.map((e) => ({ id: e.id, achievedValue: targetById.get(e.id)?.achieved_value })),
        milestones: body.milestones.map((e) => ({ id: e.id, doneOn: milestoneById.get(e.id)?.done_on })),
      },
      after: body,
    });
    await repository.updateProject(trx, id, { updated_at: now.toISOString(), updated_by: user.id });
  });
  return getProject(ctx, user, id);
}
