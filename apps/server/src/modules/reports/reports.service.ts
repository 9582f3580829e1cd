import {
  type CreatePeriodicReportBody,
  hasPeriodBegun,
  isReportEditable,
  lastDayOf,
  type Page,
  type PeriodicReport,
  type PeriodicReportDetail,
  type PeriodicReportListQuery,
  periodKindOf,
  periodLabel,
  type ReportTransitionName,
  reportDueOn,
  reportKindLabels,
  reportTransitionRefusal,
  reportTransitions,
  showsSnapshot,
  type UpdatePeriodicReportBody,
} from "@xinqiao/shared";
import { changedFields, writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import { isUniqueViolation } from "../../platform/db/constraintErrors.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { conflict, invalid } from "../../platform/errors.ts";
import { pageWindow, sortOrder, toPage } from "../../platform/pagination.ts";
import { regionWithinScope } from "../../platform/regionLookup.ts";
import { listRegionOf, scopedLoader } from "../../platform/scope.ts";
import { changedIndicators, liveFigures, parseFigures } from "./reports.figures.ts";
import { isOwnSubmission } from "./reports.policy.ts";
import { auditedReport, presentEvent, presentReport } from "./reports.presenter.ts";
import * as repository from "./reports.repository.ts";

/**
 * Use cases of periodic reports: list, read (with live figures while the district prepares it,
 * the submitted snapshot and what changed since once submitted), create, edit the manual fields,
 * and the lifecycle's steps (submit, approve, return). Each change runs in one transaction with
 * its audit entry and its timeline event.
 */
type Context = Pick<AppContext, "db" | "clock">;

const sortable = {
  period: "p.period",
  dueOn: "p.due_on",
  submittedAt: "p.submitted_at",
  updatedAt: "p.updated_at",
};

export async function listReports(
  ctx: Context,
  user: RequestUser,
  query: PeriodicReportListQuery,
): Promise<Page<PeriodicReport>> {
  const regionCode = listRegionOf(user.regionCode, query.regionCode);
  if (!regionCode) return toPage([], 0, query);
  const filters: repository.ReportFilters = {
    regionCode,
    q: query.q?.trim() || undefined,
    periodKind: query.periodKind,
    status: query.status,
    period: query.period,
  };
  const order = sortOrder(query.sort, sortable, { column: "p.period", direction: "desc" });
  const window = pageWindow(query);
  const rows = await repository.listReports(ctx.db, filters, order, window);
  const isLastPage = rows.length < window.limit && (rows.length > 0 || window.offset === 0);
  const total = isLastPage ? window.offset + rows.length : await repository.countReports(ctx.db, filters);
  return toPage(
    rows.map((row) => presentReport(user, row)),
    total,
    query,
  );
}

/** The report if its district lies inside the user's scope; the same 404 as a missing one otherwise. */
export const reportInScope = scopedLoader(repository.findReport, "报表");

export async function getReport(ctx: Context, user: RequestUser, id: number): Promise<PeriodicReportDetail> {
  return presentDetail(ctx, user, await reportInScope(ctx.db, user, id));
}

async function presentDetail(
  ctx: Context,
  user: RequestUser,
  row: repository.ReportRow,
): Promise<PeriodicReportDetail> {
  const [live, events] = await Promise.all([
    liveFigures(ctx, user, row.region_code, row.period),
    repository.eventsOf(ctx.db, row.id),
  ]);
  const snapshot = showsSnapshot(row.status) ? parseFigures(row.figures_json) : null;
  const figures = snapshot ?? live;
  return {
    ...presentReport(user, row),
    narrative: row.narrative,
    highlights: row.highlights,
    problems: row.problems,
    returnReason: row.status === "returned" ? row.return_reason : null,
    figures,
    figuresSource: snapshot ? "snapshot" : "live",
    changedIndicators: snapshot ? changedIndicators(snapshot, live) : [],
    events: events.map(presentEvent),
    dataQualityFindings: figures.dataQualityFindings,
  };
}

/** 海曙区 2026年11月 月报: how messages and files name a report. */
export function reportTitle(regionName: string, period: string): string {
  return `${regionName}${periodLabel(period, "zh-CN")}${reportKindLabels[periodKindOf(period)]}`;
}

export async function createReport(
  ctx: Context,
  user: RequestUser,
  body: CreatePeriodicReportBody,
  ip: string | null,
): Promise<PeriodicReportDetail> {
  const region = await regionWithinScope(ctx.db, user, body.regionCode);
  if (region?.level !== "district") {
    throw invalid([{ path: "regionCode", message: "所属区县：不存在或不在本人辖区内" }]);
  }
  const now = ctx.clock.now();
  if (!hasPeriodBegun(body.period, todayInChina(now))) {
    throw invalid([{ path: "period", message: "统计期：尚未开始，不能填报" }]);
  }
  const exists = () =>
    conflict(`${reportTitle(region.name, body.period)}已存在`, [
      { path: "period", message: `统计期：${reportTitle(region.name, body.period)}已存在` },
    ]);
  if (await repository.findReportOf(ctx.db, region.code, body.period)) throw exists();
  const at = now.toISOString();
  const row = {
    region_code: region.code,
    period: body.period,
    period_kind: periodKindOf(body.period),
    status: "draft" as const,
    due_on: reportDueOn(body.period),
    narrative: body.narrative ?? "",
    highlights: body.highlights ?? "",
    problems: body.problems ?? "",
    return_reason: null,
    figures_json: null,
    first_submitted_at: null,
    submitted_at: null,
    submitted_by: null,
    decided_at: null,
    decided_by: null,
    created_at: at,
    created_by: user.id,
    updated_at: at,
    updated_by: user.id,
  };
  let id: number;
  try {
    id = await ctx.db.transaction().execute(async (trx) => {
      const id = await repository.insertReport(trx, row);
      await addEvent(trx, user, id, { action: "create", from: null, to: "draft", reason: null, at });
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "periodicReport.create",
        entity: "periodicReport",
        entityId: id,
        before: null,
        after: auditedReport(row),
      });
      return id;
    });
  } catch (error) {
    // Two officers creating the same district's report at once: the second is told it exists.
    if (isUniqueViolation(error)) throw exists();
    throw error;
  }
  return getReport(ctx, user, id);
}

