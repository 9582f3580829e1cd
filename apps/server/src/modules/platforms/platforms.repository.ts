import { type PlatformExportQuery, type PlatformListQuery, stationStandard } from "@xinqiao/shared";
import { type ExpressionBuilder, type Insertable, sql, type Updateable } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import type { Database, RegionTable } from "../../platform/db/tables.ts";
import { like, likeContains, type SortOrder } from "../../platform/pagination.ts";
import { matchesNameOrPinyin } from "../../platform/pinyin.ts";
import { inListRegion, inRegionScope } from "../../platform/scope.ts";
import type { SocialOrganizationTable } from "../socialOrganizations/socialOrganizations.tables.ts";
import type { PlatformTable } from "./platforms.tables.ts";

/** Kysely queries of the platforms registry, nothing else. */
/** The list's filters; an export of the rows chosen in the list also narrows to their ids. */
type Filters = Omit<PlatformExportQuery, "unmasked" | "ids"> & { ids?: number[] };
type PlatformEb = ExpressionBuilder<
  Database & { p: PlatformTable; r: RegionTable; o: SocialOrganizationTable },
  "p" | "r" | "o"
>;

/** Workers still employed (active record, not left) count as a platform's staff. */
export const countedEmploymentStatuses = ["employed", "on_leave"] as const;

/** A platform's staff within the user's scope. */
function staffCount(eb: PlatformEb, scopeCode: string) {
  return eb
    .selectFrom("social_workers as w")
    .select(eb.fn.countAll<number>().as("n"))
    .whereRef("w.platform_id", "=", "p.id")
    .where("w.is_active", "=", 1)
    .where("w.employment_status", "in", countedEmploymentStatuses)
    .where(inRegionScope("w.region_code", scopeCode));
}

function base(db: Queryable) {
  return db
    .selectFrom("platforms as p")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .leftJoin("social_organizations as o", "o.id", "p.operator_organization_id");
}

function withColumns(query: ReturnType<typeof base>, scopeCode: string) {
  return query
    .selectAll("p")
    .select(["r.name as region_name", "o.name as operator_name", "o.region_code as operator_region_code"])
    .select((eb) => staffCount(eb, scopeCode).as("staff_count"));
}

export type PlatformRecord = Awaited<ReturnType<typeof findPlatform>> & {};

/** The record with its staff count; the caller checks scope on region_code. */
export function findPlatform(db: Queryable, id: number, scopeCode: string) {
  return withColumns(base(db), scopeCode).where("p.id", "=", id).executeTakeFirst();
}

function filtered(db: Queryable, scopeCode: string, query: Filters) {
  let q = base(db).where(inListRegion("p.region_code", scopeCode, query.regionCode));
  if (query.kind) q = q.where("p.kind", "=", query.kind);
  if (query.status) q = q.where("p.status", "=", query.status);
  if (query.facility) q = q.where(like("p.facilities_json", likeContains(JSON.stringify(query.facility))));
  if (query.operatorOrganizationId)
    q = q.where("p.operator_organization_id", "=", query.operatorOrganizationId);
  if (query.isActive) q = q.where("p.is_active", "=", query.isActive === "true" ? 1 : 0);
  if (query.ids) q = q.where("p.id", "in", query.ids);
  if (query.belowStandard) {
    // The standards concern operating stations (PRODUCT.md: ≥ 2 workers and ≥ 20 m² per station).
    q = q.where("p.kind", "=", "station").where("p.status", "=", "operating").where("p.is_active", "=", 1);
    q =
      query.belowStandard === "staffing"
        ? q.where((eb) => eb(staffCount(eb, scopeCode), "<", stationStandard.minimumWorkers))
        : q.where("p.floor_area", "<", stationStandard.minimumFloorArea);
  }
  if (query.q) {
    q = q.where(
      matchesNameOrPinyin(query.q, { name: "p.name", pinyin: "p.pinyin", initials: "p.pinyin_initials" }),
    );
  }
  return q;
}

