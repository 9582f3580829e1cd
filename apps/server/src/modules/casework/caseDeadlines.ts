import {
  activeCaseStages,
  addIsoDays,
  type CaseworkSettings,
  caseworkSettingsSchema,
  significantPrefix,
} from "@xinqiao/shared";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import { inRegionScope } from "../../platform/scope.ts";
import { defaultCaseworkSettings, settingsFor } from "./caseworkSettings.service.ts";

/**
 * 超期: a case is overdue when it has stayed in an active stage longer than its district's limit
 * for that stage. Districts may set their own limits, so over a city the condition is one branch
 * per district with its own settings and one for the rest — still plain comparisons an index on
 * (region_code, stage) serves.
 */
function overdueBy(settings: CaseworkSettings, today: string, alias: string): RawBuilder<SqlBool> {
  const stage = sql.ref(`${alias}.stage`);
  const entered = sql.ref(`${alias}.stage_entered_on`);
  const branches = activeCaseStages.map(
    (name) =>
      sql<SqlBool>`(${stage} = ${name} and ${entered} < ${addIsoDays(today, -settings.stageTimeLimitDays[name])})`,
  );
  return sql<SqlBool>`(${sql.join(branches, sql` or `)})`;
}

/**
 * Cases overdue in their stage today, within `regionCode` (the user's scope). `known` is the
 * scope's own settings when the caller has read them already.
 */
export async function overdueCases(
  db: Queryable,
  regionCode: string,
  today: string,
  alias = "cases",
  known?: Awaited<ReturnType<typeof settingsFor>>,
): Promise<RawBuilder<SqlBool>> {
  const base = known ?? (await settingsFor(db, regionCode));
  // Within a district one set of settings holds; above it (a city officer), each district that
  // has its own is judged by them.
  if (significantPrefix(regionCode).length >= 6) return overdueBy(base.settings, today, alias);
  const own = await db
    .selectFrom("casework_settings")
    .select(["region_code", "settings_json"])
    .where(inRegionScope("region_code", regionCode))
    .where("region_code", "!=", base.owner ?? "")
    .execute();
  const districts = own
    .map((row) => ({
      code: row.region_code,
      parsed: caseworkSettingsSchema.safeParse({
        ...defaultCaseworkSettings,
        ...JSON.parse(row.settings_json),
      }),
    }))
    .filter((row) => row.parsed.success && row.code.slice(6) === "000000" && row.code.slice(4, 6) !== "00");
  if (districts.length === 0) return overdueBy(base.settings, today, alias);
  const region = `${alias}.region_code`;
  const branches = districts.map(
    (district) =>
      sql<SqlBool>`(${inRegionScope(region, district.code)} and ${overdueBy(district.parsed.data as CaseworkSettings, today, alias)})`,
  );
  const elsewhere = districts.map((district) => sql<SqlBool>`not ${inRegionScope(region, district.code)}`);
  branches.push(
    sql<SqlBool>`(${sql.join(elsewhere, sql` and `)} and ${overdueBy(base.settings, today, alias)})`,
  );
  return sql<SqlBool>`(${sql.join(branches, sql` or `)})`;
}
