import { activeCaseStages } from "@xinqiao/shared";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { Queryable } from "../../platform/db/database.ts";
import type { SortOrder } from "../../platform/pagination.ts";
import { matchesNameOrPinyin } from "../../platform/pinyin.ts";
import { inRegionScope } from "../../platform/scope.ts";
import { visibleCases } from "./caseVisibility.ts";
import type { CaseEventTable, CaseFormTable, CaseTable } from "./casework.tables.ts";

/** Kysely queries of cases, their forms, events and numbers; every read goes through visibleCases. */
export type NewCase = Omit<CaseTable, "id" | "satisfaction" | "evaluated_on"> &
  Partial<Pick<CaseTable, "satisfaction" | "evaluated_on">>;

export interface CaseFilters {
  /** The region asked for, if any (visibleCases keeps the user's scope). */
  regionCode: string | null;
  stage?: string;
  approval?: string;
  workerId?: number;
  /** Overdue (true) or not (false), by the condition the caller passes (caseDeadlines.ts). */
  overdue?: boolean;
  caseNumber?: string;
  clientName?: string;
  ids?: number[];
}

const listColumns = [
  "c.id",
  "c.case_number",
  "c.client_id",
  "cl.name as client_name",
  "c.region_code",
  "c.summary",
  "c.stage",
  "c.plan_approval",
  "c.closing_approval",
  "c.assigned_worker_id",
  "w.display_name as worker_name",
  "c.pending_transfer_to",
  "t.display_name as transfer_name",
  "c.opened_on",
  "c.stage_entered_on",
  "c.involves_minor",
  "c.service_record_count",
  "c.updated_at",
] as const;

function filtered(db: Queryable, user: RequestUser, filters: CaseFilters, late: RawBuilder<SqlBool> | null) {
  let q = db
    .selectFrom("cases as c")
    .innerJoin("clients as cl", "cl.id", "c.client_id")
    .leftJoin("users as w", "w.id", "c.assigned_worker_id")
    .leftJoin("users as t", "t.id", "c.pending_transfer_to")
    .where(visibleCases(user, "c"));
  if (filters.regionCode) q = q.where(inRegionScope("c.region_code", filters.regionCode));
  if (filters.stage) q = q.where("c.stage", "=", filters.stage as CaseTable["stage"]);
  if (filters.approval) {
    const approval = filters.approval as CaseTable["plan_approval"];
    q = q.where((eb) =>
      eb.or([eb("c.plan_approval", "=", approval), eb("c.closing_approval", "=", approval)]),
    );
  }
  if (filters.workerId !== undefined) q = q.where("c.assigned_worker_id", "=", filters.workerId);
  if (filters.overdue !== undefined && late) q = q.where(filters.overdue ? late : sql<SqlBool>`not ${late}`);
  if (filters.caseNumber) q = q.where("c.case_number", "=", filters.caseNumber);
  else if (filters.clientName) {
    q = q.where(
      matchesNameOrPinyin(filters.clientName, {
        name: "cl.name",
        pinyin: "cl.pinyin",
        initials: "cl.pinyin_initials",
      }),
    );
  }
  if (filters.ids) q = q.where("c.id", "in", filters.ids);
  return q;
}

export function listCases(
  db: Queryable,
  user: RequestUser,
  filters: CaseFilters,
  late: RawBuilder<SqlBool> | null,
  order: SortOrder,
  window: { limit: number; offset: number },
) {
  let q = filtered(db, user, filters, late).select(listColumns);
  q = q.orderBy(sql.ref(order.column), order.direction);
  if (order.column !== "c.id") q = q.orderBy("c.id", order.direction);
  return q.limit(window.limit).offset(window.offset).execute();
}
export type CaseListRow = Awaited<ReturnType<typeof listCases>>[number];

