import { numericAuditIds } from "../../platform/auditSubjects.ts";
import type { Queryable } from "../../platform/db/database.ts";
import type { AuditSubject, AuditSubjectLookup } from "../../platform/serverModule.ts";

/**
 * How the audit log names an enrolment: by the worker and the course, in the course's region so
 * the log shows it only to users who may see the course. (A course is named by the platform's
 * table lookup.)
 */
export const enrolmentSubjects: AuditSubjectLookup = async (db: Queryable, ids) => {
  const found = new Map<string, AuditSubject>();
  const numeric = numericAuditIds(ids);
  if (numeric.length === 0) return found;
  const rows = await db
    .selectFrom("course_enrolments as e")
    .innerJoin("courses as c", "c.id", "e.course_id")
    .innerJoin("social_workers as w", "w.id", "e.social_worker_id")
    .select(["e.id", "w.name as worker_name", "c.name as course_name", "c.region_code"])
    .where("e.id", "in", numeric)
    .execute();
  for (const row of rows) {
    found.set(String(row.id), {
      name: `${row.worker_name}（${row.course_name}）`,
      regionCode: row.region_code,
    });
  }
  return found;
};
