import { monthsOf, type PeriodKind, periodKindOf } from "../analytics/periods.ts";

/**
 * The life of a periodic report (DHIS2's data approval), defined once for the server, which
 * enforces it, and the web, which offers only what it allows: a district prepares a draft and
 * submits it; the city approves it — which locks it — or returns it with a reason, and the
 * district edits and submits again.
 */
export const reportStatuses = ["draft", "submitted", "approved", "returned"] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const reportStatusLabels: Record<ReportStatus, string> = {
  draft: "草稿",
  submitted: "已提交",
  approved: "已通过",
  returned: "已退回",
};

/** The manual fields change only while the district holds the report. */
export const editableReportStatuses: readonly ReportStatus[] = ["draft", "returned"];

export function isReportEditable(status: ReportStatus): boolean {
  return editableReportStatuses.includes(status);
}

/**
 * Whether the report shows the figures taken when it was submitted (and, once approved, kept as
 * approved) rather than the live ones: a draft or a returned report is still being prepared.
 */
export function showsSnapshot(status: ReportStatus): boolean {
  return status === "submitted" || status === "approved";
}

interface ReportTransition {
  from: readonly ReportStatus[];
  to: ReportStatus;
  permission: "reports.prepare" | "reports.approve";
  audit: "periodicReport.submit" | "periodicReport.approve" | "periodicReport.return";
  /** Returning tells the district why. */
  needsReason: boolean;
  /** Why the report, in any other status, refuses it. */
  refusal: string;
}

export const reportTransitions = {
  submit: {
    from: ["draft", "returned"],
    to: "submitted",
    permission: "reports.prepare",
    audit: "periodicReport.submit",
    needsReason: false,
    refusal: "只有草稿或已退回的报表可以提交",
  },
  approve: {
    from: ["submitted"],
    to: "approved",
    permission: "reports.approve",
    audit: "periodicReport.approve",
    needsReason: false,
    refusal: "只有已提交的报表可以审核通过",
  },
  return: {
    from: ["submitted"],
    to: "returned",
    permission: "reports.approve",
    audit: "periodicReport.return",
    needsReason: true,
    refusal: "只有已提交的报表可以退回",
  },
} as const satisfies Record<string, ReportTransition>;

export type ReportTransitionName = keyof typeof reportTransitions;
export const reportTransitionNames = Object.keys(reportTransitions) as ReportTransitionName[];

/** Null when the transition applies to a report in `status`; otherwise why not. */
export function reportTransitionRefusal(name: ReportTransitionName, status: ReportStatus): string | null {
  const transition: ReportTransition = reportTransitions[name];
  return transition.from.includes(status) ? null : transition.refusal;
}

/**
 * When a report falls due: the given day of the month after its period ends — the 10th for a
 * month, the 15th for a quarter, the 31st of January for a year.
 */
export const reportDeadlineDays: Record<PeriodKind, number> = { month: 10, quarter: 15, year: 31 };

/** The last day (yyyy-mm-dd) a report of `period` counts as on time. */
export function reportDueOn(period: string): string {
  const last = monthsOf(period).at(-1) as string;
  const year = Number(last.slice(0, 4));
  const month = Number(last.slice(5, 7));
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
  return `${next}-${String(reportDeadlineDays[periodKindOf(period)]).padStart(2, "0")}`;
}

/** Whether a report first submitted on `submittedOn` (a China date) was on time. */
export function isReportOnTime(period: string, submittedOn: string): boolean {
  return submittedOn <= reportDueOn(period);
}

/** A report is written about a period that has begun: `today` is a China date (yyyy-mm-dd). */
export function hasPeriodBegun(period: string, today: string): boolean {
  return (monthsOf(period)[0] as string) <= today.slice(0, 7);
}

/** 月报, 季报, 年报. */
export const reportKindLabels: Record<PeriodKind, string> = { month: "月报", quarter: "季报", year: "年报" };
