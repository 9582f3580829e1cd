import type { SocialOrganizationExportQuery, SocialOrganizationListQuery } from "@xinqiao/shared";
import { type ExpressionBuilder, type Insertable, sql, type Updateable } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import type { Database, RegionTable } from "../../platform/db/tables.ts";
import { like, likeContains, likeStartsWith, type SortOrder } from "../../platform/pagination.ts";
import { matchesNameOrPinyin } from "../../platform/pinyin.ts";
import { inListRegion, inRegionScope } from "../../platform/scope.ts";
import type { SocialOrganizationTable } from "./socialOrganizations.tables.ts";

/** Kysely queries of the social organizations registry, nothing else. */
/** The list's filters; an export of the rows chosen in the list also narrows to their ids. */
type Filters = Omit<SocialOrganizationExportQuery, "unmasked" | "ids"> & { ids?: number[] };
type RecordEb = ExpressionBuilder<Database & { so: SocialOrganizationTable; r: RegionTable }, "so" | "r">;

/** Workers still employed (active record, not left) count towards an organization. */
export const countedEmploymentStatuses = ["employed", "on_leave"] as const;

/** Derived counts, within the user's scope: workers employed, platforms operated. */
function derivedColumns(scopeCode: string) {
  return (eb: RecordEb) => [
    eb
      .selectFrom("social_workers as w")
      .select(eb.fn.countAll<number>().as("n"))
      .whereRef("w.social_organization_id", "=", "so.id")
      .where("w.is_active", "=", 1)
      .where("w.employment_status", "in", countedEmploymentStatuses)
      .where(inRegionScope("w.region_code", scopeCode))
      .as("worker_count"),
    eb
      .selectFrom("platforms as p")
      .select(eb.fn.countAll<number>().as("n"))
      .whereRef("p.operator_organization_id", "=", "so.id")
      .where("p.is_active", "=", 1)
      .where(inRegionScope("p.region_code", scopeCode))
      .as("platform_count"),
  ];
}

function base(db: Queryable) {
  return db.selectFrom("social_organizations as so").innerJoin("regions as r", "r.code", "so.region_code");
}

export type OrganizationRecord = Awaited<ReturnType<typeof findOrganization>> & {};

/** The record with its derived counts; the caller checks scope on region_code. */
export function findOrganization(db: Queryable, id: number, scopeCode: string) {
  return base(db)
    .selectAll("so")
    .select("r.name as region_name")
    .select(derivedColumns(scopeCode))
    .where("so.id", "=", id)
    .executeTakeFirst();
}

function filtered(db: Queryable, scopeCode: string, query: Filters) {
  let q = base(db).where(inListRegion("so.region_code", scopeCode, query.regionCode));
  if (query.orgType) q = q.where("so.org_type", "=", query.orgType);
  if (query.status) q = q.where("so.status", "=", query.status);
  if (query.evaluationGrade === "none") q = q.where("so.evaluation_grade", "is", null);
  else if (query.evaluationGrade) q = q.where("so.evaluation_grade", "=", query.evaluationGrade);
  if (query.domain) q = q.where(like("so.domains_json", likeContains(JSON.stringify(query.domain))));
  if (query.isActive) q = q.where("so.is_active", "=", query.isActive === "true" ? 1 : 0);
  if (query.ids) q = q.where("so.id", "in", query.ids);
  if (query.isCreditCodeOverridden === "true") q = q.where("so.credit_code_override_reason", "is not", null);
  if (query.isCreditCodeOverridden === "false") q = q.where("so.credit_code_override_reason", "is", null);
  if (query.q) {
    const text = query.q.trim();
    // Digits mean a credit code (prefix); anything else a name, its pinyin or initials.
    q = /\d/.test(text)
      ? q.where(like("so.credit_code", likeStartsWith(text.toUpperCase().replace(/\s+/g, ""))))
      : q.where(
          matchesNameOrPinyin(text, { name: "so.name", pinyin: "so.pinyin", initials: "so.pinyin_initials" }),
        );
  }
  return q;
}

export function listOrganizations(
  db: Queryable,
  scopeCode: string,
  query: SocialOrganizationListQuery,
  order: SortOrder,
  window: { limit: number; offset: number },
) {
  return filtered(db, scopeCode, query)
    .selectAll("so")
    .select("r.name as region_name")
    .select(derivedColumns(scopeCode))
    .orderBy(sql.ref(order.column), order.direction)
    .orderBy("so.id")
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countOrganizations(
  db: Queryable,
  scopeCode: string,
  query: SocialOrganizationListQuery,
): Promise<number> {
  const row = await filtered(db, scopeCode, query)
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** One keyset page for the export: same filters as the list, ordered by id. */
export function exportPage(db: Queryable, scopeCode: string, query: Filters, afterId: number, limit: number) {
  return filtered(db, scopeCode, query)
    .selectAll("so")
    .select("r.name as region_name")
    .select(derivedColumns(scopeCode))
    .where("so.id", ">", afterId)
    .orderBy("so.id")
    .limit(limit)
    .execute();
}

export function listWorkersOf(db: Queryable, organizationId: number, scopeCode: string) {
  return db
    .selectFrom("social_workers")
    .select(["id", "name", "qualification_level", "position", "employment_status", "region_code"])
    .where("social_organization_id", "=", organizationId)
    .where("is_active", "=", 1)
    .where(inRegionScope("region_code", scopeCode))
    .orderBy("pinyin")
    .orderBy("id")
    .limit(500)
    .execute();
}

export function listPlatformsOf(db: Queryable, organizationId: number, scopeCode: string) {
  return db
    .selectFrom("platforms")
    .select(["id", "name", "kind", "status"])
    .where("operator_organization_id", "=", organizationId)
    .where("is_active", "=", 1)
    .where(inRegionScope("region_code", scopeCode))
    .orderBy("region_code")
    .orderBy("id")
    .execute();
}

export function findByCreditCodes(db: Queryable, creditCodes: string[]) {
  if (creditCodes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("social_organizations")
    .select(["id", "name", "credit_code", "credit_code_override_reason", "region_code"])
    .where("credit_code", "in", creditCodes)
    .execute();
}

export function findFullByCreditCodes(db: Queryable, creditCodes: string[]) {
  if (creditCodes.length === 0) return Promise.resolve([]);
  return db.selectFrom("social_organizations").selectAll().where("credit_code", "in", creditCodes).execute();
}

/** Districts and streets of a scope: where an organization may be registered. */
export function listOrganizationRegionsWithin(db: Queryable, scopeCode: string) {
  return db
    .selectFrom("regions")
    .select(["code", "name", "level"])
    .where("level", "in", ["district", "street"])
    .where(inRegionScope("code", scopeCode))
    .execute();
}

export async function insertOrganizations(
  db: Queryable,
  rows: Insertable<SocialOrganizationTable>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto("social_organizations")
      .values(rows.slice(start, start + 500))
      .execute();
  }
}

export async function insertOrganization(
  db: Queryable,
  row: Insertable<SocialOrganizationTable>,
): Promise<number> {
  const inserted = await db
    .insertInto("social_organizations")
    .values(row)
    .returning("id")
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateOrganization(
  db: Queryable,
  id: number,
  changes: Updateable<SocialOrganizationTable>,
): Promise<void> {
  await db.updateTable("social_organizations").set(changes).where("id", "=", id).execute();
}
