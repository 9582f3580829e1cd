import {
  type EmployerKind,
  educationLevelIds,
  qualificationLevelIds,
  type SocialWorkerFilters,
} from "@xinqiao/shared";
import { type Insertable, type SqlBool, sql, type Updateable } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import { like, likeContains, type SortOrder } from "../../platform/pagination.ts";
import { matchesNameOrPinyin } from "../../platform/pinyin.ts";
import { inListRegion, inRegionScope } from "../../platform/scope.ts";
import type { EducationHoursTable, SocialWorkerTable } from "./socialWorkers.tables.ts";

/**
 * Kysely queries of the social workers registry, nothing else. Every read that lists workers
 * goes through `filtered`, which always narrows to the caller's scope first.
 */
export type NewSocialWorker = Insertable<SocialWorkerTable>;
export type SocialWorkerChanges = Updateable<SocialWorkerTable>;

function baseQuery(db: Queryable) {
  return db
    .selectFrom("social_workers as w")
    .innerJoin("regions as r", "r.code", "w.region_code")
    .leftJoin("platforms as p", "p.id", "w.platform_id")
    .leftJoin("social_organizations as so", "so.id", "w.social_organization_id")
    .leftJoin("organizations as o", "o.id", "w.department_id");
}

const columns = [
  "w.id",
  "w.name",
  "w.region_code",
  "r.name as region_name",
  "w.id_number_masked",
  "w.sex",
  "w.birth_date",
  "w.phone_masked",
  "w.education",
  "w.major",
  "w.is_social_work_major",
  "w.qualification_level",
  "w.certificate_number",
  "w.certificate_date",
  "w.registration_date",
  "w.registration_expiry",
  "w.other_certificates_json",
  "w.employer_kind",
  "w.platform_id",
  "w.social_organization_id",
  "w.department_id",
  "p.name as platform_name",
  "p.region_code as platform_region_code",
  "so.name as social_organization_name",
  "so.region_code as social_organization_region_code",
  "o.name as department_name",
  "o.region_code as department_region_code",
  "w.position",
  "w.domains_json",
  "w.employment_status",
  "w.is_introduced_talent",
  "w.joined_on",
  "w.is_active",
  "w.is_demo",
  "w.created_at",
  "w.updated_at",
] as const;

export type SocialWorkerRecord = Awaited<ReturnType<typeof listSocialWorkers>>[number];

/** One record with its ciphertexts (for reveal), or undefined; the caller checks scope. */
export function findSocialWorker(db: Queryable, id: number) {
  return baseQuery(db)
    .select(columns)
    .select(["w.id_number_cipher", "w.phone_cipher"])
    .where("w.id", "=", id)
    .executeTakeFirst();
}

const isCertifiedExpression = sql<SqlBool>`${sql.ref("w.qualification_level")} <> 'none'`;
const isHighLevelExpression = sql<SqlBool>`(${sql.ref("w.qualification_level")} = 'senior' or ${sql.ref(
  "w.education",
)} in ('master', 'doctorate'))`;
/**
 * Composite talent (≥ 2 professional certificates, see professionalCertificateCount): the
 * social work qualification counts one, each other certificate one. The list is stored as a
 * JSON array of dictionary values, none of which contains a comma, so "two or more others" is
 * a comma in the text and "at least one" is anything but "[]" — the same on both dialects.
 */
const isCompositeExpression = sql<SqlBool>`((${sql.ref("w.qualification_level")} <> 'none' and ${sql.ref(
  "w.other_certificates_json",
)} <> '[]') or ${sql.ref("w.other_certificates_json")} like '%,%')`;

const truthOf = (expression: ReturnType<typeof sql<SqlBool>>, wanted: "true" | "false") =>
  wanted === "true" ? expression : sql<SqlBool>`not ${expression}`;

export interface FilterContext {
  scopeCode: string;
  /** Only these records (an export of the rows chosen in the list). */
  ids?: number[];
  /**
   * Keyed hash of the ID number the search box holds (computed by the service, which has the
   * key): an exact match replaces the name search.
   */
  idNumberIndex?: string;
  /** "YYYY-MM-DD" of today, for the registration-expiry window. */
  today: string;
  /** today + expiringWithinDays, computed by the service. */
  expiringBy?: string;
}

