import {
  type AttendanceBody,
  type CompletionBody,
  type CompletionCancelBody,
  type CourseDetail,
  courseKinds,
  type EnrolBody,
  isWithinRegion,
  type QualificationLevel,
} from "@xinqiao/shared";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import { isUniqueViolation } from "../../platform/db/constraintErrors.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { parseJsonList } from "../../platform/db/jsonColumns.ts";
import { conflict, invalid, notFound } from "../../platform/errors.ts";
import { isInScope } from "../../platform/scope.ts";
import * as ledger from "../socialWorkers/socialWorkers.repository.ts";
import { auditEntity as workerAuditEntity } from "../socialWorkers/socialWorkers.service.ts";
import { type Context, courseInScope, getCourse } from "./courses.service.ts";
import { certificateNumberOf } from "./training.presenter.ts";
import * as repository from "./training.repository.ts";

/**
 * A course's participants: enrolment (by its organizer, within the capacity), sign-in per
 * session, and completion — which writes each worker's continuing-education entry through the
 * social workers' ledger in the same transaction, with a certificate number — and a completion's
 * cancellation, which reverses that entry as the ledger corrects any entry (a new entry with the
 * opposite hours pointing at it, never a delete). Each change is audited on the enrolment, and a
 * ledger change also on the worker, as the ledger's own routes audit it.
 */

function refuseUnlessOpen(row: repository.CourseRow): void {
  if (row.status !== "open") throw conflict("课程已结业或已取消，不能报名或签到");
}

export async function enrol(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: EnrolBody,
  ip: string | null,
): Promise<CourseDetail> {
  const row = await courseInScope(ctx.db, user, id);
  refuseUnlessOpen(row);
  const worker = await ledger.findSocialWorker(ctx.db, body.socialWorkerId);
  if (!worker || !isInScope(user, worker.region_code)) {
    throw invalid([{ path: "socialWorkerId", message: "社会工作者：不存在或不在本人辖区内" }]);
  }
  if (!isWithinRegion(worker.region_code, row.region_code)) {
    throw invalid([{ path: "socialWorkerId", message: "社会工作者：不在本课程所属区划内" }]);
  }
  if (worker.is_active !== 1 || worker.employment_status === "left") {
    throw invalid([{ path: "socialWorkerId", message: "社会工作者：已停用或已离职" }]);
  }
  const levels = parseJsonList(row.target_levels_json) as QualificationLevel[];
  if (!levels.includes(worker.qualification_level)) {
    throw invalid([{ path: "socialWorkerId", message: "社会工作者：资格等级不在本课程面向的范围内" }]);
  }
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const existing = await repository.findEnrolmentOfWorker(trx, id, worker.id);
      if (existing && existing.status !== "withdrawn") throw conflict("该社会工作者已报名本课程");
      if (!(await repository.takePlace(trx, id))) {
        throw conflict(`名额已满（共 ${row.capacity} 人），不能再报名`);
      }
      const enrolment = {
        status: "enrolled" as const,
        enrolled_at: now.toISOString(),
        enrolled_by: user.id,
        certificate_number: null,
        completed_on: null,
        ledger_entry_id: null,
      };
      // A worker who withdrew comes back on the same row (one row per worker and course).
      if (existing) await repository.updateEnrolment(trx, existing.id, enrolment);
      const enrolmentId =
        existing?.id ??
        (await repository.insertEnrolment(trx, { course_id: id, social_worker_id: worker.id, ...enrolment }));
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "courseEnrolment.create",
        entity: "courseEnrolment",
        entityId: enrolmentId,
        before: null,
        after: {
          courseId: id,
          courseName: row.name,
          socialWorkerId: worker.id,
          socialWorkerName: worker.name,
        },
      });
    });
  } catch (error) {
    // The same worker enrolled twice at the same moment: the second insert meets the first.
    if (isUniqueViolation(error)) throw conflict("该社会工作者已报名本课程");
    throw error;
  }
  return getCourse(ctx, user, id);
}

async function enrolmentOf(db: Queryable, courseId: number, enrolmentId: number) {
  const [enrolment] = await repository.enrolmentsByIds(db, courseId, [enrolmentId]);
  if (!enrolment) throw notFound("报名记录不存在");
  return enrolment;
}

