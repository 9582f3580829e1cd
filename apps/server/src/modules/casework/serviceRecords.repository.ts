import { caseDistrictCode, type RoleId } from "@xinqiao/shared";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import { can, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { like, likeContains, type SortOrder } from "../../platform/pagination.ts";
import { inRegionScope } from "../../platform/scope.ts";
import { visibleCases } from "./caseVisibility.ts";
import type { ServiceRecordTable } from "./serviceRecords.tables.ts";

/** Kysely queries of service records (服务记录) and their links, nothing else. */
export type NewServiceRecord = Omit<ServiceRecordTable, "id">;

/**
 * Who sees a service record, as one SQL condition over `service_records as r` left-joined to
 * `cases as c`: a record of a case exactly when the case is visible (caseVisibility.ts, the one
 * rule); a standalone record inside the user's region, and for a social worker only the records
 * they are listed on or created. Without cases.read (a leader): none.
 */
export function visibleRecords(user: RequestUser): RawBuilder<SqlBool> {
  if (!can(user, "cases.read")) return sql<SqlBool>`1 = 0`;
  const inRegion = inRegionScope("r.region_code", user.regionCode);
  const standalone =
    user.roleId === "social_worker"
      ? sql<SqlBool>`(${inRegion} and (r.created_by = ${user.id} or exists (select 1 from service_record_workers w where w.record_id = r.id and w.user_id = ${user.id})))`
      : inRegion;
  const rule = sql<SqlBool>`((r.case_id is not null and ${visibleCases(user, "c")}) or (r.case_id is null and ${standalone}))`;
  const bound = reachBoundOf(user);
  return bound ? sql<SqlBool>`(${inRegionScope("r.region_code", bound)} and ${rule})` : rule;
}

/**
 * A range no record a region-reaching user sees lies outside: a case's record carries the
 * case's region, and such a user sees cases of their region (a supervisor: of its district, as
 * caseVisibility.ts says). The rule above still decides; the range lets the (region_code,
 * service_date) index find the candidates instead of the whole table being read. A social
 * worker's reach is their cases wherever they are: no range.
 */
function reachBoundOf(user: RequestUser): string | null {
  switch (user.roleId) {
    case "station_staff":
    case "district_officer":
    case "city_officer":
      return user.regionCode;
    case "supervisor":
      return caseDistrictCode(user.regionCode).padEnd(12, "0");
    default:
      return null;
  }
}

/** Filters after the service has checked them; `regionCode` is the region asked for, if any. */
export interface ServiceRecordFilters {
  regionCode?: string;
  dateFrom?: string;
  dateTo?: string;
  method?: string;
  type?: string;
  domain?: string;
  caseId?: number;
  clientId?: number;
  workerId?: number;
  includeVoided: boolean;
  /** The place, or a client's name. */
  q?: string;
  ids?: number[];
}

function filtered(db: Queryable, user: RequestUser, filters: ServiceRecordFilters) {
  let q = db
    .selectFrom("service_records as r")
    .leftJoin("cases as c", "c.id", "r.case_id")
    .where(visibleRecords(user));
  if (filters.regionCode) q = q.where(inRegionScope("r.region_code", filters.regionCode));
  if (filters.dateFrom) q = q.where("r.service_date", ">=", filters.dateFrom);
  if (filters.dateTo) q = q.where("r.service_date", "<=", filters.dateTo);
  if (filters.method) q = q.where("r.method", "=", filters.method);
  if (filters.type) q = q.where("r.type", "=", filters.type);
  if (filters.domain) q = q.where("r.domain", "=", filters.domain);
  if (filters.caseId) q = q.where("r.case_id", "=", filters.caseId);
  if (filters.clientId) {
    const clientId = filters.clientId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom("service_record_clients as sc")
          .select("sc.record_id")
          .whereRef("sc.record_id", "=", "r.id")
          .where("sc.client_id", "=", clientId),
      ),
    );
  }
  if (filters.workerId) {
    const workerId = filters.workerId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom("service_record_workers as sw")
          .select("sw.record_id")
          .whereRef("sw.record_id", "=", "r.id")
          .where("sw.user_id", "=", workerId),
      ),
    );
  }
  if (filters.q) {
    const pattern = likeContains(filters.q);
    q = q.where(({ or, exists, selectFrom }) =>
      or([
        like("r.place", pattern),
        exists(
          selectFrom("service_record_clients as sq")
            .innerJoin("clients as k", "k.id", "sq.client_id")
            .select("sq.record_id")
            .whereRef("sq.record_id", "=", "r.id")
            .where(like("k.name", pattern)),
        ),
      ]),
    );
  }
  if (!filters.includeVoided) q = q.where("r.voided_at", "is", null);
  if (filters.ids) q = q.where("r.id", "in", filters.ids.length > 0 ? filters.ids : [0]);
  return q;
}

