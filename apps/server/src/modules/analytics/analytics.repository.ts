import { isWithinRegion, regionPathCodes } from "@xinqiao/shared";
import type { ExpressionBuilder } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import type { Database } from "../../platform/db/tables.ts";
import { regionNamesOf } from "../../platform/regionLookup.ts";

/**
 * Reads of the maintained aggregates — never of the records. A city, district or street is read
 * from its roll-up rows (keyed by its significant digits), a community from its own counts: a
 * dashboard reads a few rows per unit whatever the number of communities below it.
 */
export interface CountsQuery {
  /** Significant prefixes (regionCode.ts): 4, 6 or 9 digits, or a community's 12. */
  prefixes: readonly string[];
  measures: readonly string[];
  periods: readonly string[];
  /** The breakdowns (`qualification=…`) instead of the totals. */
  breakdowns: boolean;
}

export interface CountOfPrefix {
  prefix: string;
  measure: string;
  period: string;
  dimension: string;
  value: number;
}

export async function countsOf(db: Queryable, query: CountsQuery): Promise<CountOfPrefix[]> {
  if (query.prefixes.length === 0 || query.measures.length === 0 || query.periods.length === 0) return [];
  const communities = query.prefixes.filter((prefix) => prefix.length === 12);
  const rolledUp = query.prefixes.filter((prefix) => prefix.length < 12);
  const dimension = (eb: ExpressionBuilder<Database, "analytics_rollups" | "analytics_counts">) =>
    query.breakdowns ? eb("dimension", "<>", "") : eb("dimension", "=", "");
  const [ofRollups, ofCommunities] = await Promise.all([
    rolledUp.length === 0
      ? []
      : db
          .selectFrom("analytics_rollups")
          .select(["prefix", "measure", "period", "dimension"])
          .select((eb) => eb.fn.sum<number>("value").as("value"))
          .where("measure", "in", [...query.measures])
          .where("period", "in", [...query.periods])
          .where(dimension)
          .where("prefix", "in", rolledUp)
          .groupBy(["prefix", "measure", "period", "dimension"])
          .execute(),
    communities.length === 0
      ? []
      : db
          .selectFrom("analytics_counts")
          .select(["region_code as prefix", "measure", "period", "dimension"])
          .select((eb) => eb.fn.sum<number>("value").as("value"))
          .where("measure", "in", [...query.measures])
          .where("period", "in", [...query.periods])
          .where(dimension)
          .where("region_code", "in", communities)
          .groupBy(["region_code", "measure", "period", "dimension"])
          .execute(),
  ]);
  return [...ofRollups, ...ofCommunities].map((row) => ({ ...row, value: Number(row.value) }));
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
