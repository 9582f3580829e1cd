import type { Queryable } from "../../platform/db/database.ts";
import type { AuditSubject, AuditSubjectLookup } from "../../platform/serverModule.ts";

/**
 * How the audit log names a course and an enrolment (the platform's table lookup knows only the
 * registries): a course by its name, an enrolment by the worker and the course, each in the
 * course's region so the log shows them only to users who may see the course.
 */
function numericIds(ids: readonly string[]): number[] {
  return [...new Set(ids.map(Number).filter((id) => Number.isSafeInteger(id) && id > 0))];
}

export const courseSubjects: AuditSubjectLookup = async (db: Queryable, ids) => {
  const found = new Map<string, AuditSubject>();
  const numeric = numericIds(ids);
  if (numeric.length === 0) return found;
  const rows = await db
    .selectFrom("courses")
    .select(["id", "name", "region_code"])
    .where("id", "in", numeric)
    .execute();
  for (const row of rows) found.set(String(row.id), { name: row.name, regionCode: row.region_code });
  return found;
};

export const enrolmentSubjects: AuditSubjectLookup = async (db: Queryable, ids) => {
  const found = new Map<string, AuditSubject>();
  const numeric = numericIds(ids);
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