const listColumns = [
  "r.id",
  "r.case_id",
  "c.case_number",
  "r.region_code",
  "r.service_date",
  "r.start_time",
  "r.end_time",
  "r.minutes",
  "r.method",
  "r.type",
  "r.domain",
  "r.place",
  "r.voided_at",
  "r.is_demo",
  "r.created_at",
] as const;

export type ServiceRecordListRow = Awaited<ReturnType<typeof listServiceRecords>>[number];

export function listServiceRecords(
  db: Queryable,
  user: RequestUser,
  filters: ServiceRecordFilters,
  order: SortOrder,
  window: { limit: number; offset: number },
) {
  return filtered(db, user, filters)
    .select(listColumns)
    .orderBy(sql.ref(order.column), order.direction)
    .orderBy("r.id", order.direction)
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countServiceRecords(
  db: Queryable,
  user: RequestUser,
  filters: ServiceRecordFilters,
): Promise<number> {
  const row = await filtered(db, user, filters)
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** Keyset pages for the export, by id: the notes are never read. */
export function exportPage(
  db: Queryable,
  user: RequestUser,
  filters: ServiceRecordFilters,
  afterId: number,
  limit: number,
) {
  return filtered(db, user, filters)
    .select(listColumns)
    .where("r.id", ">", afterId)
    .orderBy("r.id")
    .limit(limit)
    .execute();
}

/** The record if the user may see it (one rule with the list); undefined otherwise. */
export function findVisibleRecord(db: Queryable, user: RequestUser, id: number) {
  return db
    .selectFrom("service_records as r")
    .leftJoin("cases as c", "c.id", "r.case_id")
    .leftJoin("users as u", "u.id", "r.created_by")
    .selectAll("r")
    .select([
      "c.case_number",
      "c.stage as case_stage",
      "c.assigned_worker_id as case_worker_id",
      "u.display_name as created_by_name",
    ])
    .where("r.id", "=", id)
    .where(visibleRecords(user))
    .executeTakeFirst();
}
export type ServiceRecordRow = NonNullable<Awaited<ReturnType<typeof findVisibleRecord>>>;

/* ——— Links ——— */

export async function workersOf(db: Queryable, recordIds: readonly number[]) {
  if (recordIds.length === 0) return [];
  return db
    .selectFrom("service_record_workers as w")
    .innerJoin("users as u", "u.id", "w.user_id")
    .select(["w.record_id", "u.id", "u.display_name as name"])
    .where("w.record_id", "in", [...recordIds])
    .orderBy("u.id")
    .execute();
}

export async function clientsOf(db: Queryable, recordIds: readonly number[]) {
  if (recordIds.length === 0) return [];
  return db
    .selectFrom("service_record_clients as l")
    .innerJoin("clients as k", "k.id", "l.client_id")
    .select(["l.record_id", "k.id", "k.name"])
    .where("l.record_id", "in", [...recordIds])
    .orderBy("k.id")
    .execute();
}

export async function volunteersOf(db: Queryable, recordIds: readonly number[]) {
  if (recordIds.length === 0) return [];
  return db
    .selectFrom("service_record_volunteers as l")
    .innerJoin("volunteers as v", "v.id", "l.volunteer_id")
    .leftJoin("volunteer_service_records as rv", "rv.reverses_id", "l.ledger_entry_id")
    .select([
      "l.record_id",
      "v.id",
      "v.name",
      "v.volunteer_number",
      "l.hours",
      "l.ledger_entry_id",
      "rv.id as reversed_by_entry_id",
    ])
    .where("l.record_id", "in", [...recordIds])
    .orderBy("v.id")
    .execute();
}

export async function insertRecord(db: Queryable, row: NewServiceRecord): Promise<number> {
  const { id } = await db.insertInto("service_records").values(row).returning("id").executeTakeFirstOrThrow();
  return id;
}

export async function insertLinks(
  db: Queryable,
  recordId: number,
  links: {
    workerIds: readonly number[];
    clientIds: readonly number[];
    volunteers: readonly { volunteerId: number; hours: number; ledgerEntryId: number | null }[];
  },
): Promise<void> {
  if (links.workerIds.length > 0) {
    await db
      .insertInto("service_record_workers")
      .values(links.workerIds.map((user_id) => ({ record_id: recordId, user_id })))
      .execute();
  }
  if (links.clientIds.length > 0) {
    await db
      .insertInto("service_record_clients")
      .values(links.clientIds.map((client_id) => ({ record_id: recordId, client_id })))
      .execute();
  }
  if (links.volunteers.length > 0) {
    await db
      .insertInto("service_record_volunteers")
      .values(
        links.volunteers.map((v) => ({
          record_id: recordId,
          volunteer_id: v.volunteerId,
          hours: v.hours,
          ledger_entry_id: v.ledgerEntryId,
        })),
      )
      .execute();
  }
}

export async function replaceWorkers(db: Queryable, recordId: number, workerIds: readonly number[]) {
  await db.deleteFrom("service_record_workers").where("record_id", "=", recordId).execute();
  await insertLinks(db, recordId, { workerIds, clientIds: [], volunteers: [] });
}

export async function replaceClients(db: Queryable, recordId: number, clientIds: readonly number[]) {
  await db.deleteFrom("service_record_clients").where("record_id", "=", recordId).execute();
  await insertLinks(db, recordId, { workerIds: [], clientIds, volunteers: [] });
}

export async function updateRecord(
  db: Queryable,
  id: number,
  changes: Partial<NewServiceRecord>,
): Promise<void> {
  await db.updateTable("service_records").set(changes).where("id", "=", id).execute();
}

/** The case's count of standing records moves with each record (lists and the desk read it). */
export async function addToCaseCount(db: Queryable, caseId: number, delta: number): Promise<void> {
  await db
    .updateTable("cases")
    .set((eb) => ({ service_record_count: eb("service_record_count", "+", delta) }))
    .where("id", "=", caseId)
    .execute();
}

/* ——— What a record refers to ——— */

/** What a record needs of its case, found by id or by the number an import gives. */
function caseColumns(db: Queryable) {
  return db
    .selectFrom("cases")
    .select([
      "id",
      "case_number",
      "client_id",
      "need_id",
      "region_code",
      "stage",
      "assigned_worker_id",
      "pending_transfer_to",
      "involves_minor",
    ]);
}

export function findCase(db: Queryable, id: number) {
  return caseColumns(db).where("id", "=", id).executeTakeFirst();
}

export function findCaseByNumber(db: Queryable, caseNumber: string) {
  return caseColumns(db).where("case_number", "=", caseNumber).executeTakeFirst();
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

export async function findClients(db: Queryable, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("clients")
    .select(["id", "name", "region_code", "is_active", "birth_date"])
    .where("id", "in", [...ids])
    .execute();
}

export async function findUsers(db: Queryable, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("users")
    .select(["id", "username", "display_name", "region_code", "role_id", "is_active"])
    .where("id", "in", [...ids])
    .execute();
}

export async function findVolunteers(db: Queryable, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("volunteers")
    .select(["id", "name", "volunteer_number", "region_code", "is_active"])
    .where("id", "in", [...ids])
    .execute();
}

export function workersInScope(db: Queryable, regionCode: string, roles: string[], q: string | undefined) {
  let query = db
    .selectFrom("users")
    .select(["id", "username", "display_name", "region_code"])
    .where(inRegionScope("region_code", regionCode))
    .where("is_active", "=", 1)
    .where("role_id", "in", roles as RoleId[]);
  if (q) {
    const pattern = likeContains(q);
    query = query.where((eb) => eb.or([like("display_name", pattern), like("username", pattern)]));
  }
  return query.orderBy("display_name").orderBy("id").limit(50).execute();
}
