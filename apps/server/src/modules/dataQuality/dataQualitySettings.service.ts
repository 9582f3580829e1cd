import {
  type DataQualitySettings,
  type DataQualityThresholdValues,
  dataQualityThresholdsSchema,
  defaultDataQualityThresholds,
  regionLevelOf,
} from "@xinqiao/shared";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, can, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { forbidden, notFound } from "../../platform/errors.ts";
import { findRegions } from "../../platform/regionLookup.ts";
import * as repository from "./dataQuality.repository.ts";

/**
 * The data-quality thresholds are the city's: every district is checked against the same
 * limits, so that the findings of two districts compare. They are kept in the generic settings
 * table under the city's code; a city that set none uses the catalogue's defaults.
 */
type Context = Pick<AppContext, "db" | "clock">;

export const cityOf = (regionCode: string) => regionCode.slice(0, 4).padEnd(12, "0");
const settingKey = (cityCode: string) => `dataQuality.thresholds.${cityCode}`;

/** The thresholds in force for a region (its city's), parsed against today's catalogue. */
export async function thresholdsFor(
  db: Queryable,
  regionCode: string,
): Promise<{ thresholds: DataQualityThresholdValues; own: boolean; updatedAt: string | null }> {
  const row = await repository.findSetting(db, settingKey(cityOf(regionCode)));
  if (row) {
    // A threshold added after the row was saved takes its default.
    const parsed = dataQualityThresholdsSchema.safeParse({
      ...defaultDataQualityThresholds,
      ...JSON.parse(row.value_json),
    });
    if (parsed.success) return { thresholds: parsed.data, own: true, updatedAt: row.updated_at };
  }
  return { thresholds: { ...defaultDataQualityThresholds }, own: false, updatedAt: null };
}

/** Whether the user may change the city's thresholds: the permission, over the whole city. */
function mayEdit(user: RequestUser): boolean {
  return can(user, "analytics.configure") && regionLevelOf(user.regionCode) === "city";
}

export async function readDataQualitySettings(ctx: Context, user: RequestUser): Promise<DataQualitySettings> {
  const city = cityOf(user.regionCode);
  const [region] = await findRegions(ctx.db, [city]);
  if (!region) throw notFound("区划不存在");
  const { thresholds, own, updatedAt } = await thresholdsFor(ctx.db, city);
  return {
    thresholds,
    source: own ? "own" : "default",
    region: { code: region.code, name: region.name },
    mayEdit: mayEdit(user),
    updatedAt,
  };
}

export async function updateDataQualitySettings(
  ctx: Context,
  user: RequestUser,
  thresholds: DataQualityThresholdValues,
  ip: string | null,
): Promise<DataQualitySettings> {
  // A district officer configures the district's analytics, not the limits every district shares.
  if (!mayEdit(user)) throw forbidden("数据质量阈值由市级统一设置，区县不能修改");
  const city = cityOf(user.regionCode);
  const now = ctx.clock.now();
  const before = await thresholdsFor(ctx.db, city);
  const after = Object.fromEntries(
    Object.keys(defaultDataQualityThresholds).map((key) => [key, thresholds[key as keyof typeof thresholds]]),
  );
  await ctx.db.transaction().execute(async (trx) => {
    await repository.saveSetting(trx, settingKey(city), JSON.stringify(after), now.toISOString(), user.id);
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "analyticsSettings.update",
      entity: "analyticsSettings",
      entityId: city,
      before: { dataQuality: before.thresholds },
      after: { dataQuality: after },
    });
  });
  return readDataQualitySettings(ctx, user);
}