export async function withdraw(
  ctx: Context,
  user: RequestUser,
  id: number,
  enrolmentId: number,
  ip: string | null,
): Promise<CourseDetail> {
  const row = await courseInScope(ctx.db, user, id);
  refuseUnlessOpen(row);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const enrolment = await enrolmentOf(trx, id, enrolmentId);
    if (enrolment.status !== "enrolled") throw conflict("该学员已退出或已结业，不能退出报名");
    await repository.updateEnrolment(trx, enrolmentId, { status: "withdrawn" });
    await repository.deleteAttendanceOf(trx, enrolmentId);
    await repository.releasePlace(trx, id);
    await writeAudit(trx, actorOf(user, ip), now, {
      action: "courseEnrolment.withdraw",
      entity: "courseEnrolment",
      entityId: enrolmentId,
      before: { status: "enrolled" },
      after: { status: "withdrawn" },
    });
  });
  return getCourse(ctx, user, id);
}

/** Sign-in (or its undoing) of enrolled workers to one session that has begun. */
export async function recordAttendance(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: AttendanceBody,
  ip: string | null,
): Promise<CourseDetail> {
  const row = await courseInScope(ctx.db, user, id);
  refuseUnlessOpen(row);
  const session = (await repository.sessionsOf(ctx.db, id)).find((s) => s.id === body.sessionId);
  if (!session) throw invalid([{ path: "sessionId", message: "课次：不属于本课程" }]);
  if (session.date > todayInChina(ctx.clock.now())) {
    throw invalid([{ path: "sessionId", message: "课次：尚未开始，不能签到" }]);
  }
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const enrolments = await repository.enrolmentsByIds(trx, id, body.enrolmentIds);
    const enrolled = enrolments.filter((e) => e.status === "enrolled");
    if (enrolled.length !== body.enrolmentIds.length) {
      throw invalid([{ path: "enrolmentIds", message: "学员：含不属于本课程、已退出或已结业的报名" }]);
    }
    if (body.present) {
      await repository.signIn(
        trx,
        enrolled.map((e) => ({
          enrolment_id: e.id,
          session_id: session.id,
          signed_in_at: now.toISOString(),
          signed_in_by: user.id,
        })),
      );
    } else {
      await repository.undoSignIn(trx, session.id, body.enrolmentIds);
    }
    for (const enrolment of enrolled) {
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "courseEnrolment.attend",
        entity: "courseEnrolment",
        entityId: enrolment.id,
        before: null,
        after: { sessionId: session.id, sessionDate: session.date, present: body.present },
      });
    }
  });
  return getCourse(ctx, user, id);
}

/**
 * Completes the listed enrolments: each worker must have signed in to every session. The course's
 * hours become one continuing-education entry per worker, dated the course's last day, through
 * the ledger's own insert; the enrolment keeps the entry's id and gets its certificate number.
 * The course's row is locked first, so two completions of one course run one after the other.
 */
export async function complete(
  ctx: Context,
  user: RequestUser,
  id: number,
  body: CompletionBody,
  ip: string | null,
): Promise<CourseDetail> {
  await courseInScope(ctx.db, user, id);
  const now = ctx.clock.now();
  const today = todayInChina(now);
  await ctx.db.transaction().execute(async (trx) => {
    await repository.lockCourse(trx, id, now.toISOString());
    const row = await courseInScope(trx, user, id);
    if (row.status === "cancelled") throw conflict("课程已取消，不能结业");
    if (row.end_date > today) throw conflict(`课程于 ${row.end_date} 结束，结束后才能结业`);
    const sessions = await repository.sessionsOf(trx, id);
    const attendance = await repository.attendanceOf(trx, id);
    const enrolments = await repository.enrolmentsByIds(trx, id, body.enrolmentIds);
    if (enrolments.length !== body.enrolmentIds.length) {
      throw invalid([{ path: "enrolmentIds", message: "学员：含不属于本课程的报名" }]);
    }
    const done = enrolments.filter((e) => e.status !== "enrolled");
    if (done.length > 0) {
      throw conflict(`以下学员已结业或已退出：${done.map((e) => e.worker_name).join("、")}`);
    }
    const missing = enrolments.filter(
      (e) => attendance.filter((a) => a.enrolment_id === e.id).length < sessions.length,
    );
    if (missing.length > 0) {
      throw invalid(
        [
          {
            path: "enrolmentIds",
            message: `学员：${missing.map((e) => e.worker_name).join("、")} 未签到全部课次`,
          },
        ],
        "未签到全部课次的学员不能结业",
      );
    }
    const workers = await Promise.all(
      enrolments.map((e) => ledger.findSocialWorker(trx, e.social_worker_id)),
    );
    const inactive = enrolments.filter((_, index) => workers[index]?.is_active !== 1);
    if (inactive.length > 0) {
      throw invalid([
        {
          path: "enrolmentIds",
          message: `学员：${inactive.map((e) => e.worker_name).join("、")} 已停用，不能登记学时`,
        },
      ]);
    }
    const hours = Number(row.hours);
    for (const enrolment of enrolments) {
      const certificateNumber = certificateNumberOf(row.end_date, id, enrolment.id);
      const entry = {
        social_worker_id: enrolment.social_worker_id,
        kind: "training" as const,
        completed_on: row.end_date,
        hours,
        description: `${courseKinds[row.kind]}：${row.name}（证书编号 ${certificateNumber}）`,
        source: "training",
        created_at: now.toISOString(),
        created_by: user.id,
      };
      const entryId = await ledger.insertEducationHours(trx, entry);
      await repository.updateEnrolment(trx, enrolment.id, {
        status: "completed",
        certificate_number: certificateNumber,
        completed_on: row.end_date,
        ledger_entry_id: entryId,
      });
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "courseEnrolment.complete",
        entity: "courseEnrolment",
        entityId: enrolment.id,
        before: { status: "enrolled" },
        after: { status: "completed", certificateNumber, hours, ledgerEntryId: entryId },
      });
      // The worker's own history shows the entry as the ledger's route would have recorded it.
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "socialWorker.educationHours.add",
        entity: workerAuditEntity,
        entityId: enrolment.social_worker_id,
        before: null,
        after: {
          recordId: entryId,
          kind: entry.kind,
          completedOn: entry.completed_on,
          hours,
          description: entry.description,
          source: entry.source,
        },
      });
    }
    if (row.status === "open") {
      await repository.updateCourse(trx, id, { status: "completed", updated_by: user.id });
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "course.update",
        entity: "course",
        entityId: id,
        before: { status: "open" },
        after: { status: "completed" },
      });
    }
  });
  return getCourse(ctx, user, id);
}

