import type { RegionLevel } from "@xinqiao/shared";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import { reusableInsert, reusableQuery } from "../../platform/db/reusableQuery.ts";
import { like, likeContains, type SortOrder } from "../../platform/pagination.ts";
import { matchesNameOrPinyin, nextPrefix } from "../../platform/pinyin.ts";
import {
  inRegionScope,
  inRegionScopeAfter,
  inRegionScopeForSearch,
  type RegionKeyset,
} from "../../platform/scope.ts";
import type { VolunteerTable } from "./volunteers.tables.ts";

/**
 * Kysely queries of the volunteers registry, nothing else. The list is the hot path (the issue's
 * benchmark runs it on 200,000 volunteers): every filter is a range an index serves (region
 * code, pinyin/initials prefix, team membership by primary key), cumulative hours are a column
 * maintained with the ledger, and the page's team names come in one extra query.
 */
export type NewVolunteer = Omit<VolunteerTable, "id">;

/** Filters after the service has resolved scope, search kind and star thresholds. */
export interface VolunteerFilters {
  /** The one region range to apply (already intersected with the user's scope). */
  regionCode: string;
  /** Name / full pinyin / initials search. */
  q?: string;
  /** Exact lookup by the ID number's keyed hash (the search box holds an ID number). */
  idNumberIndex?: string;
  /** Prefix of a volunteer number (the search box holds "NB…"). */
  volunteerNumberPrefix?: string;
  teamId?: number;
  skill?: string;
  availability?: string;
  /** Cumulative hours in [min, max). */
  hours?: { min: number | null; max: number | null };
  isActive?: boolean;
  /** Only these records (an export of the rows chosen in the list). */
  ids?: number[];
}

const listColumns = [
  "v.id",
  "v.name",
  "v.id_number_masked",
  "v.id_type",
  "v.sex",
  "v.birth_date",
  "v.phone_masked",
  "v.volunteer_number",
  "v.skills_json",
  "v.availability_json",
  "v.region_code",
  "v.registered_on",
  "v.total_hours",
  "v.is_active",
  "v.is_demo",
  "v.created_at",
  "v.updated_at",
] as const;

export type VolunteerListRow = Awaited<ReturnType<typeof listVolunteers>>[number];
export type VolunteerRow = NonNullable<Awaited<ReturnType<typeof findVolunteer>>>;

function prefixRange(column: string, prefix: string): RawBuilder<SqlBool> {
  const upper = nextPrefix(prefix.toLowerCase());
  // Volunteer numbers are upper-case ("NB…"); compare on the original case.
  const low = prefix.toUpperCase();
  return upper
    ? sql<SqlBool>`(${sql.ref(column)} >= ${low} and ${sql.ref(column)} < ${upper.toUpperCase()})`
    : sql<SqlBool>`${sql.ref(column)} >= ${low}`;
}

/**
 * Latin searches of two letters or more hit few rows through the pinyin indexes; a single letter
 * matches a tenth of the city and a Chinese name is a LIKE no index serves, so those stay inside
 * the region range instead.
 */
function isSelectivePinyinSearch(q: string): boolean {
  return /^[a-z]{2,}$/.test(q.trim().toLowerCase().replace(/\s+/g, ""));
}

/** A search that matches few volunteers: an ID number, or two pinyin letters or more. */
export function isSelectiveSearch(filters: VolunteerFilters): boolean {
  return (
    filters.idNumberIndex !== undefined || (filters.q !== undefined && isSelectivePinyinSearch(filters.q))
  );
}

