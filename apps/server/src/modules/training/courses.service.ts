import {
  type CancelCourseBody,
  type Course,
  type CourseDetail,
  type CourseListQuery,
  type CreateCourseBody,
  courseFieldLabels,
  createCourseBodySchema,
  type Page,
  type UpdateCourseBody,
} from "@xinqiao/shared";
import { changedFields, writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { parseJsonList } from "../../platform/db/jsonColumns.ts";
import { conflict, invalid } from "../../platform/errors.ts";
import { pageWindow, sortOrder, toPage } from "../../platform/pagination.ts";
import { regionNamesOf, regionWithinScope } from "../../platform/regionLookup.ts";
import { listRegionOf, scopedLoader } from "../../platform/scope.ts";
import { presentCourse, presentCourseDetail } from "./training.presenter.ts";
import * as repository from "./training.repository.ts";

/**
 * Use cases of courses: list, detail, create, edit, cancel. Enrolment, sign-in and completion are
 * in enrolments.service.ts. Every change runs in one transaction with its audit entry.
 */
export type Context = Pick<AppContext, "db" | "clock">;

const sortable = { startDate: "c.start_date", name: "c.name", id: "c.id", hours: "c.hours" };

export function courseFilters(
  user: RequestUser,
  query: Omit<CourseListQuery, "page" | "pageSize" | "sort">,
): repository.CourseFilters | null {
  const regionCode = listRegionOf(user.regionCode, query.regionCode);
  if (!regionCode) return null;
  return {
    regionCode,
    q: query.q?.trim() || undefined,
    kind: query.kind,
    status: query.status,
    dateFrom: query.dateFrom,
    dateTo: query.dateTo,
  };
}

export async function listCourses(
  ctx: Context,
  user: RequestUser,
  query: CourseListQuery,
): Promise<Page<Course>> {
  const filters = courseFilters(user, query);
  if (!filters) return toPage([], 0, query);
  const order = sortOrder(query.sort, sortable, { column: "c.start_date", direction: "desc" });
  const window = pageWindow(query);
  const rows = await repository.listCourses(ctx.db, filters, order, window);
  const isLastPage = rows.length < window.limit && (rows.length > 0 || window.offset === 0);
  const total = isLastPage ? window.offset + rows.length : await repository.countCourses(ctx.db, filters);
  const names = await regionNamesOf(
    ctx.db,
    rows.map((row) => row.region_code),
  );
  return toPage(
    rows.map((row) => presentCourse(user, row, names)),
    total,
    query,
  );
}

/** The course if it exists inside the user's scope; 404 otherwise. */
export const courseInScope = scopedLoader(repository.findCourse, "培训课程");

export async function getCourse(ctx: Context, user: RequestUser, id: number): Promise<CourseDetail> {
  return presentDetail(ctx.db, user, await courseInScope(ctx.db, user, id));
}

export async function presentDetail(
  db: Queryable,
  user: RequestUser,
  row: repository.CourseRow,
): Promise<CourseDetail> {
  const [sessions, enrolments, attendance, names] = await Promise.all([
    repository.sessionsOf(db, row.id),
    repository.enrolmentsOf(db, row.id),
    repository.attendanceOf(db, row.id),
    regionNamesOf(db, [row.region_code]),
  ]);
  return presentCourseDetail(user, row, names, sessions, enrolments, attendance);
}

async function checkRegion(db: Queryable, user: RequestUser, regionCode: string): Promise<void> {
  if (!(await regionWithinScope(db, user, regionCode))) {
    throw invalid([{ path: "regionCode", message: "所属区划：不存在或不在本人辖区内" }]);
  }
}

function auditedCourse(body: CreateCourseBody) {
  return {
    name: body.name,
    kind: body.kind,
    organizer: body.organizer,
    regionCode: body.regionCode,
    startDate: body.startDate,
    endDate: body.endDate,
    hours: body.hours,
    capacity: body.capacity,
    targetLevels: body.targetLevels,
    sessions: body.sessions,
  };
}

function sessionRows(courseId: number, body: Pick<CreateCourseBody, "sessions">) {
  return body.sessions.map((s) => ({
    course_id: courseId,
    date: s.date,
    start_time: s.startTime,
    end_time: s.endTime,
    topic: s.topic,
  }));
}

export async function createCourse(
  ctx: Context,
  user: RequestUser,
  body: CreateCourseBody,
  ip: string | null,
): Promise<CourseDetail> {
  await checkRegion(ctx.db, user, body.regionCode);
  const now = ctx.clock.now().toISOString();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const courseId = await repository.insertCourse(trx, {
      name: body.name,
      kind: body.kind,
      organizer: body.organizer,
      region_code: body.regionCode,
      start_date: body.startDate,
      end_date: body.endDate,
      hours: body.hours,
      capacity: body.capacity,
      enrolled_count: 0,
      target_levels_json: JSON.stringify(body.targetLevels),
      status: "open",
      cancel_reason: null,
      is_demo: 0,
      created_at: now,
      created_by: user.id,
      updated_at: now,
      updated_by: user.id,
    });
    await repository.insertSessions(trx, sessionRows(courseId, body));
    await writeAudit(trx, actorOf(user, ip), ctx.clock.now(), {
      action: "course.create",
      entity: "course",
      entityId: courseId,
      before: null,
      after: auditedCourse(body),
    });
    return courseId;
  });
  return getCourse(ctx, user, id);
}

