import type { AuditEntity } from "@xinqiao/shared";
import type { Expression } from "kysely";
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
  /** The entries of those entities that cannot change its counts (a volunteer's hours, for a count of volunteers). */
  unaffectedBy?: (change: AuditTrace) => boolean;
  /**
   * Every count of the source, from the records as they are, handed to `emit` in pieces: a large
   * table is counted a range at a time (a street's records, a range of ids) so that neither the
   * server's memory nor its event loop holds the whole of it. Pieces may repeat a key: their
   * values are summed. `today` is yyyy-mm-dd in China.
   */
  recount(db: Queryable, today: string, emit: EmitCounts): Promise<void>;
  /**
   * For a source of monthly flows only (every row's period a month): how to recount only the
   * streets' months a change touched. A record written today moves one community's month;
   * recounting every month of ten million records for it would hold the server for a minute.
   */
  byPartition?: PartitionedRecount;
}

/** Where a recount hands its counts: rows made in the server, or a query's rows. */
export interface EmitCounts {
  (rows: readonly CountRow[]): Promise<void>;
  /**
   * Stages the rows of a query (columns measure, period, dimension, region_code, value) inside
   * the database: a count of millions of records passes no row through the server.
   */
  query(rows: Expression<QueriedCount>): Promise<void>;
}

export interface QueriedCount {
  measure: string;
  period: string;
  dimension: string;
  region_code: string;
  value: number | string | bigint;
}

/** An audit entry as a source reads it to tell which months a change touched. */
export interface AuditTrace {
  action: string;
  entity: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * A street's counts of one month: the unit a change is recounted in. `street` is the first nine
 * digits of the records' region codes (a community's street; a district's own records carry 000).
 */
export interface Partition {
  month: string;
  street: string;
}

export interface PartitionedRecount {
  /**
   * The partitions whose counts the changes may have moved — before and after a change of date
   * both — or null when the source cannot tell (the whole source is then recounted).
   */
  touched(db: Queryable, changes: readonly AuditTrace[]): Promise<Partition[] | null>;
  /** Every count of the partitions (their month, region codes in their street), and no other. */
  recountPartitions(
    db: Queryable,
    today: string,
    partitions: readonly Partition[],
    emit: EmitCounts,
  ): Promise<void>;
}

export const streetOf = (regionCode: string): string => regionCode.slice(0, 9);

/** The region codes of a street's partition, as bounds of a range on a region_code column. */
export const streetRange = (street: string): { low: string; high: string } => ({
  low: `${street}000`,
  high: `${street}999`,
});

/** The partitions of (month, region code) pairs, each once. */
export function partitionsOf(pairs: Iterable<{ month: string; regionCode: string }>): Partition[] {
  const keys = new Map<string, Partition>();
  for (const { month, regionCode } of pairs) {
    const partition = { month, street: streetOf(regionCode) };
    keys.set(partitionKey(partition), partition);
  }
  return [...keys.values()];
}

export const partitionKey = (partition: Partition): string => `${partition.month}|${partition.street}`;

/** The period of a flow dated `isoDate` (yyyy-mm-dd…). */
export const monthOf = (isoDate: string): string => isoDate.slice(0, 7);

/** The dates a month's records carry, as bounds of a range on a yyyy-mm-dd column. */
export const datesOfMonth = (month: string): { first: string; last: string } => ({
  first: `${month}-01`,
  last: `${month}-31`,
});

/** The `serviceDate`-like fields of the traces' before and after, as months. */
export function monthsNamedIn(changes: readonly AuditTrace[], field: string): Set<string> {
  const months = new Set<string>();
  for (const change of changes) {
    for (const fields of [change.before, change.after]) {
      const value = fields?.[field];
      if (typeof value === "string" && /^\d{4}-\d{2}/.test(value)) months.add(monthOf(value));
    }
  }
  return months;
}

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
