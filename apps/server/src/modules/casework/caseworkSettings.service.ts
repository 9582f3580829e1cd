import {
  type CaseworkSettings,
  type CaseworkSettingsAnswer,
  caseworkSettingsSchema,
  defaultCaseWorkflowSettings,
  significantPrefix,
} from "@xinqiao/shared";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, can, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { forbidden, invalid, notFound } from "../../platform/errors.ts";
import { regionWithinScope } from "../../platform/regionLookup.ts";

/**
 * Casework settings per district, inherited from the city, defaulting to packages/shared's: a
 * district may shorten or lengthen its stages' limits (the desk's 超期) and the reopen window.
 */
type Context = Pick<AppContext, "db" | "clock">;

export const defaultCaseworkSettings: CaseworkSettings = {
  ...defaultCaseWorkflowSettings,
  highRiskVisitDays: 30,
};

/** The settings' possible owners for a region, nearest first: its district, then its city. */
function ownersOf(regionCode: string): string[] {
  const city = regionCode.slice(0, 4).padEnd(12, "0");
  const district = regionCode.slice(0, 6).padEnd(12, "0");
  return district === city ? [city] : [district, city];
}

async function storedSettings(db: Queryable, codes: readonly string[]) {
  const rows = await db
    .selectFrom("casework_settings")
    .select(["region_code", "settings_json"])
    .where("region_code", "in", [...codes])
    .execute();
  return new Map(rows.map((row) => [row.region_code, row.settings_json]));
}

/** The settings in force for a case or a user's region, and where they come from. */
export async function settingsFor(
  db: Queryable,
  regionCode: string,
): Promise<{ settings: CaseworkSettings; owner: string | null }> {
  const owners = ownersOf(regionCode);
  const stored = await storedSettings(db, owners);
  for (const owner of owners) {
    const json = stored.get(owner);
    if (json !== undefined) {
      // Parsed against today's schema: a setting added later takes its default.
      const parsed = caseworkSettingsSchema.safeParse({ ...defaultCaseworkSettings, ...JSON.parse(json) });
      if (parsed.success) return { settings: parsed.data, owner };
    }
  }
  return { settings: defaultCaseworkSettings, owner: null };
}

/**
 * Every region's settings at once (a recount over the whole city): the stored rows read once,
 * each region resolved as `settingsFor` would.
 */
export async function settingsResolver(db: Queryable): Promise<(regionCode: string) => CaseworkSettings> {
  const rows = await db.selectFrom("casework_settings").select(["region_code", "settings_json"]).execute();
  const parsed = new Map<string, CaseworkSettings>();
  for (const row of rows) {
    const result = caseworkSettingsSchema.safeParse({
      ...defaultCaseworkSettings,
      ...JSON.parse(row.settings_json),
    });
    if (result.success) parsed.set(row.region_code, result.data);
  }
  return (regionCode) => {
    for (const owner of ownersOf(regionCode)) {
      const settings = parsed.get(owner);
      if (settings) return settings;
    }
    return defaultCaseworkSettings;
  };
}

/** Settings are kept by districts and the city only; a street's user reads its district's. */
function settingsOwnerOf(regionCode: string): string {
  return significantPrefix(regionCode).length <= 4
    ? regionCode.slice(0, 4).padEnd(12, "0")
    : regionCode.slice(0, 6).padEnd(12, "0");
}

export async function readSettings(
  ctx: Context,
  user: RequestUser,
  requested: string | undefined,
): Promise<CaseworkSettingsAnswer> {
  const code = settingsOwnerOf(requested ?? user.regionCode);
  const region = await regionWithinScope(ctx.db, user, code);
  // A street's user reads its district's settings, which lie above its scope.
  const readable =
    region ?? (code === settingsOwnerOf(user.regionCode) ? await regionOf(ctx.db, code) : null);
  if (!readable) throw notFound("区划不存在或不在您的管辖范围内");
  const { settings, owner } = await settingsFor(ctx.db, code);
  return {
    settings,
    source: owner === null ? "default" : owner === code ? "own" : "inherited",
    region: { code: readable.code, name: readable.name },
    mayEdit: can(user, "cases.configure") && region !== null,
  };
}

async function regionOf(db: Queryable, code: string) {
  return (
    (await db.selectFrom("regions").select(["code", "name"]).where("code", "=", code).executeTakeFirst()) ??
    null
  );
}

export async function updateSettings(
  ctx: Context,
  user: RequestUser,
  requested: string | undefined,
  settings: CaseworkSettings,
  ip: string | null,
): Promise<CaseworkSettingsAnswer> {
  const code = settingsOwnerOf(requested ?? user.regionCode);
  const region = await regionWithinScope(ctx.db, user, code);
  if (!region) throw notFound("区划不存在或不在您的管辖范围内");
  if (!can(user, "cases.configure")) throw forbidden();
  const { reopenWindowDays, stageTimeLimitDays } = settings;
  if (stageTimeLimitDays.intervention < stageTimeLimitDays.planning) {
    throw invalid([{ path: "stageTimeLimitDays.intervention", message: "介入时限（天）：不应短于计划时限" }]);
  }
  const now = ctx.clock.now();
  const at = now.toISOString();
  const before = await settingsFor(ctx.db, code);
  const json = JSON.stringify({
    stageTimeLimitDays,
    reopenWindowDays,
    highRiskVisitDays: settings.highRiskVisitDays,
  });
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("casework_settings")
      .set({ settings_json: json, updated_at: at, updated_by: user.id })
      .where("region_code", "=", code)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      await trx
        .insertInto("casework_settings")
        .values({ region_code: code, settings_json: json, updated_at: at, updated_by: user.id })
        .execute();
    }
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "caseworkSettings.update",
      entity: "caseworkSettings",
      entityId: code,
      before: before.settings,
      after: JSON.parse(json),
    });
  });
  return readSettings(ctx, user, code);
}
