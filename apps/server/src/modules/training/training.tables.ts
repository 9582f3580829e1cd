import type { CourseKind, CourseStatus, EnrolmentStatus } from "@xinqiao/shared";
import type { Generated } from "kysely";

declare module "../../platform/db/tables.ts" {
  interface Database {
    courses: CourseTable;
    course_sessions: CourseSessionTable;
    course_enrolments: CourseEnrolmentTable;
    course_attendance: CourseAttendanceTable;
  }
}

export interface CourseTable {
  id: Generated<number>;
  name: string;
  kind: CourseKind;
  organizer: string;
  region_code: string;
  start_date: string;
  end_date: string;
  /** Hours credited to each worker's continuing-education ledger on completion. */
  hours: number;
  capacity: number;
  /** Kept with the row, so that an enrolment takes a place under the course's lock. */
  enrolled_count: number;
  target_levels_json: string;
  status: CourseStatus;
  cancel_reason: string | null;
  is_demo: number;
  created_at: string;
  created_by: number | null;
  updated_at: string;
  updated_by: number | null;
}

export interface CourseSessionTable {
  id: Generated<number>;
  course_id: number;
  date: string;
  start_time: string;
  end_time: string;
  topic: string;
}

export interface CourseEnrolmentTable {
  id: Generated<number>;
  course_id: number;
  social_worker_id: number;
  status: EnrolmentStatus;
  enrolled_at: string;
  enrolled_by: number | null;
  certificate_number: string | null;
  completed_on: string | null;
  /** The continuing-education entry (social_worker_education_hours.id) the completion wrote. */
  ledger_entry_id: number | null;
}

export interface CourseAttendanceTable {
  enrolment_id: number;
  session_id: number;
  signed_in_at: string;
  signed_in_by: number | null;
}
