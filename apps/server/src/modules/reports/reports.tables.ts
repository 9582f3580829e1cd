import type { PeriodKind, ReportStatus } from "@xinqiao/shared";
import type { Generated } from "kysely";

declare module "../../platform/db/tables.ts" {
  interface Database {
    periodic_reports: PeriodicReportTable;
    periodic_report_events: PeriodicReportEventTable;
  }
}

/** A district's report of one period (unique per region and period). */
export interface PeriodicReportTable {
  id: Generated<number>;
  /** The district's 12-digit code. */
  region_code: string;
  /** `2026-11`, `2026-Q4` or `2026`. */
  period: string;
  period_kind: PeriodKind;
  status: ReportStatus;
  /** The last China date it counts as on time. */
  due_on: string;
  narrative: string;
  highlights: string;
  problems: string;
  return_reason: string | null;
  /** The figures as submitted (ReportFigures as JSON); kept as approved once approved. */
  figures_json: string | null;
  first_submitted_at: string | null;
  submitted_at: string | null;
  submitted_by: number | null;
  decided_at: string | null;
  decided_by: number | null;
  created_at: string;
  created_by: number | null;
  updated_at: string;
  updated_by: number | null;
}

/** The report's status timeline: created, submitted, approved, returned (with the reason). */
export interface PeriodicReportEventTable {
  id: Generated<number>;
  report_id: number;
  action: "create" | "submit" | "approve" | "return";
  from_status: ReportStatus | null;
  to_status: ReportStatus;
  reason: string | null;
  actor_id: number | null;
  /** The actor's name as it was then. */
  actor_name: string | null;
  at: string;
}
