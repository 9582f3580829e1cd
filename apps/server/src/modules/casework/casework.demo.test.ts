import { caseStages, caseTransitions, parseCaseNumber } from "@xinqiao/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, type TestApp } from "../../../test/harness.ts";

/** Every transition's form, read back as the case page reads it: with the action's schema. */
const formSchemas: Record<string, { safeParse(value: unknown): { success: boolean } }> = Object.fromEntries(
  Object.entries(caseTransitions).map(([action, definition]) => [action, definition.form]),
);

/** The demo city's casework (at the tests' DEMO_SCALE) holds together as the workflow would leave it. */
describe.each(dialects)("the demo casework on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it("spreads cases over the stages, with numbers per district and year and forms the schemas accept", async () => {
    const cases = await t.ctx.db.selectFrom("cases").selectAll().where("is_demo", "=", 1).execute();
    expect(cases.length).toBeGreaterThan(100);
    const stages = new Set(cases.map((row) => row.stage));
    for (const stage of ["intake", "assessment", "planning", "intervention", "evaluation", "closed"]) {
      expect(stages, stage).toContain(stage);
    }
    expect([...stages].every((stage) => (caseStages as readonly string[]).includes(stage))).toBe(true);
    expect(new Set(cases.map((row) => row.case_number)).size).toBe(cases.length);
    for (const row of cases) {
      const number = parseCaseNumber(row.case_number);
      expect(number?.districtCode).toBe(row.region_code.slice(0, 6));
      expect(row.stage_entered_on >= row.opened_on).toBe(true);
      // A pending decision stays with a case that left the line (suspended, referred) from its stage.
      if (row.plan_approval === "pending") expect(["planning", "suspended", "referred"]).toContain(row.stage);
      if (row.closing_approval === "pending") expect(row.stage).toBe("evaluation");
      if (row.stage === "closed") expect(row.closing_approval).toBe("approved");
    }
    const sequences = await t.ctx.db.selectFrom("case_number_sequences").selectAll().execute();
    for (const sequence of sequences) {
      const numbers = cases
        .map((row) => parseCaseNumber(row.case_number))
        .filter((n) => n?.districtCode === sequence.district_code && n.year === sequence.year);
      expect(Math.max(...numbers.map((n) => n?.sequence ?? 0))).toBe(sequence.last_number);
    }
    const forms = await t.ctx.db
      .selectFrom("case_forms")
      .select(["kind", "form_cipher"])
      .limit(400)
      .execute();
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) {
      const schema = formSchemas[form.kind];
      expect(schema, form.kind).toBeDefined();
      expect(schema?.safeParse(JSON.parse(t.ctx.cipher.decrypt(form.form_cipher))).success, form.kind).toBe(
        true,
      );
    }
  });

  it("keeps every case's service count and every volunteer's cumulative hours equal to their records", async () => {
    const records = await t.ctx.db
      .selectFrom("service_records")
      .select("id")
      .where("is_demo", "=", 1)
      .execute();
    expect(records.length).toBeGreaterThan(1000);
    const counts = await t.ctx.db
      .selectFrom("cases as c")
      .select([
        "c.service_record_count",
        sql<number>`(select count(*) from service_records sr where sr.case_id = c.id)`.as("actual"),
      ])
      .execute();
    for (const row of counts) expect(Number(row.service_record_count)).toBe(Number(row.actual));
    const ledger = await t.ctx.db
      .selectFrom("volunteers as v")
      .select([
        "v.id",
        "v.total_hours",
        sql<number>`(select coalesce(sum(r.hours), 0) from volunteer_service_records r
          where r.volunteer_id = v.id and r.entry_kind = 'earned')`.as("earned"),
      ])
      .execute();
    for (const row of ledger) expect(Number(row.total_hours)).toBeCloseTo(Number(row.earned), 6);
    const fromServices = await t.ctx.db
      .selectFrom("volunteer_service_records")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .where("source_kind", "=", "caseServiceRecord")
      .executeTakeFirstOrThrow();
    expect(Number(fromServices.count)).toBeGreaterThan(0);
  });

  it("opens each case from a need triaged into it, beside needs still waiting or handled otherwise", async () => {
    const unlinked = await t.ctx.db
      .selectFrom("cases")
      .select("id")
      .where("is_demo", "=", 1)
      .where("need_id", "is", null)
      .execute();
    expect(unlinked).toEqual([]);
    const needs = await t.ctx.db.selectFrom("needs").select(["status", "case_id"]).execute();
    expect(new Set(needs.map((row) => row.status))).toEqual(new Set(["case", "open", "oneOff", "closed"]));
    expect(needs.every((row) => (row.status === "case") === (row.case_id !== null))).toBe(true);
  });

  it("gives the demo worker account cases of its own, and closed cases their follow-ups", async () => {
    const worker = await t.ctx.db
      .selectFrom("users")
      .select("id")
      .where("username", "=", "worker")
      .executeTakeFirstOrThrow();
    const own = await t.ctx.db
      .selectFrom("cases")
      .select("id")
      .where("assigned_worker_id", "=", worker.id)
      .execute();
    expect(own.length).toBeGreaterThan(0);
    const closed = await t.ctx.db.selectFrom("cases").select("id").where("stage", "=", "closed").execute();
    const followUps = await t.ctx.db.selectFrom("case_follow_ups").select("case_id").execute();
    expect(new Set(followUps.map((row) => row.case_id))).toEqual(new Set(closed.map((row) => row.id)));
  });
});
