import { defineModuleContract } from "../moduleContract.ts";

/**
 * 人才培养: training courses, enrolment, attendance per session and completion, whose hours land
 * in each worker's continuing-education ledger; the 3-year cycle compliance report.
 */
export const trainingContract = defineModuleContract({
  permissions: [
    /** See the courses of the scope (a worker: those open to them and their own record). */
    "training.read",
    /** Organize a course: create, enrol, sign in attendance, complete or cancel a completion. */
    "training.manage",
  ],
  auditEntities: { course: [], courseEnrolment: [], trainingCompliance: [] },
  auditActions: {
    "course.create": [],
    "course.update": [],
    "course.cancel": [],
    "courseEnrolment.create": [],
    "courseEnrolment.withdraw": [],
    "courseEnrolment.attend": [],
    "courseEnrolment.complete": [],
    "courseEnrolment.completionCancel": [],
    /** The cycle compliance report exported (per district and station, who is short). */
    "trainingCompliance.export": [],
  },
});
