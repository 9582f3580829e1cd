import { isWithinRegion, regionPathCodes, regionRange } from "@xinqiao/shared";
import { sql } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import { regionNamesOf } from "../../platform/regionLookup.ts";

/**
 * Reads of the maintained aggregates — never of the records. A region's subtree is one range of
 * the key (measure, period, dimension, region_code); a unit (a district, a street) is a prefix of
 * the code, so per-unit sums are one GROUP BY on that prefix.
 */
const inRange = (regionCode: string) => {
  const { low, high } = regionRange(regionCode);
  return sql<boolean>`region_code between ${low} and ${high}`;
};

/** Totals (no breakdown) of the measures over the periods, per unit prefix of `unitLength` digits. */
export function totalsByUnit(
  db: Queryable,
  query: { regionCode: string; measures: readonly string[]; periods: readonly string[]; unitLength: number },
) {
  if (query.measures.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("analytics_counts")
    .select(["measure", sql<string>`substr(region_code, 1, ${sql.lit(query.unitLength)})`.as("unit")])
    .select((eb) => eb.fn.sum<number>("value").as("value"))
    .where("measure", "in", [...query.measures])
    .where("period", "in", [...query.periods])
    .where("dimension", "=", "")
    .where(inRange(query.regionCode))
    .groupBy(["measure", "unit"])
    .execute();
}

/** The breakdowns (`qualification=…`) of a measure over the periods, in the region. */
export function breakdownOf(
  db: Queryable,
  query: { regionCode: string; measure: string; periods: readonly string[] },
) {
  return db
    .selectFrom("analytics_counts")
    .select("dimension")
    .select((eb) => eb.fn.sum<number>("value").as("value"))
    .where("measure", "=", query.measure)
    .where("period", "in", [...query.periods])
    .where("dimension", "<>", "")
    .where(inRange(query.regionCode))
    .groupBy("dimension")
    .execute();
}

/** Monthly totals of the measures over the months, in the region. */
export function monthlyTotals(
  db: Queryable,
  query: { regionCode: string; measures: readonly string[]; months: readonly string[] },
) {
  if (query.measures.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("analytics_counts")
    .select(["measure", "period"])
    .select((eb) => eb.fn.sum<number>("value").as("value"))
    .where("measure", "in", [...query.measures])
    .where("period", "in", [...query.months])
    .where("dimension", "=", "")
    .where(inRange(query.regionCode))
    .groupBy(["measure", "period"])
    .execute();
}

/** The region's children, each with whether it has children of its own. */
export function childRegions(db: Queryable, parentCode: string) {
  return db
    .selectFrom("regions as r")
    .select(["r.code", "r.name", "r.level"])
    .select((eb) =>
      eb
        .exists(eb.selectFrom("regions as c").select("c.code").whereRef("c.parent_code", "=", "r.code"))
        .as("has_children"),
    )
    .where("r.parent_code", "=", parentCode)
    .orderBy("r.code")
    .execute();
}

/**
 * The regions from the scope's root down to the region (the breadcrumb), named through the
 * platform's cache of region names: no query once the names have been seen.
 */
export async function regionPath(db: Queryable, regionCode: string, scopeCode: string) {
  const city = `${regionCode.slice(0, 4)}00000000`;
  const codes = [...new Set([city, ...regionPathCodes(regionCode), regionCode])].filter((code) =>
    isWithinRegion(code, scopeCode),
  );
  const names = await regionNamesOf(db, codes);
  return codes.flatMap((code) => {
    const name = names.get(code);
    return name === undefined ? [] : [{ code, name }];
  });
}
