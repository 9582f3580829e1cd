import {
  ageOn,
  type CaseAction,
  type CaseDetail,
  type CaseListQuery,
  type CaseloadRow,
  type CaseSummary,
  type CaseWorker,
  type CaseworkSettings,
  caseDistrictCode,
  formatCaseNumber,
  type OpenCaseBody,
  type Page,
  parseCaseNumber,
  availableTransitions as transitionsFor,
  transitionTarget,
} from "@xinqiao/shared";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { parseJsonList } from "../../platform/db/jsonColumns.ts";
import { invalid, notFound } from "../../platform/errors.ts";
import { pageWindow, sortOrder, toPage } from "../../platform/pagination.ts";
import { regionNamesOf } from "../../platform/regionLookup.ts";
import { isInScope, listRegionOf } from "../../platform/scope.ts";
import { clientInScope } from "../clients/clients.service.ts";
import { overdueCases } from "./caseDeadlines.ts";
import { caseStateOf, presentCase, presentEvent } from "./cases.presenter.ts";
import * as repository from "./cases.repository.ts";
import { caseActorOf, mayViewCase } from "./caseVisibility.ts";
import { defaultCaseworkSettings, settingsFor } from "./caseworkSettings.service.ts";

/**
 * Use cases of 个案 apart from the transitions (cases.transitions.ts): list, detail, open,
 * timeline, caseload, the workers a case can go to. Every read goes through caseVisibility.
 */
type Context = Pick<AppContext, "db" | "clock" | "cipher">;

/** The settings in force for each district of these regions (its own, the city's, or the defaults). */
export async function settingsByDistrict(
  db: Queryable,
  regionCodes: Iterable<string>,
): Promise<(regionCode: string) => CaseworkSettings> {
  const districts = new Map<string, CaseworkSettings>();
  for (const code of regionCodes) {
    const district = caseDistrictCode(code);
    if (!districts.has(district)) districts.set(district, (await settingsFor(db, code)).settings);
  }
  return (regionCode) => districts.get(caseDistrictCode(regionCode)) ?? defaultCaseworkSettings;
}

const sortable = {
  id: "c.id",
  caseNumber: "c.case_number",
  openedOn: "c.opened_on",
  stageEnteredOn: "c.stage_entered_on",
  updatedAt: "c.updated_at",
};

export function today(ctx: Pick<Context, "clock">): string {
  return todayInChina(ctx.clock.now());
}

/**
 * The list's filters. The scope is visibleCases's, not the user's region: a worker attached to
 * one community sees a case of the next community transferred to them.
 */
export function caseFilters(
  query: Omit<CaseListQuery, "page" | "pageSize" | "sort">,
): repository.CaseFilters {
  const filters: repository.CaseFilters = {
    regionCode: query.regionCode ?? null,
    stage: query.stage,
    approval: query.approval,
    workerId: query.workerId,
  };
  if (query.overdue) filters.overdue = query.overdue === "true";
  const text = query.q?.trim();
  if (text) {
    const number = parseCaseNumber(text);
    if (number) filters.caseNumber = formatCaseNumber(number);
    else filters.clientName = text;
  }
  return filters;
}

export async function presentRows(
  db: Queryable,
  rows: repository.CaseListRow[],
  on: string,
): Promise<CaseSummary[]> {
  const codes = rows.map((row) => row.region_code);
  const names = await regionNamesOf(db, codes);
  const settingsOf = await settingsByDistrict(db, codes);
  return rows.map((row) => presentCase(row, names, on, settingsOf(row.region_code)));
}

export async function listCases(
  ctx: Context,
  user: RequestUser,
  query: CaseListQuery,
): Promise<Page<CaseSummary>> {
  const filters = caseFilters(query);
  const order = sortOrder(query.sort, sortable, { column: "c.id", direction: "desc" });
  const window = pageWindow(query);
  const late =
    filters.overdue === undefined ? null : await overdueCases(ctx.db, user.regionCode, today(ctx), "c");
  const rows = await repository.listCases(ctx.db, user, filters, late, order, window);
  const isLastPage = rows.length < window.limit && (rows.length > 0 || window.offset === 0);
  const total = isLastPage
    ? window.offset + rows.length
    : await repository.countCases(ctx.db, user, filters, late);
  return toPage(await presentRows(ctx.db, rows, today(ctx)), total, query);
}

