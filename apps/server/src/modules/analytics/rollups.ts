import { type RawBuilder, sql } from "kysely";
import type { Partition } from "../../platform/analytics/measureSource.ts";
import type { Queryable } from "../../platform/db/database.ts";

/**
 * The counts summed up to every street, district and city (analytics_rollups, keyed by the
 * region's significant digits): a city dashboard reads its ten districts' rows instead of summing
 * thousands of communities' rows per request. Written from the counts in the transaction that
 * replaces them — streets from the counts, each level above from the one below — so the two never
 * disagree. Rows are those of the source's measures, whoever wrote them (a measure that moved).
 */
export const rollupLengths = [9, 6, 4] as const;

interface Measured {
  name: string;
  measures: readonly string[];
}

/** Every roll-up of the source's measures, anew. */
export async function rollUp(db: Queryable, source: Measured): Promise<void> {
  const ofMeasures = sql`measure in (${sql.join(source.measures)})`;
  await sql`delete from analytics_rollups where ${ofMeasures}`.execute(db);
  for (const [level] of rollupLengths.entries()) await insertLevel(db, source, level, ofMeasures);
}

/** The roll-ups over the partitions' streets, and their districts and cities, of those months. */
export async function rollUpPartitions(
  db: Queryable,
  source: Measured,
  partitions: readonly Partition[],
): Promise<void> {
  const streetsByMonth = new Map<string, Set<string>>();
  for (const { month, street } of partitions) {
    const streets = streetsByMonth.get(month) ?? new Set<string>();
    streets.add(street);
    streetsByMonth.set(month, streets);
  }
  for (const [month, streets] of streetsByMonth) {
    const prefixesOf = (length: number) => [
      ...new Set([...streets].map((street) => street.slice(0, length))),
    ];
    const ofMonth = sql`measure in (${sql.join(source.measures)}) and period = ${month}`;
    const every = rollupLengths.flatMap((length) => prefixesOf(length));
    await sql`delete from analytics_rollups where ${ofMonth} and prefix in (${sql.join(every)})`.execute(db);
    for (const [level, length] of rollupLengths.entries()) {
      const column = level === 0 ? sql.ref("region_code") : sql.ref("prefix");
      const prefixes = prefixesOf(length);
      await insertLevel(
        db,
        source,
        level,
        sql`${ofMonth} and substr(${column}, 1, ${sql.lit(length)}) in (${sql.join(prefixes)})`,
      );
    }
  }
}

/** One level's roll-ups of the rows `where` selects: streets from the counts, the rest from below. */
async function insertLevel(db: Queryable, source: Measured, level: number, where: RawBuilder<unknown>) {
  const length = rollupLengths[level] as number;
  const from =
    level === 0
      ? sql`select measure, period, dimension, substr(region_code, 1, ${sql.lit(length)}) as prefix, value
            from analytics_counts where ${where}`
      : sql`select measure, period, dimension, substr(prefix, 1, ${sql.lit(length)}) as prefix, value
            from analytics_rollups where ${where} and length(prefix) = ${sql.lit(rollupLengths[level - 1] as number)}`;
  await sql`
    insert into analytics_rollups (measure, period, dimension, prefix, value, source)
    select measure, period, dimension, prefix, sum(value), ${source.name}
    from (${from}) as counted
    group by measure, period, dimension, prefix
    having sum(value) <> 0`.execute(db);
}