/** `exportAfter` (null for the first page) makes the region range an export's keyset bound. */
function filtered(db: Queryable, filters: VolunteerFilters, exportAfter?: RegionKeyset | null) {
  const inRegion =
    exportAfter === undefined
      ? inRegionScope("v.region_code", filters.regionCode)
      : inRegionScopeAfter("v.region_code", "v.id", filters.regionCode, exportAfter);
  const columns = { name: "v.name", pinyin: "v.pinyin", initials: "v.pinyin_initials" };
  let q = db.selectFrom("volunteers as v");
  if (filters.idNumberIndex) q = q.where(inRegion).where("v.id_number_index", "=", filters.idNumberIndex);
  else if (filters.volunteerNumberPrefix) {
    q = q.where(inRegion).where(prefixRange("v.volunteer_number", filters.volunteerNumberPrefix));
  } else if (filters.q && isSelectivePinyinSearch(filters.q)) {
    // The pinyin/initials indexes drive the search, with the region inside each branch of the
    // OR so that the (district, pinyin…) indexes seek it (see migration 2026113004).
    q = q.where(
      matchesNameOrPinyin(filters.q, columns, inRegionScopeForSearch("v.region_code", filters.regionCode)),
    );
    if (exportAfter !== undefined) q = q.where(inRegion);
  } else {
    q = q.where(inRegion);
    if (filters.q) q = q.where(matchesNameOrPinyin(filters.q, columns));
  }
  if (filters.teamId !== undefined) {
    const teamId = filters.teamId;
    q = q.where("v.id", "in", (eb) =>
      eb.selectFrom("volunteer_team_members as m").select("m.volunteer_id").where("m.team_id", "=", teamId),
    );
  }
  if (filters.skill) q = q.where(like("v.skills_json", likeContains(JSON.stringify(filters.skill))));
  if (filters.availability) {
    q = q.where(like("v.availability_json", likeContains(JSON.stringify(filters.availability))));
  }
  if (filters.hours?.min != null) q = q.where("v.total_hours", ">=", filters.hours.min);
  if (filters.hours?.max != null) q = q.where("v.total_hours", "<", filters.hours.max);
  if (filters.isActive !== undefined) q = q.where("v.is_active", "=", filters.isActive ? 1 : 0);
  if (filters.ids) q = q.where("v.id", "in", filters.ids);
  return q;
}

export function listVolunteers(
  db: Queryable,
  filters: VolunteerFilters,
  order: SortOrder,
  window: { limit: number; offset: number },
) {
  let q = filtered(db, filters).select(listColumns);
  q = q.orderBy(sql.ref(order.column), order.direction);
  if (order.column !== "v.id") q = q.orderBy("v.id", order.direction);
  return q.limit(window.limit).offset(window.offset).execute();
}

/**
 * Every id a selective search matches, in list order: one index-served query gives the page (a
 * slice) and the total (the length) where a list query and a count query would each search.
 */
export async function matchingVolunteerIds(
  db: Queryable,
  filters: VolunteerFilters,
  order: SortOrder,
): Promise<number[]> {
  let q = filtered(db, filters).select("v.id");
  q = q.orderBy(sql.ref(order.column), order.direction);
  if (order.column !== "v.id") q = q.orderBy("v.id", order.direction);
  return (await q.execute()).map((row) => row.id);
}