export function listPlatforms(
  db: Queryable,
  scopeCode: string,
  query: PlatformListQuery,
  order: SortOrder,
  window: { limit: number; offset: number },
) {
  return withColumns(filtered(db, scopeCode, query), scopeCode)
    .orderBy(sql.ref(order.column), order.direction)
    .orderBy("p.id")
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countPlatforms(
  db: Queryable,
  scopeCode: string,
  query: PlatformListQuery,
): Promise<number> {
  const row = await filtered(db, scopeCode, query)
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** One keyset page for the export: same filters as the list, ordered by id. */
export function exportPage(db: Queryable, scopeCode: string, query: Filters, afterId: number, limit: number) {
  return withColumns(filtered(db, scopeCode, query), scopeCode)
    .where("p.id", ">", afterId)
    .orderBy("p.id")
    .limit(limit)
    .execute();
}

export function listStaffOf(db: Queryable, platformId: number, scopeCode: string) {
  return db
    .selectFrom("social_workers")
    .select(["id", "name", "qualification_level", "position", "employment_status"])
    .where("platform_id", "=", platformId)
    .where("is_active", "=", 1)
    .where(inRegionScope("region_code", scopeCode))
    .orderBy("pinyin")
    .orderBy("id")
    .limit(500)
    .execute();
}

/** Platforms with the same kind, region and name (the registry's natural key). */
export function findByNaturalKeys(db: Queryable, names: string[]) {
  if (names.length === 0) return Promise.resolve([]);
  return db.selectFrom("platforms").selectAll().where("name", "in", names).execute();
}

export function listRegionsWithin(db: Queryable, scopeCode: string) {
  return db
    .selectFrom("regions")
    .select(["code", "name", "level", "parent_code", "street_count"])
    .where(inRegionScope("code", scopeCode))
    .where("level", "!=", "city")
    .orderBy("code")
    .execute();
}

export function findOperator(db: Queryable, id: number) {
  return db
    .selectFrom("social_organizations")
    .select(["id", "name", "region_code", "is_active"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Social organizations of a scope by name or credit code (import lookups). */
export function listOperatorsWithin(db: Queryable, scopeCode: string) {
  return db
    .selectFrom("social_organizations")
    .select(["id", "name", "credit_code"])
    .where("is_active", "=", 1)
    .where(inRegionScope("region_code", scopeCode))
    .execute();
}

/** Operating stations of a scope with their staff, for the coverage figures. */
/** The operating stations in `scopeCode` (everywhere: null) with their staff in the same scope. */
export function listOperatingStations(db: Queryable, scopeCode: string | null) {
  return db
    .selectFrom("platforms as p")
    .select(["p.id", "p.region_code", "p.floor_area"])
    .select((eb) =>
      eb
        .selectFrom("social_workers as w")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("w.platform_id", "=", "p.id")
        .where("w.is_active", "=", 1)
        .where("w.employment_status", "in", countedEmploymentStatuses)
        .$if(scopeCode !== null, (query) => query.where(inRegionScope("w.region_code", scopeCode ?? "")))
        .as("staff_count"),
    )
    .where("p.kind", "=", "station")
    .where("p.status", "=", "operating")
    .where("p.is_active", "=", 1)
    .$if(scopeCode !== null, (query) => query.where(inRegionScope("p.region_code", scopeCode ?? "")))
    .execute();
}

export async function insertPlatforms(db: Queryable, rows: Insertable<PlatformTable>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto("platforms")
      .values(rows.slice(start, start + 500))
      .execute();
  }
}

export async function insertPlatform(db: Queryable, row: Insertable<PlatformTable>): Promise<number> {
  const inserted = await db.insertInto("platforms").values(row).returning("id").executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updatePlatform(
  db: Queryable,
  id: number,
  changes: Updateable<PlatformTable>,
): Promise<void> {
  await db.updateTable("platforms").set(changes).where("id", "=", id).execute();
}
