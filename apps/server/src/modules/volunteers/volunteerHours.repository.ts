import type { VolunteerServiceEntryKind } from "@xinqiao/shared";
import { type Insertable, sql } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import type { VolunteerCertificateTable, VolunteerServiceRecordTable } from "./volunteers.tables.ts";

/**
 * Kysely queries of the volunteers' hours ledger (service records and time-bank redemptions) and
 * of the certificates issued from it, nothing else; used by volunteerHours.service.ts (and the
 * volunteers' detail for the ledger's totals).
 */

/* ——— Hours ledger ——— */

/**
 * Touches the volunteer's row before a ledger entry: serialises concurrent entries for one
 * volunteer (a row lock on PostgreSQL, the write lock on SQLite), so two redemptions cannot both
 * spend one balance.
 */
export async function lockVolunteerLedger(
  db: Queryable,
  volunteerId: number,
  at: string,
  userId: number,
): Promise<void> {
  await db
    .updateTable("volunteers")
    .set({ updated_at: at, updated_by: userId })
    .where("id", "=", volunteerId)
    .execute();
}

/** Adds earned hours to the volunteer's cumulative hours (kept with the ledger, in its transaction). */
export async function addToTotalHours(db: Queryable, volunteerId: number, hours: number): Promise<void> {
  await db
    .updateTable("volunteers")
    .set((eb) => ({ total_hours: eb("total_hours", "+", hours) }))
    .where("id", "=", volunteerId)
    .execute();
}

export function insertServiceRecord(db: Queryable, record: Insertable<VolunteerServiceRecordTable>) {
  return db.insertInto("volunteer_service_records").values(record).returning("id").executeTakeFirstOrThrow();
}

/** Earned and redeemed sums and the record count of one volunteer (index on volunteer_id). */
export async function ledgerTotals(
  db: Queryable,
  volunteerId: number,
): Promise<{ earned: number; redeemed: number; count: number }> {
  const rows = await db
    .selectFrom("volunteer_service_records")
    .select((eb) => [
      "entry_kind",
      eb.fn.sum<number>("hours").as("hours"),
      eb.fn.countAll<number>().as("count"),
    ])
    .where("volunteer_id", "=", volunteerId)
    .groupBy("entry_kind")
    .execute();
  const totals = { earned: 0, redeemed: 0, count: 0 };
  for (const row of rows) {
    if (row.entry_kind === "earned") totals.earned = Number(row.hours ?? 0);
    else totals.redeemed = -Number(row.hours ?? 0);
    totals.count += Number(row.count);
  }
  return totals;
}

export function hoursByRecordingOrganization(db: Queryable, volunteerId: number) {
  return (
    db
      .selectFrom("volunteer_service_records")
      .select((eb) => ["recording_organization", eb.fn.sum<number>("hours").as("hours")])
      .where("volunteer_id", "=", volunteerId)
      .where("entry_kind", "=", "earned")
      .groupBy("recording_organization")
      // An organization whose every record was corrected has nothing left to certify.
      .having((eb) => eb.fn.sum<number>("hours"), ">", 0.001)
      .orderBy("recording_organization")
      .execute()
  );
}

const serviceRecordColumns = [
  "r.id",
  "r.volunteer_id",
  "r.entry_kind",
  "r.content",
  "r.service_date",
  "r.place",
  "r.hours",
  "r.recording_organization",
  "r.confirmed_by",
  "r.team_id",
  "t.name as team_name",
  "t.region_code as team_region_code",
  "r.created_at",
  "r.reverses_id",
  "r.reversal_reason",
  "o.service_date as reverses_date",
  "rv.id as reversed_by_id",
  "rv.reversal_reason as reversed_by_reason",
  "rv.service_date as reversed_by_date",
  "rv.created_at as reversed_by_created_at",
] as const;

function recordsOf(db: Queryable, volunteerId: number, entryKind: VolunteerServiceEntryKind | undefined) {
  let q = db.selectFrom("volunteer_service_records as r").where("r.volunteer_id", "=", volunteerId);
  if (entryKind) q = q.where("r.entry_kind", "=", entryKind);
  return q;
}

/** Entries with their team, the entry each reverses (o) and the reversal that corrected it (rv). */
function entriesWithReferences(db: Queryable) {
  return db
    .selectFrom("volunteer_service_records as r")
    .leftJoin("volunteer_teams as t", "t.id", "r.team_id")
    .leftJoin("volunteer_service_records as o", "o.id", "r.reverses_id")
    .leftJoin("volunteer_service_records as rv", "rv.reverses_id", "r.id")
    .select(serviceRecordColumns);
}

export function findServiceRecord(db: Queryable, id: number) {
  return entriesWithReferences(db).where("r.id", "=", id).executeTakeFirst();
}

export type ServiceRecordRow = NonNullable<Awaited<ReturnType<typeof findServiceRecord>>>;