function filtered(db: Queryable, filters: SocialWorkerFilters, context: FilterContext) {
  let query = baseQuery(db).where(inListRegion("w.region_code", context.scopeCode, filters.regionCode));
  if (context.idNumberIndex) query = query.where("w.id_number_index", "=", context.idNumberIndex);
  else if (filters.q) {
    query = query.where(
      matchesNameOrPinyin(filters.q, { name: "w.name", pinyin: "w.pinyin", initials: "w.pinyin_initials" }),
    );
  }
  if (filters.qualificationLevel)
    query = query.where("w.qualification_level", "=", filters.qualificationLevel);
  if (filters.education) query = query.where("w.education", "=", filters.education);
  if (filters.employmentStatus) query = query.where("w.employment_status", "=", filters.employmentStatus);
  if (filters.employerKind) query = query.where("w.employer_kind", "=", filters.employerKind);
  if (filters.platformId) query = query.where("w.platform_id", "=", filters.platformId);
  if (filters.socialOrganizationId) {
    query = query.where("w.social_organization_id", "=", filters.socialOrganizationId);
  }
  if (filters.domain) query = query.where(like("w.domains_json", likeContains(`"${filters.domain}"`)));
  if (filters.isCertified) query = query.where(truthOf(isCertifiedExpression, filters.isCertified));
  if (filters.isHighLevel) query = query.where(truthOf(isHighLevelExpression, filters.isHighLevel));
  if (filters.isComposite) query = query.where(truthOf(isCompositeExpression, filters.isComposite));
  if (filters.isIntroducedTalent) {
    query = query.where("w.is_introduced_talent", "=", filters.isIntroducedTalent === "true" ? 1 : 0);
  }
  if (filters.isActive) query = query.where("w.is_active", "=", filters.isActive === "true" ? 1 : 0);
  if (context.ids) query = query.where("w.id", "in", context.ids);
  if (context.expiringBy) {
    query = query
      .where("w.registration_expiry", ">=", context.today)
      .where("w.registration_expiry", "<=", context.expiringBy);
  }
  return query;
}

/**
 * Enum columns whose codes sort alphabetically in the wrong order (bachelor < doctorate <
 * high_school…): they sort by their place in the shared dictionary, lowest level first.
 */
const rankedColumns: Record<string, readonly string[]> = {
  "w.education": educationLevelIds,
  "w.qualification_level": qualificationLevelIds,
};

function orderExpression(column: string) {
  const ranks = rankedColumns[column];
  if (!ranks) return sql.ref(column);
  // Literals, not parameters: PostgreSQL would type parameters in THEN as text and sort "10" before "2".
  const whens = ranks.map((value, rank) => sql`when ${sql.lit(value)} then ${sql.lit(rank)}`);
  return sql<number>`case ${sql.ref(column)} ${sql.join(whens, sql` `)} end`;
}

