import { sql } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";

/**
 * The counts summed up to every street, district and city (analytics_rollups, keyed by the
 * region's significant digits): a city dashboard reads its ten districts' rows instead of summing
 * thousands of communities' rows per request. Written from the counts in the transaction that
 * replaces them — streets from the counts, each level above from the one below — so the two never
 * disagree.
 */
export const rollupLengths = [9, 6, 4] as const;

export async function rollUp(
  db: Queryable,
  source: { name: string; measures: readonly string[] },
  months: readonly string[] | null,
): Promise<void> {
  const ofMeasures = sql`measure in (${sql.join(source.measures)}) ${months ? sql`and period in (${sql.join(months)})` : sql``}`;
  await sql`delete from analytics_rollups where ${ofMeasures}`.execute(db);
  let from = sql`select measure, period, dimension, substr(region_code, 1, 9) as prefix, value from analytics_counts where ${ofMeasures}`;
  for (const [index, length] of rollupLengths.entries()) {
    if (index > 0) {
      const below = rollupLengths[index - 1] as number;
      from = sql`select measure, period, dimension, substr(prefix, 1, ${sql.lit(length)}) as prefix, value from analytics_rollups where ${ofMeasures} and length(prefix) = ${sql.lit(below)}`;
    }
    await sql`
      insert into analytics_rollups (measure, period, dimension, prefix, value, source)
      select measure, period, dimension, prefix, sum(value), ${source.name}
      from (${from}) as counted
      group by measure, period, dimension, prefix
      having sum(value) <> 0`.execute(db);
  }
}
