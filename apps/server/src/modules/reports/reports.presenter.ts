import { isReportOnTime, type PeriodicReport, type ReportEvent } from "@xinqiao/shared";
import type { Selectable } from "kysely";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import { abilitiesOf } from "./reports.policy.ts";
import type { ReportRow } from "./reports.repository.ts";
import type { PeriodicReportEventTable } from "./reports.tables.ts";

export function presentReport(user: RequestUser, row: ReportRow): PeriodicReport {
  return {
    id: row.id,
    region: { code: row.region_code, name: row.region_name },
    period: row.period,
    periodKind: row.period_kind,
    status: row.status,
    dueOn: row.due_on,
    firstSubmittedAt: row.first_submitted_at,
    submittedAt: row.submitted_at,
    decidedAt: row.decided_at,
    isOnTime: row.first_submitted_at
      ? isReportOnTime(row.period, todayInChina(new Date(row.first_submitted_at)))
      : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    abilities: abilitiesOf(user, {
      regionCode: row.region_code,
      status: row.status,
      submittedBy: row.submitted_by,
    }),
  };
}

export function presentEvent(row: Selectable<PeriodicReportEventTable>): ReportEvent {
  return {
    id: row.id,
    action: row.action,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    reason: row.reason,
    by: row.actor_name,
    at: row.at,
  };
}

/** What the audit log keeps of a report's own fields. */
export function auditedReport(
  row: Pick<ReportRow, "region_code" | "period" | "status" | "narrative" | "highlights" | "problems">,
) {
  return {
    regionCode: row.region_code,
    period: row.period,
    status: row.status,
    narrative: row.narrative,
    highlights: row.highlights,
    problems: row.problems,
  };
}