function refuseUnlessOpen(row: repository.CourseRow): void {
  if (row.status !== "open") throw conflict("课程已结业或已取消，不能修改、报名或签到");
}

/**
 * The course's row locked for the transaction and still open: a completion (which locks it too)
 * that committed since the course was read cannot be followed by an edit or a cancellation.
 */
async function lockedOpenCourse(trx: Queryable, id: number, now: Date): Promise<void> {
  await repository.lockCourse(trx, id, now.toISOString());
  const row = await repository.findCourse(trx, id);
  if (row) refuseUnlessOpen(row);
}

/** The course as a whole body, so the rules between fields run on the merged values. */
function currentBody(row: repository.CourseRow, sessions: Awaited<ReturnType<typeof repository.sessionsOf>>) {
  return {
    name: row.name,
    kind: row.kind,
    organizer: row.organizer,
    regionCode: row.region_code,
    startDate: row.start_date,
    endDate: row.end_date,
    hours: Number(row.hours),
    capacity: row.capacity,
    targetLevels: parseJsonList(row.target_levels_json),
    sessions: sessions.map((s) => ({
      date: s.date,
      startTime: s.start_time,
      endTime: s.end_time,
      topic: s.topic,
    })),
  } as CreateCourseBody;
}

export async function updateCourse(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: UpdateCourseBody,
  ip: string | null,
): Promise<CourseDetail> {
  const row = await courseInScope(ctx.db, user, id);
  refuseUnlessOpen(row);
  const before = currentBody(row, await repository.sessionsOf(ctx.db, id));
  const parsed = createCourseBodySchema.safeParse({ ...before, ...body });
  if (!parsed.success) {
    throw invalid(
      parsed.error.issues.map((issue) => {
        const path = issue.path.map(String).join(".");
        return { path, message: `${courseFieldLabels[String(issue.path[0])] ?? path}：${issue.message}` };
      }),
    );
  }
  const after = parsed.data;
  if (after.regionCode !== row.region_code) {
    await checkRegion(ctx.db, user, after.regionCode);
    if (row.enrolled_count > 0) {
      throw invalid([{ path: "regionCode", message: "所属区划：已有学员报名，不能更改" }]);
    }
  }
  if (after.capacity < row.enrolled_count) {
    throw invalid([{ path: "capacity", message: `名额：不能少于已报名人数 ${row.enrolled_count}` }]);
  }
  const sessionsChanged = JSON.stringify(after.sessions) !== JSON.stringify(before.sessions);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await lockedOpenCourse(trx, id, now);
    if (sessionsChanged) {
      if (await repository.hasAttendance(trx, id)) {
        throw conflict("已有学员签到，不能更改课次", [
          { path: "sessions", message: "课次：已有学员签到，不能更改" },
        ]);
      }
      await repository.deleteSessions(trx, id);
      await repository.insertSessions(trx, sessionRows(id, after));
    }
    await repository.updateCourse(trx, id, {
      name: after.name,
      kind: after.kind,
      organizer: after.organizer,
      region_code: after.regionCode,
      start_date: after.startDate,
      end_date: after.endDate,
      hours: after.hours,
      capacity: after.capacity,
      target_levels_json: JSON.stringify(after.targetLevels),
      updated_at: now.toISOString(),
      updated_by: user.id,
    });
    const changes = changedFields(auditedCourse(before), auditedCourse(after));
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "course.update",
      entity: "course",
      entityId: id,
      ...changes,
    });
  });
  return getCourse(ctx, user, id);
}

export async function cancelCourse(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: CancelCourseBody,
  ip: string | null,
): Promise<CourseDetail> {
  const row = await courseInScope(ctx.db, user, id);
  refuseUnlessOpen(row);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await lockedOpenCourse(trx, id, now);
    await repository.updateCourse(trx, id, {
      status: "cancelled",
      cancel_reason: body.reason,
      updated_at: now.toISOString(),
      updated_by: user.id,
    });
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "course.cancel",
      entity: "course",
      entityId: id,
      before: { status: row.status },
      after: { status: "cancelled", reason: body.reason },
    });
  });
  return getCourse(ctx, user, id);
}
