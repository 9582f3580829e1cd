import type { Course, CourseDetail, CourseEnrolment, QualificationLevel } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { parseJsonList } from "../../platform/db/jsonColumns.ts";
import { referenceTo } from "../../platform/references.ts";
import { abilitiesOf } from "./training.policy.ts";
import type { CourseRow, EnrolmentRow } from "./training.repository.ts";

/** Rows → the answers of /api/courses, each course with what the user may do to it. */
export function presentCourse(
  user: RequestUser,
  row: CourseRow,
  regionNames: ReadonlyMap<string, string>,
): Course {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    organizer: row.organizer,
    region: { code: row.region_code, name: regionNames.get(row.region_code) ?? row.region_code },
    startDate: row.start_date,
    endDate: row.end_date,
    hours: Number(row.hours),
    capacity: row.capacity,
    enrolledCount: row.enrolled_count,
    targetLevels: parseJsonList(row.target_levels_json) as QualificationLevel[],
    status: row.status,
    cancelReason: row.cancel_reason,
    abilities: abilitiesOf(user, {
      regionCode: row.region_code,
      status: row.status,
      completedCount: Number(row.completed_count),
    }),
  };
}

export function presentEnrolment(
  user: RequestUser,
  row: EnrolmentRow,
  attendedSessionIds: number[],
): CourseEnrolment {
  return {
    id: row.id,
    socialWorker: referenceTo(user, {
      id: row.social_worker_id,
      name: row.worker_name,
      regionCode: row.worker_region_code,
    }),
    qualificationLevel: row.qualification_level,
    status: row.status,
    enrolledAt: row.enrolled_at,
    attendedSessionIds,
    certificateNumber: row.certificate_number,
    completedOn: row.completed_on,
  };
}

export function presentCourseDetail(
  user: RequestUser,
  row: CourseRow,
  regionNames: ReadonlyMap<string, string>,
  sessions: { id: number; date: string; start_time: string; end_time: string; topic: string }[],
  enrolments: EnrolmentRow[],
  attendance: { enrolment_id: number; session_id: number }[],
): CourseDetail {
  const attended = new Map<number, number[]>();
  for (const sign of attendance) {
    attended.set(sign.enrolment_id, [...(attended.get(sign.enrolment_id) ?? []), sign.session_id]);
  }
  return {
    ...presentCourse(user, row, regionNames),
    sessions: sessions.map((s) => ({
      id: s.id,
      date: s.date,
      startTime: s.start_time,
      endTime: s.end_time,
      topic: s.topic,
    })),
    enrolments: enrolments.map((e) =>
      presentEnrolment(
        user,
        e,
        (attended.get(e.id) ?? []).sort((a, b) => a - b),
      ),
    ),
  };
}

/** The certificate number of a completion: unique by its enrolment, readable by year and course. */
export function certificateNumberOf(endDate: string, courseId: number, enrolmentId: number): string {
  return `PX${endDate.slice(0, 4)}-${String(courseId).padStart(5, "0")}-${String(enrolmentId).padStart(6, "0")}`;
}
