import type { Insertable } from "kysely";
import type { AnalyticsCountTable } from "./analytics.tables.ts";

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
