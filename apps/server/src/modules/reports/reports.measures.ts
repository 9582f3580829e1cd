import { isReportOnTime, previousPeriod, type ReportStatus, reportDueOn } from "@xinqiao/shared";
import type { CountRow, MeasureSource } from "../../platform/analytics/measureSource.ts";
import { todayInChina } from "../../platform/clock.ts";
import * as repository from "./reports.repository.ts";

/**
 * Completeness and timeliness of the districts' monthly reports (reports.analytics.ts), per
 * district and month. Reporting is expected from the month the city's first submission was
 * made for (the month before it was made, or the report's own month if later) on; a month is due once its deadline has passed (the 10th of the next month), or
 * earlier if its report is already in. A report counts as submitted while it is submitted or
 * approved (a returned one is back with the district), and as on time when it was first
 * submitted by the deadline.
 */
export interface MonthlyReportState {
  regionCode: string;
  period: string;
  status: ReportStatus;
  firstSubmittedAt: string | null;
}

export function reportingCounts(
  districts: readonly string[],
  reports: readonly MonthlyReportState[],
  today: string,
): CountRow[] {
  const submitted = reports.filter((report) => report.firstSubmittedAt !== null);
  const firstPeriod = submitted.map((report) => report.period).sort()[0];
  const firstSubmittedOn = submitted
    .map((report) => todayInChina(new Date(report.firstSubmittedAt ?? "")))
    .sort()[0];
  if (firstPeriod === undefined || firstSubmittedOn === undefined) return [];
  // Reporting begins with the month whose report the first submission could be on time for: a
  // district backfilling an old period must not make every district due for every month since.
  const reportableBefore = previousPeriod(firstSubmittedOn.slice(0, 7));
  // Month keys compare as text (yyyy-mm): the later of the two.
  const first = [firstPeriod, reportableBefore].sort().at(-1) as string;
  const byKey = new Map(reports.map((report) => [`${report.regionCode}|${report.period}`, report]));
  const rows: CountRow[] = [];
  const count = (measure: string, regionCode: string, period: string) =>
    rows.push({ measure, regionCode, period, dimension: "", value: 1 });
  for (let month = first; month <= today.slice(0, 7); month = nextMonth(month)) {
    const isPastDeadline = today > reportDueOn(month);
    for (const district of districts) {
      const report = byKey.get(`${district}|${month}`);
      const isIn = report?.status === "submitted" || report?.status === "approved";
      if (!isPastDeadline && !isIn) continue;
      count("reportsDue", district, month);
      if (!isIn || !report?.firstSubmittedAt) continue;
      count("reportsSubmitted", district, month);
      if (isReportOnTime(month, todayInChina(new Date(report.firstSubmittedAt))))
        count("reportsOnTime", district, month);
    }
  }
  return rows;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, "0")}`;
}

export const reportMeasures: MeasureSource = {
  name: "reports",
  measures: ["reportsDue", "reportsSubmitted", "reportsOnTime"],
  auditEntities: ["periodicReport"],
  async recount(db, today, emit) {
    const [districts, reports] = await Promise.all([
      repository.districtCodes(db),
      repository.monthlyReports(db),
    ]);
    await emit(
      reportingCounts(
        districts,
        reports.map((report) => ({
          regionCode: report.region_code,
          period: report.period,
          status: report.status,
          firstSubmittedAt: report.first_submitted_at,
        })),
        today,
      ),
    );
  },
};