export async function countCases(
  db: Queryable,
  user: RequestUser,
  filters: CaseFilters,
  late: RawBuilder<SqlBool> | null,
): Promise<number> {
  const row = await filtered(db, user, filters, late)
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** Keyset pages by id for the export. */
export function exportPage(
  db: Queryable,
  user: RequestUser,
  filters: CaseFilters,
  late: RawBuilder<SqlBool> | null,
  afterId: number,
  limit: number,
) {
  return filtered(db, user, filters, late)
    .select(listColumns)
    .where("c.id", ">", afterId)
    .orderBy("c.id")
    .limit(limit)
    .execute();
}

/** A case with what its detail shows; the caller checks mayViewCase. */
export function findCase(db: Queryable, id: number) {
  return db
    .selectFrom("cases as c")
    .innerJoin("clients as cl", "cl.id", "c.client_id")
    .leftJoin("users as w", "w.id", "c.assigned_worker_id")
    .leftJoin("users as t", "t.id", "c.pending_transfer_to")
    .select([
      ...listColumns,
      "c.need_id",
      "c.suspended_from",
      "c.return_reason",
      "c.plan_goal_keys_json",
      "c.ended_on",
      "cl.sex as client_sex",
      "cl.birth_date as client_birth_date",
      "cl.risk_level as client_risk_level",
      "cl.is_emergency as client_is_emergency",
      "cl.categories_json as client_categories_json",
    ])
    .where("c.id", "=", id)
    .executeTakeFirst();
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

export async function insertCase(db: Queryable, row: NewCase): Promise<number> {
  const inserted = await db.insertInto("cases").values(row).returning("id").executeTakeFirstOrThrow();
  return inserted.id;
}

/**
 * Writes a transition's state if the case is still as it was read (same updated_at): a
 * concurrent change makes this answer false rather than overwrite it.
 */
export async function updateCaseState(
  db: Queryable,
  id: number,
  readAt: string,
  changes: Partial<NewCase>,
): Promise<boolean> {
  const result = await db
    .updateTable("cases")
    .set(changes)
    .where("id", "=", id)
    .where("updated_at", "=", readAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The next number of the district's year, taken by an upsert: the row's lock holds concurrent
 * openings in the same district-year until this transaction ends, so numbers never repeat.
 */
export async function nextCaseSequence(db: Queryable, districtCode: string, year: number): Promise<number> {
  const row = await db
    .insertInto("case_number_sequences")
    .values({ district_code: districtCode, year, last_number: 1 })
    .onConflict((oc) =>
      oc.columns(["district_code", "year"]).doUpdateSet({
        last_number: sql<number>`case_number_sequences.last_number + 1`,
      }),
    )
    .returning("last_number")
    .executeTakeFirstOrThrow();
  return Number(row.last_number);
}

export async function insertCaseForm(db: Queryable, row: Omit<CaseFormTable, "id">): Promise<void> {
  await db.insertInto("case_forms").values(row).execute();
}

export async function insertCaseEvent(db: Queryable, row: Omit<CaseEventTable, "id">): Promise<void> {
  await db.insertInto("case_events").values(row).execute();
}

/** The latest submission of each kind of form of a case. */
export function latestForms(db: Queryable, caseId: number) {
  return db
    .selectFrom("case_forms as f")
    .leftJoin("users as u", "u.id", "f.created_by")
    .select(["f.id", "f.kind", "f.form_cipher", "f.created_at", "f.created_by", "u.display_name"])
    .where("f.case_id", "=", caseId)
    .where("f.id", "in", (eb) =>
      eb
        .selectFrom("case_forms as g")
        .select((g) => g.fn.max("g.id").as("id"))
        .where("g.case_id", "=", caseId)
        .groupBy("g.kind"),
    )
    .execute();
}

export function caseEvents(db: Queryable, caseId: number, window: { limit: number; offset: number }) {
  return db
    .selectFrom("case_events as e")
    .leftJoin("users as u", "u.id", "e.created_by")
    .leftJoin("users as t", "t.id", "e.target_user_id")
    .select([
      "e.id",
      "e.action",
      "e.from_stage",
      "e.to_stage",
      "e.target_user_id",
      "t.display_name as target_name",
      "e.created_at",
      "e.created_by",
      "u.display_name as by_name",
    ])
    .where("e.case_id", "=", caseId)
    .orderBy("e.id", "desc")
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countCaseEvents(db: Queryable, caseId: number): Promise<number> {
  const row = await db
    .selectFrom("case_events")
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .where("case_id", "=", caseId)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** Open cases per worker and stage, among the cases the user sees in the region. */
export function caseloadRows(
  db: Queryable,
  user: RequestUser,
  regionCode: string,
  late: RawBuilder<SqlBool>,
) {
  return db
    .selectFrom("cases as c")
    .leftJoin("users as w", "w.id", "c.assigned_worker_id")
    .select((eb) => [
      "c.assigned_worker_id",
      "w.display_name as worker_name",
      "c.stage",
      eb.fn.countAll<number>().as("open"),
      eb.fn.sum<number>(sql`case when ${late} then 1 else 0 end`).as("overdue"),
    ])
    .where(visibleCases(user, "c"))
    .where(inRegionScope("c.region_code", regionCode))
    .where("c.stage", "in", [...activeCaseStages, "suspended"])
    .groupBy(["c.assigned_worker_id", "w.display_name", "c.stage"])
    .execute();
}

/** Active social workers whose region lies in `regionCode`: whom a case can be given to. */
export function workersIn(db: Queryable, regionCode: string) {
  return db
    .selectFrom("users as u")
    .select(["u.id", "u.display_name", "u.region_code"])
    .where("u.role_id", "=", "social_worker")
    .where("u.is_active", "=", 1)
    .where(inRegionScope("u.region_code", regionCode))
    .orderBy("u.display_name")
    .orderBy("u.id")
    .limit(500)
    .execute();
}

export function findWorker(db: Queryable, id: number) {
  return db
    .selectFrom("users")
    .select(["id", "region_code", "role_id", "is_active"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Whether the client holds a referral consent not withdrawn. */
export async function hasReferralConsent(db: Queryable, clientId: number): Promise<boolean> {
  const row = await db
    .selectFrom("client_consents")
    .select("id")
    .where("client_id", "=", clientId)
    .where("kind", "=", "referral")
    .where("withdrawn_on", "is", null)
    .executeTakeFirst();
  return row !== undefined;
}
