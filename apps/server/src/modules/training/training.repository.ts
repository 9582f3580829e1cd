import { sql } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import { like, likeContains, type SortOrder } from "../../platform/pagination.ts";
import { inRegionScope } from "../../platform/scope.ts";
import type { CourseEnrolmentTable, CourseSessionTable, CourseTable } from "./training.tables.ts";

/** Kysely queries of courses, sessions, enrolments, attendance and the compliance report's reads. */
export type NewCourse = Omit<CourseTable, "id">;
export type CourseRow = NonNullable<Awaited<ReturnType<typeof findCourse>>>;

export interface CourseFilters {
  /** The one region range (already intersected with the user's scope). */
  regionCode: string;
  q?: string;
  kind?: string;
  status?: string;
  dateFrom?: string;
  dateTo?: string;
}

/** The course with how many completions it holds (what a completion's cancellation needs). */
const completedCount = sql<number>`(select count(*) from course_enrolments ce where ce.course_id = c.id and ce.status = 'completed')`;

function filtered(db: Queryable, filters: CourseFilters) {
  let q = db.selectFrom("courses as c").where(inRegionScope("c.region_code", filters.regionCode));
  if (filters.q) q = q.where(like("c.name", likeContains(filters.q)));
  if (filters.kind) q = q.where("c.kind", "=", filters.kind as CourseTable["kind"]);
  if (filters.status) q = q.where("c.status", "=", filters.status as CourseTable["status"]);
  if (filters.dateFrom) q = q.where("c.end_date", ">=", filters.dateFrom);
  if (filters.dateTo) q = q.where("c.start_date", "<=", filters.dateTo);
  return q;
}