export async function countVolunteers(db: Queryable, filters: VolunteerFilters): Promise<number> {
  const row = await filtered(db, filters)
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** Keyset pages for the export, by region then id, with ciphertexts for an unmasked export. */
export function exportPage(
  db: Queryable,
  filters: VolunteerFilters,
  after: RegionKeyset | null,
  limit: number,
) {
  return filtered(db, filters, after)
    .select([...listColumns, "v.id_number_cipher", "v.phone_cipher"])
    .orderBy("v.region_code")
    .orderBy("v.id")
    .limit(limit)
    .execute();
}

const volunteerById = reusableQuery((db: Queryable, id: number) =>
  db
    .selectFrom("volunteers as v")
    .select([
      ...listColumns,
      "v.id_number_cipher",
      "v.id_number_index",
      "v.phone_cipher",
      "v.guardian_name",
      "v.guardian_consent_on",
    ])
    .where("v.id", "=", id),
);

export async function findVolunteer(db: Queryable, id: number) {
  return (await volunteerById(db, id))[0];
}

export function findVolunteerByIdIndex(db: Queryable, idNumberIndex: string) {
  return db
    .selectFrom("volunteers")
    .select(["id", "name", "region_code", "volunteer_number"])
    .where("id_number_index", "=", idNumberIndex)
    .executeTakeFirst();
}

export function findVolunteersByIdIndexes(db: Queryable, indexes: string[]) {
  if (indexes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("volunteers")
    .select(["id", "name", "region_code", "volunteer_number", "id_number_index"])
    .where("id_number_index", "in", indexes)
    .execute();
}

export function findVolunteerByNumber(db: Queryable, volunteerNumber: string) {
  return db
    .selectFrom("volunteers")
    .select(["id", "name", "region_code", "id_number_index"])
    .where("volunteer_number", "=", volunteerNumber)
    .executeTakeFirst();
}

const volunteersByIds = reusableQuery((db: Queryable, ids: number[]) =>
  db.selectFrom("volunteers as v").select(listColumns).where("v.id", "in", ids),
);

/** A page's rows by id (in no particular order), compiled once per page length. */
export function findVolunteersByIds(db: Queryable, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return volunteersByIds(db, ids);
}

/** Rows about to be updated by an import, with the phone's ciphertext to tell a real change. */
export function findVolunteersWithPhoneByIds(db: Queryable, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("volunteers as v")
    .select([...listColumns, "v.phone_cipher"])
    .where("v.id", "in", ids)
    .execute();
}

export const insertVolunteer = reusableInsert((db: Queryable, row: NewVolunteer) =>
  db.insertInto("volunteers").values(row),
);

/** Many volunteers, one compiled insert each; answers id by ID-number hash. */
export async function insertVolunteers(db: Queryable, rows: NewVolunteer[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const row of rows) ids.set(row.id_number_index, await insertVolunteer(db, row));
  return ids;
}

export async function updateVolunteer(
  db: Queryable,
  id: number,
  changes: Partial<NewVolunteer>,
): Promise<void> {
  await db.updateTable("volunteers").set(changes).where("id", "=", id).execute();
}

/** Highest system-generated number of a district ("NB" + district + 6 digits), or null. */
export async function maxVolunteerNumber(db: Queryable, districtPrefix: string): Promise<string | null> {
  const row = await db
    .selectFrom("volunteers")
    .select((eb) => eb.fn.max("volunteer_number").as("max"))
    .where("volunteer_number", ">=", `NB${districtPrefix}000000`)
    .where("volunteer_number", "<=", `NB${districtPrefix}999999`)
    .where(sql<SqlBool>`length(volunteer_number) = 14`)
    .executeTakeFirst();
  return row?.max ?? null;
}

/* ——— Team memberships ——— */

/** Teams of a page of volunteers (with each team's region, for the reference), in one query. */
const teamsByVolunteerIds = reusableQuery((db: Queryable, volunteerIds: number[]) =>
  db
    .selectFrom("volunteer_team_members as m")
    .innerJoin("volunteer_teams as t", "t.id", "m.team_id")
    .select(["m.volunteer_id", "t.id", "t.name", "t.region_code"])
    .where("m.volunteer_id", "in", volunteerIds)
    .orderBy("m.joined_on")
    .orderBy("t.id"),
);

export function teamsOfVolunteers(db: Queryable, volunteerIds: number[]) {
  if (volunteerIds.length === 0) return Promise.resolve([]);
  return teamsByVolunteerIds(db, volunteerIds);
}

export async function addMemberships(
  db: Queryable,
  memberships: { team_id: number; volunteer_id: number; joined_on: string }[],
): Promise<void> {
  for (let start = 0; start < memberships.length; start += 1000) {
    await db
      .insertInto("volunteer_team_members")
      .values(memberships.slice(start, start + 1000))
      .onConflict((oc) => oc.columns(["team_id", "volunteer_id"]).doNothing())
      .execute();
  }
}

export async function removeMemberships(
  db: Queryable,
  volunteerId: number,
  teamIds: number[],
): Promise<void> {
  if (teamIds.length === 0) return;
  await db
    .deleteFrom("volunteer_team_members")
    .where("volunteer_id", "=", volunteerId)
    .where("team_id", "in", teamIds)
    .execute();
}

/* ——— Reference data this registry reads ——— */

const settingByKey = reusableQuery((db: Queryable, key: string) =>
  db.selectFrom("settings").select("value_json").where("key", "=", key),
);

export async function findSetting(db: Queryable, key: string): Promise<string | null> {
  return (await settingByKey(db, key))[0]?.value_json ?? null;
}

export function regionsWithin(db: Queryable, scopeCode: string, levels: readonly RegionLevel[]) {
  return db
    .selectFrom("regions")
    .select(["code", "name", "level"])
    .where(inRegionScope("code", scopeCode))
    .where("level", "in", levels)
    .execute();
}
