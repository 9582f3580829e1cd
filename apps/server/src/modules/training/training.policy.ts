import type { CourseAbilities, CourseStatus } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { mayManageRecord } from "../../platform/policy.ts";

/**
 * What a user may do to one course. Organizing needs training.manage and the course in the
 * scope (a leader, a supervisor and a social worker only read); each step also needs the course
 * in the right status: enrolment, sign-in and edits while open, completion until cancelled, and
 * a completion's cancellation while one exists.
 */
export interface CoursePolicyRecord {
  regionCode: string;
  status: CourseStatus;
  completedCount: number;
}

export function abilitiesOf(user: RequestUser, record: CoursePolicyRecord): CourseAbilities {
  const manage = mayManageRecord(user, "training.manage", { regionCode: record.regionCode, isActive: true });
  const open = record.status === "open";
  return {
    edit: manage && open,
    cancel: manage && open,
    enrol: manage && open,
    attend: manage && open,
    complete: manage && record.status !== "cancelled",
    cancelCompletion: manage && record.completedCount > 0,
  };
}