export function listServiceRecords(
  db: Queryable,
  volunteerId: number,
  entryKind: VolunteerServiceEntryKind | undefined,
  window: { limit: number; offset: number },
) {
  let q = entriesWithReferences(db).where("r.volunteer_id", "=", volunteerId);
  if (entryKind) q = q.where("r.entry_kind", "=", entryKind);
  return q
    .orderBy("r.service_date", "desc")
    .orderBy("r.id", "desc")
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

/** The stored entry a correction would reverse, and the id of its reversal if it has one. */
export function findLedgerEntry(db: Queryable, volunteerId: number, id: number) {
  return db
    .selectFrom("volunteer_service_records as r")
    .leftJoin("volunteer_service_records as rv", "rv.reverses_id", "r.id")
    .selectAll("r")
    .select("rv.id as reversed_by_id")
    .where("r.id", "=", id)
    .where("r.volunteer_id", "=", volunteerId)
    .executeTakeFirst();
}

export async function countServiceRecords(
  db: Queryable,
  volunteerId: number,
  entryKind: VolunteerServiceEntryKind | undefined,
): Promise<number> {
  const row = await recordsOf(db, volunteerId, entryKind)
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** What a certificate attests: one organization's earned records, within a period, recorded by a time. */
export interface CertifiedScope {
  volunteerId: number;
  organization: string;
  periodFrom: string | null;
  periodTo: string | null;
  /** Only records entered up to this instant (a certificate shows what it certified when issued). */
  recordedBy: string;
}

/**
 * A certificate leaves out corrections and the entries they reversed, but only corrections made
 * by `recordedBy`: one issued before a correction keeps showing the entry it certified (frozen).
 */
function certifiedRecords(db: Queryable, scope: CertifiedScope) {
  let q = db
    .selectFrom("volunteer_service_records as r")
    .where("r.volunteer_id", "=", scope.volunteerId)
    .where("r.entry_kind", "=", "earned")
    .where("r.recording_organization", "=", scope.organization)
    .where("r.created_at", "<=", scope.recordedBy)
    .where("r.reverses_id", "is", null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("volunteer_service_records as rv")
            .select("rv.id")
            .whereRef("rv.reverses_id", "=", "r.id")
            .where("rv.created_at", "<=", scope.recordedBy),
        ),
      ),
    );
  if (scope.periodFrom) q = q.where("r.service_date", ">=", scope.periodFrom);
  if (scope.periodTo) q = q.where("r.service_date", "<=", scope.periodTo);
  return q;
}

export async function certifiedTotals(
  db: Queryable,
  scope: CertifiedScope,
): Promise<{ hours: number; count: number }> {
  const row = await certifiedRecords(db, scope)
    .select((eb) => [eb.fn.sum<number>("hours").as("hours"), eb.fn.countAll<number>().as("count")])
    .executeTakeFirstOrThrow();
  return { hours: Number(row.hours ?? 0), count: Number(row.count) };
}

export function listCertifiedRecords(db: Queryable, scope: CertifiedScope, limit: number) {
  return certifiedRecords(db, scope)
    .select(["id", "service_date", "content", "place", "hours", "confirmed_by"])
    .orderBy("service_date")
    .orderBy("id")
    .limit(limit)
    .execute();
}

export function certifiedYears(db: Queryable, scope: CertifiedScope) {
  return certifiedRecords(db, scope)
    .select((eb) => [
      sql<string>`substr(service_date, 1, 4)`.as("year"),
      eb.fn.countAll<number>().as("count"),
      eb.fn.sum<number>("hours").as("hours"),
    ])
    .groupBy(sql`substr(service_date, 1, 4)`)
    .orderBy(sql`substr(service_date, 1, 4)`)
    .execute();
}

export function certifiedContents(db: Queryable, scope: CertifiedScope, limit: number) {
  return certifiedRecords(db, scope)
    .select((eb) => ["content", eb.fn.sum<number>("hours").as("hours")])
    .groupBy("content")
    .orderBy(sql`sum(hours)`, "desc")
    .orderBy("content")
    .limit(limit)
    .execute();
}

/* ——— Certificates ——— */

export async function maxCertificateNumber(db: Queryable, year: string): Promise<string | null> {
  const row = await db
    .selectFrom("volunteer_certificates")
    .select((eb) => eb.fn.max("certificate_number").as("max"))
    .where("certificate_number", ">=", `ZYFW-${year}-000000`)
    .where("certificate_number", "<=", `ZYFW-${year}-999999`)
    .executeTakeFirst();
  return row?.max ?? null;
}

export function insertCertificate(db: Queryable, certificate: Insertable<VolunteerCertificateTable>) {
  return db
    .insertInto("volunteer_certificates")
    .values(certificate)
    .returning("id")
    .executeTakeFirstOrThrow();
}

export function findCertificate(db: Queryable, volunteerId: number, certificateId: number) {
  return db
    .selectFrom("volunteer_certificates")
    .selectAll()
    .where("id", "=", certificateId)
    .where("volunteer_id", "=", volunteerId)
    .executeTakeFirst();
}

export function listCertificates(db: Queryable, volunteerId: number) {
  return db
    .selectFrom("volunteer_certificates")
    .selectAll()
    .where("volunteer_id", "=", volunteerId)
    .orderBy("id", "desc")
    .execute();
}