export async function updateReport(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: UpdatePeriodicReportBody,
  ip: string | null,
): Promise<PeriodicReportDetail> {
  const current = await reportInScope(ctx.db, user, id);
  if (!isReportEditable(current.status)) throw conflict(lockedMessage(current.status));
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const changes = { narrative: body.narrative, highlights: body.highlights, problems: body.problems };
    const updated = await repository.updateReportIn(trx, id, ["draft", "returned"], {
      ...changes,
      updated_at: now.toISOString(),
      updated_by: user.id,
    });
    // Submitted meanwhile (by a colleague): the fields are no longer the district's to change.
    if (!updated) throw conflict("报表已提交，不能修改");
    const diff = changedFields(auditedReport(current), auditedReport({ ...current, ...changes }));
    if (Object.keys(diff.after).length > 0) {
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "periodicReport.update",
        entity: "periodicReport",
        entityId: id,
        ...diff,
      });
    }
  });
  return getReport(ctx, user, id);
}

function lockedMessage(status: string): string {
  return status === "approved" ? "报表已审核通过并锁定，不能修改" : "报表已提交，等待审核，不能修改";
}

/**
 * One step of the lifecycle. Submitting snapshots the figures (they stay as submitted, and as
 * approved once approved); returning needs a reason, which the district sees until it submits
 * again.
 */
export async function changeReportStatus(
  ctx: Context,
  user: RequestUser,
  id: number,
  name: ReportTransitionName,
  reason: string | null,
  ip: string | null,
): Promise<PeriodicReportDetail> {
  const current = await reportInScope(ctx.db, user, id);
  const transition = reportTransitions[name];
  const refusal = reportTransitionRefusal(name, current.status);
  if (refusal) throw conflict(refusal);
  if (name !== "submit" && isOwnSubmission(user, { submittedBy: current.submitted_by }))
    throw conflict("不能审核本人提交的报表，请由另一位有审核权限的人员审核");
  const now = ctx.clock.now();
  // Submitted figures are snapshotted and, once approved, locked: a period still running would
  // lock days of it. From its last day on, the district may submit.
  const lastDay = lastDayOf(current.period);
  if (name === "submit" && todayInChina(now) < lastDay) {
    throw conflict(`统计期尚未结束，${lastDay} 起方可提交`);
  }
  const at = now.toISOString();
  const changes =
    name === "submit"
      ? {
          figures_json: JSON.stringify(await liveFigures(ctx, user, current.region_code, current.period)),
          first_submitted_at: current.first_submitted_at ?? at,
          submitted_at: at,
          submitted_by: user.id,
          return_reason: null,
        }
      : name === "return"
        ? { return_reason: reason, decided_at: at, decided_by: user.id }
        : { decided_at: at, decided_by: user.id };
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await repository.updateReportIn(trx, id, transition.from, {
      ...changes,
      status: transition.to,
      updated_at: at,
      updated_by: user.id,
    });
    if (!moved) throw conflict(transition.refusal);
    await addEvent(trx, user, id, { action: name, from: current.status, to: transition.to, reason, at });
    await writeAudit(trx, actorOf(user, ip), now, {
      action: transition.audit,
      entity: "periodicReport",
      entityId: id,
      before: { status: current.status },
      after: { status: transition.to, ...(reason ? { reason } : {}) },
    });
  });
  return getReport(ctx, user, id);
}

async function addEvent(
  db: Queryable,
  user: RequestUser,
  reportId: number,
  event: {
    action: "create" | ReportTransitionName;
    from: repository.ReportRow["status"] | null;
    to: repository.ReportRow["status"];
    reason: string | null;
    at: string;
  },
): Promise<void> {
  await repository.insertEvent(db, {
    report_id: reportId,
    action: event.action,
    from_status: event.from,
    to_status: event.to,
    reason: event.reason,
    actor_id: user.id,
    actor_name: user.displayName,
    at: event.at,
  });
}