/** The case if the user may see it; the same 404 as for no such case otherwise. */
export async function visibleCase(db: Queryable, user: RequestUser, id: number): Promise<repository.CaseRow> {
  const row = await repository.findCase(db, id);
  if (!row || !mayViewCase(user, row)) throw notFound("个案不存在");
  return row;
}

export async function getCase(
  ctx: Context,
  user: RequestUser,
  id: number,
  ip: string | null,
): Promise<CaseDetail> {
  return caseDetailOf(ctx, user, await visibleCase(ctx.db, user, id), ip, true);
}

/**
 * The detail of a loaded case; without the forms for a user who has just handed the case away
 * (a rejected or accepted transfer, an assignment) and no longer sees it.
 */
export async function caseDetailOf(
  ctx: Context,
  user: RequestUser,
  row: repository.CaseRow,
  ip: string | null,
  withForms: boolean,
): Promise<CaseDetail> {
  const id = row.id;
  const on = today(ctx);
  const [summary] = await presentRows(ctx.db, [row], on);
  const state = caseStateOf(row);
  const formRows = withForms ? await repository.latestForms(ctx.db, id) : [];
  const forms: CaseDetail["forms"] = {};
  for (const form of formRows) {
    forms[form.kind] = {
      form: JSON.parse(ctx.cipher.decrypt(form.form_cipher)),
      submittedAt: form.created_at,
      submittedBy: form.created_by === null ? null : { id: form.created_by, name: form.display_name ?? "" },
    };
  }
  // The forms are case notes: reading them is audited, as a client's unmasked data is.
  if (formRows.length > 0) {
    await writeAudit(ctx.db, actorOf(user, ip), ctx.clock.now(), {
      action: "case.personalData.reveal",
      entity: "case",
      entityId: id,
      after: { caseNumber: row.case_number, forms: formRows.map((form) => form.kind) },
    });
  }
  const { settings } = await settingsFor(ctx.db, row.region_code);
  const actions = transitionsFor(state, caseActorOf(user), { today: on, settings });
  return {
    ...(summary as CaseSummary),
    client: {
      id: row.client_id,
      name: row.client_name,
      sex: row.client_sex === "female" ? "female" : "male",
      age: ageOn(row.client_birth_date, ctx.clock.now()),
      riskLevel: row.client_risk_level,
      isEmergency: row.client_is_emergency === 1,
      categories: parseJsonList(row.client_categories_json),
    },
    needId: row.need_id,
    suspendedFrom: state.suspendedFrom,
    returnReason: row.return_reason,
    endedOn: row.ended_on,
    planGoalKeys: [...state.planGoalKeys],
    availableTransitions: actions.map((action: CaseAction) => ({
      action,
      to: transitionTarget(state, action),
    })),
    forms,
  };
}

/**
 * Whether `workerId` is an active social worker of the case's street (and, when `assigner` is
 * given, inside the assigner's scope): the only people a case is given to. A worker transferring
 * a case hands it to a colleague of the street, who may lie outside the worker's own region.
 */
export async function workerProblem(
  db: Queryable,
  assigner: RequestUser | null,
  workerId: number,
  caseRegionCode: string,
): Promise<string | null> {
  const worker = await repository.findWorker(db, workerId);
  const fits =
    worker !== undefined &&
    worker.role_id === "social_worker" &&
    worker.is_active === 1 &&
    isInScope({ regionCode: streetOf(caseRegionCode) }, worker.region_code) &&
    (assigner === null || isInScope(assigner, worker.region_code));
  return fits ? null : "不是本街道在岗的社会工作者";
}

/** A 12-digit code's street (9 significant digits): where a case's workers come from. */
export function streetOf(regionCode: string): string {
  return regionCode.slice(0, 9).padEnd(12, "0");
}

/**
 * Opens a case for a client in the user's scope, inside the caller's transaction: the number
 * from the district-year's sequence, the worker (the opener when a social worker), the minor
 * flag from the client's birth date, the first event and the audit entry.
 */