export function listSocialWorkers(
  db: Queryable,
  filters: SocialWorkerFilters,
  context: FilterContext,
  order: SortOrder,
  window: { limit: number; offset: number },
) {
  return filtered(db, filters, context)
    .select(columns)
    .orderBy(orderExpression(order.column), order.direction)
    .orderBy("w.id", order.direction)
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countSocialWorkers(
  db: Queryable,
  filters: SocialWorkerFilters,
  context: FilterContext,
): Promise<number> {
  const row = await filtered(db, filters, context)
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** A keyset page for exports (id order), with the ciphertexts for an unmasked export. */
export function exportPage(
  db: Queryable,
  filters: SocialWorkerFilters,
  context: FilterContext,
  afterId: number,
  limit: number,
) {
  return filtered(db, filters, context)
    .select(columns)
    .select(["w.id_number_cipher", "w.phone_cipher"])
    .where("w.id", ">", afterId)
    .orderBy("w.id")
    .limit(limit)
    .execute();
}

/** The worker holding an ID number (by its keyed hash), with what a duplicate message names. */
export function findByIdNumberIndexes(db: Queryable, indexes: string[]) {
  if (indexes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("social_workers as w")
    .innerJoin("regions as r", "r.code", "w.region_code")
    .select([
      "w.id",
      "w.name",
      "w.id_number_index",
      "w.id_number_masked",
      "w.region_code",
      "r.name as region_name",
    ])
    .where("w.id_number_index", "in", indexes)
    .execute();
}

/** Full rows (as stored) of some workers, for the before-image of an import update. */
export function findStoredRows(db: Queryable, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom("social_workers").selectAll().where("id", "in", ids).execute();
}

export async function insertSocialWorker(db: Queryable, worker: NewSocialWorker): Promise<number> {
  const row = await db.insertInto("social_workers").values(worker).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export function insertSocialWorkers(db: Queryable, workers: NewSocialWorker[]) {
  if (workers.length === 0) return Promise.resolve([]);
  return db.insertInto("social_workers").values(workers).returning(["id", "id_number_index"]).execute();
}

export async function updateSocialWorker(
  db: Queryable,
  id: number,
  changes: SocialWorkerChanges,
): Promise<void> {
  await db.updateTable("social_workers").set(changes).where("id", "=", id).execute();
}

// ---------------------------------------------------------------- continuing education

/** A worker's entries, each with the entry it reverses (o) and the reversal that corrected it (rv). */
export function listEducationHours(db: Queryable, workerId: number) {
  return db
    .selectFrom("social_worker_education_hours as h")
    .leftJoin("social_worker_education_hours as o", "o.id", "h.reverses_id")
    .leftJoin("social_worker_education_hours as rv", "rv.reverses_id", "h.id")
    .selectAll("h")
    .select([
      "o.completed_on as reverses_date",
      "rv.id as reversed_by_id",
      "rv.reversal_reason as reversed_by_reason",
      "rv.completed_on as reversed_by_date",
      "rv.created_at as reversed_by_created_at",
    ])
    .where("h.social_worker_id", "=", workerId)
    .orderBy("h.completed_on", "desc")
    .orderBy("h.id", "desc")
    .execute();
}

export type EducationHoursRow = Awaited<ReturnType<typeof listEducationHours>>[number];

/**
 * Hours of several workers completed on or after a date (the earliest cycle start among them),
 * without corrections and the entries they reversed: a pair counts in no cycle.
 */
export function educationHoursSince(db: Queryable, workerIds: number[], since: string) {
  if (workerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("social_worker_education_hours as h")
    .select(["h.social_worker_id", "h.kind", "h.completed_on", "h.hours"])
    .where("h.social_worker_id", "in", workerIds)
    .where("h.completed_on", ">=", since)
    .where("h.reverses_id", "is", null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("social_worker_education_hours as rv")
            .select("rv.id")
            .whereRef("rv.reverses_id", "=", "h.id"),
        ),
      ),
    )
    .execute();
}

/** The stored entry a correction would reverse, and the id of its reversal if it has one. */
export function findEducationEntry(db: Queryable, workerId: number, id: number) {
  return db
    .selectFrom("social_worker_education_hours as h")
    .leftJoin("social_worker_education_hours as rv", "rv.reverses_id", "h.id")
    .selectAll("h")
    .select("rv.id as reversed_by_id")
    .where("h.id", "=", id)
    .where("h.social_worker_id", "=", workerId)
    .executeTakeFirst();
}

export async function insertEducationHours(
  db: Queryable,
  record: Insertable<EducationHoursTable>,
): Promise<number> {
  const row = await db
    .insertInto("social_worker_education_hours")
    .values(record)
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

// ---------------------------------------------------------------- employers and regions

export interface EmployerRow {
  id: number;
  name: string;
  region_code: string;
  region_name: string;
  is_active: number;
}

/** An employer of a kind by id (any scope: the service checks it). */
export function findEmployer(
  db: Queryable,
  kind: EmployerKind,
  id: number,
): Promise<EmployerRow | undefined> {
  if (kind === "department") return departmentQuery(db).where("e.id", "=", id).executeTakeFirst();
  return registryEmployerQuery(db, kind).where("e.id", "=", id).executeTakeFirst();
}

/** Employers of a kind inside a scope, by name (for the form's picker and the import's lookup). */
export function listEmployersWithin(
  db: Queryable,
  kind: EmployerKind,
  scopeCode: string,
  options: { q?: string; limit?: number; activeOnly?: boolean } = {},
): Promise<EmployerRow[]> {
  const limit = options.limit ?? 100_000;
  if (kind === "department") {
    let query = departmentQuery(db).where(inRegionScope("e.region_code", scopeCode));
    if (options.q) query = query.where(like("e.name", likeContains(options.q)));
    return query.orderBy("e.region_code").orderBy("e.name").limit(limit).execute();
  }
  let query = registryEmployerQuery(db, kind).where(inRegionScope("e.region_code", scopeCode));
  if (options.activeOnly) query = query.where("e.is_active", "=", 1);
  if (options.q) {
    query = query.where(
      matchesNameOrPinyin(options.q, { name: "e.name", pinyin: "e.pinyin", initials: "e.pinyin_initials" }),
    );
  }
  return query.orderBy("e.region_code").orderBy("e.name").limit(limit).execute();
}

/**
 * Platforms and social organizations share the registry columns read here, so one query
 * serves both (typed against platforms).
 */
function registryEmployerQuery(db: Queryable, kind: "platform" | "organization") {
  const table = (kind === "platform" ? "platforms as e" : "social_organizations as e") as "platforms as e";
  return db
    .selectFrom(table)
    .innerJoin("regions as r", "r.code", "e.region_code")
    .select(["e.id", "e.name", "e.region_code", "r.name as region_name", "e.is_active"]);
}

/** Departments (organizations) have no activity flag and count as always active. */
function departmentQuery(db: Queryable) {
  return db
    .selectFrom("organizations as e")
    .innerJoin("regions as r", "r.code", "e.region_code")
    .select(["e.id", "e.name", "e.region_code", "r.name as region_name", sql<number>`1`.as("is_active")]);
}
