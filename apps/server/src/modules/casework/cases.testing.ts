import type { Insertable } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import type { CaseTable } from "./casework.tables.ts";

let written = 0;

/**
 * A case written straight into the table, for tests about what is done with cases in a given
 * state (the desk, service records, visibility, the transitions' wiring) rather than how they
 * got there: a case of the client in the client's community, at intake, with a fresh number;
 * `fields` says what matters to the test.
 */
export async function insertCaseRow(
  db: Queryable,
  at: Date,
  fields: Pick<Insertable<CaseTable>, "client_id" | "region_code"> & Partial<Insertable<CaseTable>>,
): Promise<number> {
  written += 1;
  const stamp = at.toISOString();
  const day = stamp.slice(0, 10);
  const row = await db
    .insertInto("cases")
    .values({
      case_number: `GA${fields.region_code.slice(0, 6)}-2026-${String(800000 + written)}`,
      need_id: null,
      summary: "测试个案",
      stage: "intake",
      stage_entered_on: day,
      suspended_from: null,
      plan_approval: "none",
      closing_approval: "none",
      return_reason: null,
      plan_goal_keys_json: "[]",
      service_record_count: 0,
      opened_on: day,
      ended_on: null,
      assigned_worker_id: null,
      pending_transfer_to: null,
      involves_minor: 0,
      is_demo: 0,
      created_at: stamp,
      created_by: null,
      updated_at: stamp,
      updated_by: null,
      ...fields,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
