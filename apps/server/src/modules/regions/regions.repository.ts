import { parentRegionCode, type RegionLevel, regionLevelOf, regionRange } from "@xinqiao/shared";
import { sql } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import { reusableQuery } from "../../platform/db/reusableQuery.ts";
import type { NewRegion, RegionRow } from "../../platform/db/tables.ts";
import { matchesNameOrPinyin, pinyinOf } from "../../platform/pinyin.ts";
import { inRegionScope } from "../../platform/scope.ts";
import type { CityDivisions } from "./divisions/cityDivisions.ts";

/** Kysely queries for regions, nothing else. */

/**
 * What a region is shown with (the presenter's columns). Lists read only these: turning each
 * column of each row into a JS value is most of a tree expansion's SQL time.
 */
export const presentedRegionColumns = [
  "code",
  "name",
  "parent_code",
  "residents",
  "is_residents_demo",
  "street_count",
  "community_count",
] as const satisfies readonly (keyof RegionRow)[];
export type PresentedRegionRow = Pick<RegionRow, (typeof presentedRegionColumns)[number]>;

const regionByCode = reusableQuery((db: Queryable, code: string) =>
  db.selectFrom("regions").select(presentedRegionColumns).where("code", "=", code),
);

export async function findRegion(db: Queryable, code: string): Promise<PresentedRegionRow | undefined> {
  return (await regionByCode(db, code))[0];
}

// Children of a region and their count serve every tree expansion: compiled once.
export const listChildRegions = reusableQuery(
  (db: Queryable, parentCode: string, limit: number, offset: number) =>
    db
      .selectFrom("regions")
      .select(presentedRegionColumns)
      .where("parent_code", "=", parentCode)
      .orderBy("code")
      .limit(limit)
      .offset(offset),
);

const childCount = reusableQuery((db: Queryable, parentCode: string) =>
  db
    .selectFrom("regions")
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .where("parent_code", "=", parentCode),
);

export async function countChildRegions(db: Queryable, parentCode: string): Promise<number> {
  const [row] = await childCount(db, parentCode);
  return Number(row?.total ?? 0);
}

function searchQuery(db: Queryable, q: string, withinCode: string, levels: readonly RegionLevel[] | null) {
  let query = db
    .selectFrom("regions")
    .where(inRegionScope("code", withinCode))
    .where(matchesNameOrPinyin(q, { name: "name", pinyin: "pinyin", initials: "pinyin_initials" }));
  if (levels && levels.length > 0) query = query.where("level", "in", [...levels]);
  return query;
}

/** Hits from the top down (江北区 before its 江北 communities), then by code. */
export function searchRegions(
  db: Queryable,
  q: string,
  withinCode: string,
  levels: readonly RegionLevel[] | null,
  limit: number,
  offset: number,
) {
  return searchQuery(db, q, withinCode, levels)
    .select(presentedRegionColumns)
    .orderBy(sql`case level when 'city' then 0 when 'district' then 1 when 'street' then 2 else 3 end`)
    .orderBy("code")
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countSearchRegions(
  db: Queryable,
  q: string,
  withinCode: string,
  levels: readonly RegionLevel[] | null,
): Promise<number> {
  const row = await searchQuery(db, q, withinCode, levels)
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

export function listCommunitiesWithin(db: Queryable, withinCode: string) {
  return db
    .selectFrom("regions")
    .select(["code", "name", "residents", "parent_code"])
    .where("level", "=", "community")
    .where(inRegionScope("code", withinCode))
    .orderBy("code")
    .execute();
}

export function listRegionsWithin(db: Queryable, withinCode: string) {
  return db
    .selectFrom("regions")
    .selectAll()
    .where(inRegionScope("code", withinCode))
    .orderBy("code")
    .execute();
}

export async function setCommunityResidents(
  db: Queryable,
  code: string,
  residents: number,
  by: { userId: number | null; at: string; isDemo: boolean },
): Promise<void> {
  await db
    .updateTable("regions")
    .set({
      residents,
      is_residents_demo: by.isDemo ? 1 : 0,
      residents_updated_at: by.at,
      residents_updated_by: by.userId,
    })
    .where("code", "=", code)
    .execute();
}

/**
 * Recomputes the maintained roll-ups (residents, street and community counts) of the given
 * regions from their communities. Roll-ups are a derivative: this rebuilds them at any time.
 */
export async function refreshRollups(db: Queryable, regionCodes: Iterable<string>): Promise<void> {
  for (const code of regionCodes) {
    const { low, high } = regionRange(code);
    const level = regionLevelOf(code);
    if (level === "community") continue;
    await sql`
      update regions set
        residents = (select sum(c.residents) from regions c
                     where c.level = 'community' and c.code between ${low} and ${high}),
        is_residents_demo = coalesce((select max(c.is_residents_demo) from regions c
                     where c.level = 'community' and c.code between ${low} and ${high}), 0),
        community_count = (select count(*) from regions c
                     where c.level = 'community' and c.code between ${low} and ${high}),
        street_count = (select count(*) from regions c
                     where c.level = 'street' and c.code between ${low} and ${high} and c.code <> ${code})
      where code = ${code}`.execute(db);
  }
}

/** The street, district and city above each given community. */
export function ancestorsOf(codes: Iterable<string>): Set<string> {
  const ancestors = new Set<string>();
  for (const code of codes) {
    let parent = parentRegionCode(code);
    while (parent) {
      ancestors.add(parent);
      parent = parentRegionCode(parent);
    }
  }
  return ancestors;
}

export async function insertCityDivisions(db: Queryable, divisions: CityDivisions): Promise<number> {
  const existing = new Set(
    (
      await db
        .selectFrom("regions")
        .select("code")
        .where(inRegionScope("code", divisions.regions[0]?.[0] ?? "000000000000"))
        .execute()
    ).map((r) => r.code),
  );
  const rows: NewRegion[] = divisions.regions
    .filter(([code]) => !existing.has(code))
    .map(([code, name]) => {
      const { full, initials } = pinyinOf(name);
      return {
        code,
        name,
        level: regionLevelOf(code) satisfies RegionLevel,
        parent_code: parentRegionCode(code),
        pinyin: full,
        pinyin_initials: initials,
        residents: null,
        is_residents_demo: 0,
        street_count: 0,
        community_count: 0,
        residents_updated_at: null,
        residents_updated_by: null,
      };
    });
  // Parents come first in the file, so batches respect the parent_code foreign key.
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto("regions")
      .values(rows.slice(i, i + 500))
      .execute();
  }
  const nonLeaves = divisions.regions
    .map(([code]) => code)
    .filter((code) => regionLevelOf(code) !== "community");
  await refreshRollups(db, nonLeaves);
  return rows.length;
}
