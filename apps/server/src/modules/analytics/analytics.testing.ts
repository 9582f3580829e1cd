import { measureCatalogue } from "@xinqiao/shared";
import type { Insertable } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import type { AnalyticsCountTable } from "./analytics.tables.ts";
import { rollUp } from "./rollups.ts";

/**
 * An aggregate row written by a test (source "test"): the dashboard reads nothing else, so its
 * figures can be set and computed by hand.
 */
export function countRow(
  measure: string,
  regionCode: string,
  period: string,
  value: number,
  dimension = "",
): Insertable<AnalyticsCountTable> {
  return { measure, region_code: regionCode, period, dimension, value, source: "test" };
}

/** Writes a test's counts and their roll-ups, as a recount would. */
export async function writeCounts(db: Queryable, rows: Insertable<AnalyticsCountTable>[]): Promise<void> {
  await db.insertInto("analytics_counts").values(rows).execute();
  await rollUpTestCounts(db);
}

/** After a test changed its counts in place: their roll-ups again. */
export const rollUpTestCounts = (db: Queryable) =>
  rollUp(db, { name: "test", measures: measureCatalogue.map((measure) => measure.code) });
