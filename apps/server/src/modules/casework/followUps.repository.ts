import type { FollowUpStatus } from "@xinqiao/shared";
import { type Expression, type Insertable, type SqlBool, sql } from "kysely";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { inListRegion } from "../../platform/scope.ts";
import { visibleCases } from "./caseVisibility.ts";
import type { CaseFollowUpTable } from "./casework.tables.ts";

/** Kysely queries of follow-ups (回访); a follow-up is seen exactly when its case is. */

export interface FollowUpFilter {
  status?: FollowUpStatus;
  caseId?: number;
  regionCode?: string;
}

function statusCondition(status: FollowUpStatus, today: string): Expression<SqlBool> {
  if (status === "done") return sql<SqlBool>`f.done_on is not null`;
  return status === "overdue"
    ? sql<SqlBool>`(f.done_on is null and f.due_on < ${today})`
    : sql<SqlBool>`(f.done_on is null and f.due_on >= ${today})`;
}

function visibleFollowUps(db: Queryable, user: RequestUser, filter: FollowUpFilter, today: string) {
  let query = db
    .selectFrom("case_follow_ups as f")
    .innerJoin("cases as c", "c.id", "f.case_id")
    .innerJoin("clients as cl", "cl.id", "c.client_id")
    .leftJoin("users as w", "w.id", "c.assigned_worker_id")
    .where(visibleCases(user, "c"));
  if (filter.status) query = query.where(statusCondition(filter.status, today));
  if (filter.caseId) query = query.where("f.case_id", "=", filter.caseId);
  if (filter.regionCode)
    query = query.where(inListRegion("c.region_code", user.regionCode, filter.regionCode));
  return query;
}

const followUpColumns = [
  "f.id",
  "f.case_id",
  "f.due_on",
  "f.done_on",
  "f.method",
  "f.outcome",
  "f.plan_cipher",
  "f.result_cipher",
  "c.case_number",
  "c.region_code",
  "c.stage",
  "c.assigned_worker_id",
  "c.pending_transfer_to",
  "c.involves_minor",
  "cl.name as client_name",
  "w.display_name as worker_name",
] as const;

export function listFollowUps(
  db: Queryable,
  user: RequestUser,
  filter: FollowUpFilter,
  today: string,
  window: { limit: number; offset: number },
) {
  return visibleFollowUps(db, user, filter, today)
    .select(followUpColumns)
    .orderBy(sql`case when f.done_on is null then 0 else 1 end`)
    .orderBy("f.due_on")
    .orderBy("f.id")
    .limit(window.limit)
    .offset(window.offset)
    .execute();
}

export async function countFollowUps(
  db: Queryable,
  user: RequestUser,
  filter: FollowUpFilter,
  today: string,
): Promise<number> {
  const row = await visibleFollowUps(db, user, filter, today)
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function findFollowUp(db: Queryable, user: RequestUser, id: number, today: string) {
  return visibleFollowUps(db, user, {}, today)
    .select(followUpColumns)
    .where("f.id", "=", id)
    .executeTakeFirst();
}

export type FollowUpRow = NonNullable<Awaited<ReturnType<typeof findFollowUp>>>;

export function insertFollowUp(db: Queryable, row: Insertable<CaseFollowUpTable>) {
  return db.insertInto("case_follow_ups").values(row).returning("id").executeTakeFirstOrThrow();
}

export async function completeFollowUp(
  db: Queryable,
  id: number,
  values: {
    done_on: string;
    method: string;
    outcome: string;
    result_cipher: string;
    done_by: number;
    updated_at: string;
  },
): Promise<boolean> {
  // Only an open follow-up: two completions at once cannot both win.
  const result = await db
    .updateTable("case_follow_ups")
    .set(values)
    .where("id", "=", id)
    .where("done_on", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
