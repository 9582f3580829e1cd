import type { Insertable, Updateable } from "kysely";
import { sql } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import type { SortOrder } from "../../platform/pagination.ts";
import { matchesNameOrPinyin } from "../../platform/pinyin.ts";
import { inRegionScope } from "../../platform/scope.ts";
import type { PeriodicReportEventTable, PeriodicReportTable } from "./reports.tables.ts";

/** Kysely queries of periodic reports and their timeline; nothing else. */
export type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

export interface ReportFilters {
  /** The one region range (already intersected with the user's scope). */
  regionCode: string;
  /** The district's name, its pinyin or initials. */
  q?: string;
  periodKind?: string;
  status?: string;
  period?: string;
}

function filtered(db: Queryable, filters: ReportFilters) {
  let q = db
    .selectFrom("periodic_reports as p")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .where(inRegionScope("p.region_code", filters.regionCode));
  if (filters.periodKind)
    q = q.where("p.period_kind", "=", filters.periodKind as PeriodicReportTable["period_kind"]);
  if (filters.status) q = q.where("p.status", "=", filters.status as PeriodicReportTable["status"]);
  if (filters.period) q = q.where("p.period", "=", filters.period);
  if (filters.q)
    q = q.where(
      matchesNameOrPinyin(filters.q, { name: "r.name", pinyin: "r.pinyin", initials: "r.pinyin_initials" }),
    );
  return q;
}

const reportColumns = (db: Queryable) =>
  db
    .selectFrom("periodic_reports as p")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .selectAll("p")
    .select("r.name as region_name");

export function listReports(
  db: Queryable,
  filters: ReportFilters,
  order: SortOrder,
  window: { limit: number; offset: number },
) {
  const ids = filtered(db, filters)
    .select("p.id")
    .orderBy(sql.ref(order.column), order.direction)
    .orderBy("p.id", "desc")
    .limit(window.limit)
    .offset(window.offset);
  return reportColumns(db)
    .where("p.id", "in", ids)
    .orderBy(sql.ref(order.column), order.direction)
    .orderBy("p.id", "desc")
    .execute();
}

export async function countReports(db: Queryable, filters: ReportFilters): Promise<number> {
  const row = await filtered(db, filters)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findReport(db: Queryable, id: number) {
  return reportColumns(db).where("p.id", "=", id).executeTakeFirst();
}

export function findReportOf(db: Queryable, regionCode: string, period: string) {
  return db
    .selectFrom("periodic_reports")
    .select("id")
    .where("region_code", "=", regionCode)
    .where("period", "=", period)
    .executeTakeFirst();
}

export async function insertReport(db: Queryable, row: Insertable<PeriodicReportTable>): Promise<number> {
  const { id } = await db
    .insertInto("periodic_reports")
    .values(row)
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * Changes the report when it is still in one of `fromStatuses`: false when a concurrent change
 * moved it on first (two officers deciding at once), so the loser is refused, not applied twice.
 */
export async function updateReportIn(
  db: Queryable,
  id: number,
  fromStatuses: readonly PeriodicReportTable["status"][],
  changes: Updateable<PeriodicReportTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("periodic_reports")
    .set(changes)
    .where("id", "=", id)
    .where("status", "in", [...fromStatuses])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertEvent(db: Queryable, event: Insertable<PeriodicReportEventTable>): Promise<void> {
  await db.insertInto("periodic_report_events").values(event).execute();
}

export function eventsOf(db: Queryable, reportId: number) {
  return db
    .selectFrom("periodic_report_events")
    .selectAll()
    .where("report_id", "=", reportId)
    .orderBy("id")
    .execute();
}

/** The monthly reports the reporting measures count, every district's. */
export function monthlyReports(db: Queryable) {
  return db
    .selectFrom("periodic_reports")
    .select(["region_code", "period", "status", "first_submitted_at"])
    .where("period_kind", "=", "month")
    .execute();
}

export async function districtCodes(db: Queryable): Promise<string[]> {
  const rows = await db.selectFrom("regions").select("code").where("level", "=", "district").execute();
  return rows.map((row) => row.code);
}

/** The audit log's names of reports: district and period. */
export function reportSubjects(db: Queryable, ids: readonly number[]) {
  return db
    .selectFrom("periodic_reports as p")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .select(["p.id", "p.period", "p.region_code", "r.name as region_name"])
    .where("p.id", "in", ids.length > 0 ? [...ids] : [0])
    .execute();
}