/**
 * Cancels one completion: the ledger entry it wrote is reversed (a new entry with the opposite
 * hours, dated today, pointing at it, with the reason), the certificate withdrawn and the
 * enrolment back to enrolled. An entry already corrected in the ledger is not reversed twice.
 */
export async function cancelCompletion(
  ctx: Context,
  user: RequestUser,
  id: number,
  enrolmentId: number,
  body: CompletionCancelBody,
  ip: string | null,
): Promise<CourseDetail> {
  await courseInScope(ctx.db, user, id);
  const now = ctx.clock.now();
  const today = todayInChina(now);
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      await repository.lockCourse(trx, id, now.toISOString());
      const enrolment = await enrolmentOf(trx, id, enrolmentId);
      if (enrolment.status !== "completed") throw conflict("该学员尚未结业");
      const original =
        enrolment.ledger_entry_id === null
          ? undefined
          : await ledger.findEducationEntry(trx, enrolment.social_worker_id, enrolment.ledger_entry_id);
      let reversalId: number | null = null;
      if (original && original.reversed_by_id === null) {
        reversalId = await ledger.insertEducationHours(trx, {
          social_worker_id: enrolment.social_worker_id,
          kind: original.kind,
          completed_on: today,
          hours: -original.hours,
          description: original.description,
          source: "training",
          created_at: now.toISOString(),
          created_by: user.id,
          reverses_id: original.id,
          reversal_reason: body.reason,
        });
        await writeAudit(trx, actorOf(user, ip), now, {
          action: "socialWorker.educationHours.reverse",
          entity: workerAuditEntity,
          entityId: enrolment.social_worker_id,
          before: {
            recordId: original.id,
            kind: original.kind,
            completedOn: original.completed_on,
            hours: Number(original.hours),
            description: original.description,
          },
          after: {
            recordId: reversalId,
            reversesId: original.id,
            reason: body.reason,
            completedOn: today,
            hours: -Number(original.hours),
          },
        });
      }
      await repository.updateEnrolment(trx, enrolmentId, {
        status: "enrolled",
        certificate_number: null,
        completed_on: null,
        ledger_entry_id: null,
      });
      await writeAudit(trx, actorOf(user, ip), now, {
        action: "courseEnrolment.completionCancel",
        entity: "courseEnrolment",
        entityId: enrolmentId,
        before: {
          status: "completed",
          certificateNumber: enrolment.certificate_number,
          ledgerEntryId: enrolment.ledger_entry_id,
        },
        after: { status: "enrolled", reason: body.reason, reversalEntryId: reversalId },
      });
    })
    .catch((error: unknown) => {
      // The ledger's unique index lets one reversal of an entry through.
      if (isUniqueViolation(error)) throw conflict("该结业已撤销，不能重复撤销");
      throw error;
    });
  return getCourse(ctx, user, id);
}