export async function openCaseIn(
  trx: Queryable,
  ctx: Context,
  user: RequestUser,
  body: OpenCaseBody & { needId?: number | null },
  ip: string | null,
): Promise<number> {
  const client = await clientInScope(trx, user, body.clientId).catch(() => {
    throw invalid([{ path: "clientId", message: "服务对象：不存在或不在您的管辖范围内" }]);
  });
  let workerId: number | null = null;
  if (user.roleId === "social_worker") workerId = user.id;
  else if (body.assignedWorkerId) {
    const problem = await workerProblem(trx, user, body.assignedWorkerId, client.region_code);
    if (problem) throw invalid([{ path: "assignedWorkerId", message: `负责社工：${problem}` }]);
    workerId = body.assignedWorkerId;
  }
  const now = ctx.clock.now();
  const at = now.toISOString();
  const on = todayInChina(now);
  const districtCode = caseDistrictCode(client.region_code);
  const year = Number(on.slice(0, 4));
  const sequence = await repository.nextCaseSequence(trx, districtCode, year);
  const caseNumber = formatCaseNumber({ districtCode, year, sequence });
  const id = await repository.insertCase(trx, {
    case_number: caseNumber,
    client_id: client.id,
    need_id: body.needId ?? null,
    region_code: client.region_code,
    summary: body.summary,
    stage: "intake",
    stage_entered_on: on,
    suspended_from: null,
    plan_approval: "none",
    closing_approval: "none",
    return_reason: null,
    plan_goal_keys_json: "[]",
    service_record_count: 0,
    opened_on: on,
    ended_on: null,
    assigned_worker_id: workerId,
    pending_transfer_to: null,
    involves_minor: ageOn(client.birth_date, now) < 18 ? 1 : 0,
    is_demo: 0,
    created_at: at,
    created_by: user.id,
    updated_at: at,
    updated_by: user.id,
  });
  await repository.insertCaseEvent(trx, {
    case_id: id,
    action: "open",
    from_stage: "intake",
    to_stage: "intake",
    target_user_id: workerId,
    note_cipher: null,
    created_at: at,
    created_by: user.id,
  });
  await writeAudit(trx, actorOf(user, ip), now, {
    action: "case.create",
    entity: "case",
    entityId: id,
    after: {
      caseNumber,
      clientId: client.id,
      needId: body.needId ?? null,
      regionCode: client.region_code,
      assignedWorkerId: workerId,
    },
  });
  return id;
}

export async function openCase(
  ctx: Context,
  user: RequestUser,
  body: OpenCaseBody,
  ip: string | null,
): Promise<CaseDetail> {
  const id = await ctx.db.transaction().execute((trx) => openCaseIn(trx, ctx, user, body, ip));
  return getCase(ctx, user, id, ip);
}

export async function caseTimeline(
  ctx: Context,
  user: RequestUser,
  id: number,
  query: { page: number; pageSize: number },
) {
  await visibleCase(ctx.db, user, id);
  const [rows, total] = await Promise.all([
    repository.caseEvents(ctx.db, id, pageWindow(query)),
    repository.countCaseEvents(ctx.db, id),
  ]);
  return toPage(rows.map(presentEvent), total, query);
}

export async function caseload(
  ctx: Context,
  user: RequestUser,
  query: { regionCode?: string },
): Promise<CaseloadRow[]> {
  const regionCode = listRegionOf(user.regionCode, query.regionCode);
  if (!regionCode) return [];
  const late = await overdueCases(ctx.db, regionCode, today(ctx), "c");
  const rows = await repository.caseloadRows(ctx.db, user, regionCode, late);
  const byWorker = new Map<number | null, CaseloadRow>();
  for (const row of rows) {
    const key = row.assigned_worker_id;
    const entry = byWorker.get(key) ?? {
      worker: key === null ? null : { id: key, name: row.worker_name ?? String(key) },
      byStage: {},
      open: 0,
      overdue: 0,
    };
    entry.byStage[row.stage] = Number(row.open);
    entry.open += Number(row.open);
    entry.overdue += Number(row.overdue ?? 0);
    byWorker.set(key, entry);
  }
  return [...byWorker.values()].sort((a, b) => b.open - a.open);
}

/** The social workers a case in `regionCode` can be assigned or transferred to, in the user's scope. */
export async function caseWorkers(
  ctx: Context,
  user: RequestUser,
  query: { regionCode: string },
): Promise<CaseWorker[]> {
  const regionCode = listRegionOf(user.regionCode, streetOf(query.regionCode));
  // A worker hands over to colleagues of the case's street, which may lie outside their own region.
  const street = user.roleId === "social_worker" ? streetOf(query.regionCode) : regionCode;
  if (!street) return [];
  const rows = await repository.workersIn(ctx.db, street);
  const names = await regionNamesOf(
    ctx.db,
    rows.map((row) => row.region_code),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.display_name,
    region: { code: row.region_code, name: names.get(row.region_code) ?? row.region_code },
  }));
}
