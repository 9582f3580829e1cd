import type { Queryable } from "../../platform/db/database.ts";

let caseCounter = 0;

/**
 * A case row written directly (the clients' tests need cases to point at a client, not the
 * casework workflow): at 接案, in the given community, optionally assigned or being transferred.
 */
export async function insertCaseFor(
  db: Queryable,
  at: Date,
  client: { id: number; regionCode: string },
  workers: { assignedTo?: number | null; transferringTo?: number | null } = {},
): Promise<number> {
  caseCounter += 1;
  const iso = at.toISOString();
  const { id } = await db
    .insertInto("cases")
    .values({
      // Unique per process and run: numbers of the form the casework module gives, in a range of their own.
      case_number: `GA330203-2099-${process.pid % 1000}${String(caseCounter).padStart(6, "0")}`,
      client_id: client.id,
      need_id: null,
      region_code: client.regionCode,
      summary: "独居老人生活照料",
      stage: "intake",
      stage_entered_on: iso.slice(0, 10),
      suspended_from: null,
      plan_approval: "none",
      closing_approval: "none",
      return_reason: null,
      plan_goal_keys_json: "[]",
      service_record_count: 0,
      opened_on: iso.slice(0, 10),
      ended_on: null,
      assigned_worker_id: workers.assignedTo ?? null,
      pending_transfer_to: workers.transferringTo ?? null,
      involves_minor: 0,
      is_demo: 0,
      created_at: iso,
      created_by: null,
      updated_at: iso,
      updated_by: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}
