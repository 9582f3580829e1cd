import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData } from "../../../test/factories.ts";
import { dialects, type TestApp } from "../../../test/harness.ts";
import { changesSince, readWatermark } from "./auditChanges.ts";

/**
 * On PostgreSQL an audit id is drawn before its transaction commits: an entry can appear below a
 * watermark already read. Written here with explicit ids, as the late commit would leave them.
 */
describe.each(dialects)("audit watermark on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
  });
  afterAll(() => t.close());

  const entry = (id: number, entity: string) => ({
    id,
    at: t.clock.now().toISOString(),
    actor_id: null,
    actor_username: "test",
    action: `${entity}.update`,
    entity,
    entity_id: String(id),
    before_json: null,
    after_json: JSON.stringify({ serviceDate: "2026-10-05" }),
    result: "success",
    ip: null,
  });

  it("remembers an id missing below the watermark and reads its entry once it is committed", async () => {
    const { last: start } = await readWatermark(t.ctx.db);
    // Entry start+2 committed; start+1 still in an open transaction.
    await t.ctx.db
      .insertInto("audit_log")
      .values(entry(start + 2, "caseServiceRecord"))
      .execute();
    const watermark = await readWatermark(t.ctx.db);
    expect(watermark.last).toBe(start + 2);
    expect(watermark.gaps).toContain(start + 1);
    expect(await changesSince(t.ctx.db, watermark, ["caseServiceRecord"], 10)).toEqual([]);

    await t.ctx.db
      .insertInto("audit_log")
      .values(entry(start + 1, "caseServiceRecord"))
      .execute();
    const late = await changesSince(t.ctx.db, watermark, ["caseServiceRecord"], 10);
    expect(late).toEqual([
      {
        action: "caseServiceRecord.update",
        entity: "caseServiceRecord",
        entityId: String(start + 1),
        before: null,
        after: { serviceDate: "2026-10-05" },
      },
    ]);
    // Other entities' entries are not the source's changes; more than the limit: null (recount all).
    expect(await changesSince(t.ctx.db, watermark, ["volunteer"], 10)).toEqual([]);
    await t.ctx.db
      .insertInto("audit_log")
      .values(entry(start + 3, "caseServiceRecord"))
      .execute();
    expect(await changesSince(t.ctx.db, watermark, ["caseServiceRecord"], 1)).toBeNull();
    expect((await readWatermark(t.ctx.db)).gaps).not.toContain(start + 1);
  });
});
