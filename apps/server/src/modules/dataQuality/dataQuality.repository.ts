import { sql } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import { inRegionScope } from "../../platform/scope.ts";

/**
 * The reads the data-quality rules make: each asks the registry for the few records that break
 * a rule (the database filters), never for every record to judge here.
 */
const blank = (column: string) => sql<boolean>`(${sql.ref(column)} is null or trim(${sql.ref(column)}) = '')`;

/** Active, not revoked platforms whose floor area lies outside [min, max]. */
export function platformsWithFloorAreaOutside(db: Queryable, regionCode: string, min: number, max: number) {
  return db
    .selectFrom("platforms")
    .select(["id", "name", "region_code", "floor_area"])
    .where("is_active", "=", 1)
    .where("status", "<>", "revoked")
    .where("floor_area", "is not", null)
    .where((eb) => eb.or([eb("floor_area", "<", min), eb("floor_area", ">", max)]))
    .where(inRegionScope("region_code", regionCode))
    .orderBy(["region_code", "id"])
    .execute();
}

/**
 * Active workers who have not left, born after `bornAfter` (too young) or on or before
 * `bornOnOrBefore` (too old). Birth dates are ISO strings, so the comparison is the calendar's.
 */
export function workersBornOutside(
  db: Queryable,
  regionCode: string,
  bornAfter: string,
  bornOnOrBefore: string,
) {
  return db
    .selectFrom("social_workers")
    .select(["id", "name", "region_code", "birth_date"])
    .where("is_active", "=", 1)
    .where("employment_status", "<>", "left")
    .where((eb) => eb.or([eb("birth_date", ">", bornAfter), eb("birth_date", "<=", bornOnOrBefore)]))
    .where(inRegionScope("region_code", regionCode))
    .orderBy(["region_code", "id"])
    .execute();
}

export const residentsActions = ["region.residents.update", "region.residents.import"] as const;

/**
 * The latest residents change of each community in the region, from the audit log (each entry
 * keeps the figure before and after). An entry that kept the figure (the same file imported
 * again, a demo figure confirmed) is no change: it must not hide the drop before it, so the
 * entries are read newest first and each community's first real change kept.
 */
export async function latestResidentsChanges(db: Queryable, regionCode: string) {
  const entries = await db
    .selectFrom("audit_log as a")
    .innerJoin("regions as r", "r.code", "a.entity_id")
    .select(["a.entity_id as code", "r.name", "a.before_json", "a.after_json", "a.at"])
    .where("a.entity", "=", "region")
    .where("a.action", "in", [...residentsActions])
    .where("a.result", "=", "success")
    .where(inRegionScope("a.entity_id", regionCode))
    .orderBy("a.id", "desc")
    .execute();
  const latest = new Map<string, (typeof entries)[number]>();
  for (const entry of entries) {
    if (entry.code === null || latest.has(entry.code)) continue;
    if (residentsOf(entry.before_json) !== residentsOf(entry.after_json)) latest.set(entry.code, entry);
  }
  return [...latest.values()].sort((a, b) => String(a.code).localeCompare(String(b.code)));
}

function residentsOf(json: string | null): unknown {
  return json ? (JSON.parse(json) as { residents?: unknown }).residents : undefined;
}

/** Operating platforms (active) without an address or a floor area. */
export function operatingPlatformsMissingFields(db: Queryable, regionCode: string) {
  return db
    .selectFrom("platforms")
    .select(["id", "name", "region_code", "address", "floor_area"])
    .where("is_active", "=", 1)
    .where("status", "=", "operating")
    .where((eb) => eb.or([blank("address"), eb("floor_area", "is", null)]))
    .where(inRegionScope("region_code", regionCode))
    .orderBy(["region_code", "id"])
    .execute();
}

/** Active workers who have not left and have no phone. */
export function workersWithoutPhone(db: Queryable, regionCode: string) {
  return db
    .selectFrom("social_workers")
    .select(["id", "name", "region_code"])
    .where("is_active", "=", 1)
    .where("employment_status", "<>", "left")
    .where("phone_cipher", "is", null)
    .where(inRegionScope("region_code", regionCode))
    .orderBy(["region_code", "id"])
    .execute();
}

/** Active, not deregistered organizations without a legal representative. */
export function organizationsWithoutRepresentative(db: Queryable, regionCode: string) {
  return db
    .selectFrom("social_organizations")
    .select(["id", "name", "region_code"])
    .where("is_active", "=", 1)
    .where("status", "<>", "deregistered")
    .where(blank("legal_representative"))
    .where(inRegionScope("region_code", regionCode))
    .orderBy(["region_code", "id"])
    .execute();
}

/** Active operating stations (street level) in the region. */
export function operatingStations(db: Queryable, regionCode: string) {
  return db
    .selectFrom("platforms")
    .select(["id", "name", "region_code", "opened_on"])
    .where("is_active", "=", 1)
    .where("kind", "=", "station")
    .where("status", "=", "operating")
    .where(inRegionScope("region_code", regionCode))
    .orderBy(["region_code", "id"])
    .execute();
}

/** The communities of the streets (each street's code is a record region too). */
export function communitiesOf(db: Queryable, streetCodes: readonly string[]) {
  if (streetCodes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("regions")
    .select(["code", "parent_code"])
    .where("parent_code", "in", [...streetCodes])
    .execute();
}

/**
 * Whether a service record (not voided) dated on or after `since` exists in one of the region
 * codes: one seek per code on the (region_code, service_date) index, stopping at the first.
 */
export async function hasServiceSince(
  db: Queryable,
  regionCodes: readonly string[],
  since: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("service_records")
    .select("id")
    .where("region_code", "in", [...regionCodes])
    .where("service_date", ">=", since)
    .where("voided_at", "is", null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The last service date (not voided) in the region codes; null when none was recorded. */
export async function lastServiceDate(db: Queryable, regionCodes: readonly string[]): Promise<string | null> {
  const row = await db
    .selectFrom("service_records")
    .select((eb) => eb.fn.max("service_date").as("last"))
    .where("region_code", "in", [...regionCodes])
    .where("voided_at", "is", null)
    .executeTakeFirst();
  return row?.last ?? null;
}

// ---------------------------------------------------------------- settings

export async function findSetting(db: Queryable, key: string) {
  return db
    .selectFrom("settings")
    .select(["value_json", "updated_at"])
    .where("key", "=", key)
    .executeTakeFirst();
}

export async function saveSetting(db: Queryable, key: string, json: string, at: string, userId: number) {
  const updated = await db
    .updateTable("settings")
    .set({ value_json: json, updated_at: at, updated_by: userId })
    .where("key", "=", key)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    await db
      .insertInto("settings")
      .values({ key, value_json: json, updated_at: at, updated_by: userId })
      .execute();
  }
}