export function listCourses(
  db: Queryable,
  filters: CourseFilters,
  order: SortOrder,
  window: { limit: number; offset: number },
) {
  return filtered(db, filters)
    .selectAll("c")
    .select(completedCount.as("completed_count"))
    .orderBy(sql.ref(order.column), order.direction)
    .orderBy("c.id", "desc")
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countCourses(db: Queryable, filters: CourseFilters): Promise<number> {
  const row = await filtered(db, filters)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findCourse(db: Queryable, id: number) {
  return db
    .selectFrom("courses as c")
    .selectAll("c")
    .select(completedCount.as("completed_count"))
    .where("c.id", "=", id)
    .executeTakeFirst();
}

export async function insertCourse(db: Queryable, row: NewCourse): Promise<number> {
  const { id } = await db.insertInto("courses").values(row).returning("id").executeTakeFirstOrThrow();
  return id;
}

export async function updateCourse(db: Queryable, id: number, changes: Partial<NewCourse>): Promise<void> {
  await db.updateTable("courses").set(changes).where("id", "=", id).execute();
}

/**
 * Takes a place if one is free, as one conditional update: two concurrent enrolments cannot both
 * take the last place (PostgreSQL re-checks the condition on the locked row; SQLite writes one
 * transaction at a time). False when the course is full.
 */
export async function takePlace(db: Queryable, id: number): Promise<boolean> {
  const result = await db
    .updateTable("courses")
    .set((eb) => ({ enrolled_count: eb("enrolled_count", "+", 1) }))
    .where("id", "=", id)
    .whereRef("enrolled_count", "<", "capacity")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function releasePlace(db: Queryable, id: number): Promise<void> {
  await db
    .updateTable("courses")
    .set((eb) => ({ enrolled_count: eb("enrolled_count", "-", 1) }))
    .where("id", "=", id)
    .execute();
}

/** Locks the course's row for the rest of the transaction (completions of one course run in turn). */
export async function lockCourse(db: Queryable, id: number, at: string): Promise<void> {
  await db.updateTable("courses").set({ updated_at: at }).where("id", "=", id).execute();
}

// ---------------------------------------------------------------- sessions

export function sessionsOf(db: Queryable, courseId: number) {
  return db
    .selectFrom("course_sessions")
    .selectAll()
    .where("course_id", "=", courseId)
    .orderBy("date")
    .orderBy("start_time")
    .orderBy("id")
    .execute();
}

export async function insertSessions(db: Queryable, rows: Omit<CourseSessionTable, "id">[]): Promise<void> {
  if (rows.length > 0) await db.insertInto("course_sessions").values(rows).execute();
}

export async function deleteSessions(db: Queryable, courseId: number): Promise<void> {
  await db.deleteFrom("course_sessions").where("course_id", "=", courseId).execute();
}

export async function hasAttendance(db: Queryable, courseId: number): Promise<boolean> {
  const row = await db
    .selectFrom("course_attendance as a")
    .innerJoin("course_sessions as s", "s.id", "a.session_id")
    .select("a.session_id")
    .where("s.course_id", "=", courseId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

// ---------------------------------------------------------------- enrolments

/** The course's enrolments with each worker's name, region and level. */
export function enrolmentsOf(db: Queryable, courseId: number) {
  return db
    .selectFrom("course_enrolments as e")
    .innerJoin("social_workers as w", "w.id", "e.social_worker_id")
    .selectAll("e")
    .select(["w.name as worker_name", "w.region_code as worker_region_code", "w.qualification_level"])
    .where("e.course_id", "=", courseId)
    .orderBy("e.id")
    .execute();
}
export type EnrolmentRow = Awaited<ReturnType<typeof enrolmentsOf>>[number];

export function enrolmentsByIds(db: Queryable, courseId: number, ids: readonly number[]) {
  return db
    .selectFrom("course_enrolments as e")
    .innerJoin("social_workers as w", "w.id", "e.social_worker_id")
    .selectAll("e")
    .select(["w.name as worker_name", "w.region_code as worker_region_code", "w.qualification_level"])
    .where("e.course_id", "=", courseId)
    .where("e.id", "in", ids.length > 0 ? [...ids] : [0])
    .execute();
}

export function findEnrolmentOfWorker(db: Queryable, courseId: number, workerId: number) {
  return db
    .selectFrom("course_enrolments")
    .selectAll()
    .where("course_id", "=", courseId)
    .where("social_worker_id", "=", workerId)
    .executeTakeFirst();
}

export async function insertEnrolment(db: Queryable, row: Omit<CourseEnrolmentTable, "id">): Promise<number> {
  const { id } = await db
    .insertInto("course_enrolments")
    .values(row)
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateEnrolment(
  db: Queryable,
  id: number,
  changes: Partial<Omit<CourseEnrolmentTable, "id">>,
): Promise<void> {
  await db.updateTable("course_enrolments").set(changes).where("id", "=", id).execute();
}

// ---------------------------------------------------------------- attendance

export function attendanceOf(db: Queryable, courseId: number) {
  return db
    .selectFrom("course_attendance as a")
    .innerJoin("course_sessions as s", "s.id", "a.session_id")
    .select(["a.enrolment_id", "a.session_id"])
    .where("s.course_id", "=", courseId)
    .execute();
}

export async function signIn(
  db: Queryable,
  rows: { enrolment_id: number; session_id: number; signed_in_at: string; signed_in_by: number | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("course_attendance")
    .values(rows)
    .onConflict((oc) => oc.columns(["enrolment_id", "session_id"]).doNothing())
    .execute();
}

export async function undoSignIn(
  db: Queryable,
  sessionId: number,
  enrolmentIds: readonly number[],
): Promise<void> {
  if (enrolmentIds.length === 0) return;
  await db
    .deleteFrom("course_attendance")
    .where("session_id", "=", sessionId)
    .where("enrolment_id", "in", [...enrolmentIds])
    .execute();
}

export async function deleteAttendanceOf(db: Queryable, enrolmentId: number): Promise<void> {
  await db.deleteFrom("course_attendance").where("enrolment_id", "=", enrolmentId).execute();
}

// ---------------------------------------------------------------- compliance

/**
 * Active, employed, certified and registered workers of a region (those a cycle requirement may
 * apply to), with the platform that employs them when it is one.
 */
export function workersForCompliance(db: Queryable, regionCode: string) {
  return db
    .selectFrom("social_workers as w")
    .leftJoin("platforms as p", (join) =>
      join.onRef("p.id", "=", "w.platform_id").on("w.employer_kind", "=", "platform"),
    )
    .select([
      "w.id",
      "w.name",
      "w.region_code",
      "w.qualification_level",
      "w.registration_date",
      "p.id as platform_id",
      "p.name as platform_name",
    ])
    .where(inRegionScope("w.region_code", regionCode))
    .where("w.is_active", "=", 1)
    .where("w.employment_status", "!=", "left")
    .where("w.qualification_level", "!=", "none")
    .where("w.registration_date", "is not", null)
    .orderBy("w.region_code")
    .orderBy("w.id")
    .execute();
}
