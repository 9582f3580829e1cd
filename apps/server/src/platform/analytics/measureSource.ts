import type { AuditEntity } from "@xinqiao/shared";
import type { Queryable } from "../db/database.ts";

/**
 * One count of the aggregates: a measure of the shared catalogue, where (a 12-digit region code:
 * the records' own), when (`now` for a stock, `yyyy-mm` for a flow), and which part of it (`''`
 * the total, `qualification=intermediate` one value of a breakdown).
 */
export interface CountRow {
  measure: string;
  regionCode: string;
  period: string;
  dimension: string;
  value: number;
}

/**
 * How a module's measures are recounted from its records (modules/analytics/aggregates.ts keeps
 * the result). Declared in the module's manifest (`measureSources`) beside its records, so the
 * module that owns a table is the one that knows how to count it.
 */
export interface MeasureSource {
  /** Unique across modules; the aggregates of a source are replaced together. */
  name: string;
  /** The catalogue's measure codes it writes (checked at start against the catalogue). */
  measures: readonly string[];
  /**
   * The audit entities whose entries mean its counts may have changed: every change to business
   * data writes one, so a new entry since the last recount marks the source stale.
   */
  auditEntities: readonly AuditEntity[];
  /**
   * Every count of the source, from the records as they are, handed to `emit` in pieces: a large
   * table is counted a range at a time (a street's records, a range of ids) so that neither the
   * server's memory nor its event loop holds the whole of it. Pieces may repeat a key: their
   * values are summed. `today` is yyyy-mm-dd in China.
   */
  recount(db: Queryable, today: string, emit: (rows: readonly CountRow[]) => Promise<void>): Promise<void>;
}

/** The period of a flow dated `isoDate` (yyyy-mm-dd…). */
export const monthOf = (isoDate: string): string => isoDate.slice(0, 7);

/** Adds `value` to the row of (measure, region, period, dimension) in `totals`. */
export function addCount(
  totals: Map<string, CountRow>,
  measure: string,
  regionCode: string,
  period: string,
  dimension: string,
  value: number,
): void {
  const key = `${measure}|${regionCode}|${period}|${dimension}`;
  const row = totals.get(key);
  if (row) row.value += value;
  else totals.set(key, { measure, regionCode, period, dimension, value });
}
