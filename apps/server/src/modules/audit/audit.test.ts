import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, login, type Session, type TestApp } from "../../../test/harness.ts";

describe.each(dialects)("audit log on %s", (dialect) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await login(t.app, "admin");
    await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "city", password: "bad" },
    });
  });
  afterAll(() => t.close());

  it("lists entries newest first with filters by user, action, entity and time", async () => {
    const all = (await admin.request({ method: "GET", url: "/api/audit?pageSize=50" })).json();
    expect(all.total).toBeGreaterThanOrEqual(2);
    const failures = (
      await admin.request({ method: "GET", url: "/api/audit?action=auth.login&pageSize=50" })
    ).json();
    expect(
      failures.items.some(
        (e: { result: string; actor: { username: string } }) =>
          e.result === "failure" && e.actor.username === "city",
      ),
    ).toBe(true);
    const me = (await admin.request({ method: "GET", url: "/api/auth/me" })).json().user;
    const mine = (await admin.request({ method: "GET", url: `/api/audit?userId=${me.id}` })).json();
    expect(mine.items.every((e: { actor: { id: number } }) => e.actor.id === me.id)).toBe(true);
    const future = (
      await admin.request({ method: "GET", url: "/api/audit?from=2030-01-01T00:00:00Z" })
    ).json();
    expect(future.total).toBe(0);
    const entity = (await admin.request({ method: "GET", url: "/api/audit?entity=region" })).json();
    expect(entity.items.every((e: { entity: string }) => e.entity === "region")).toBe(true);
  });

  it("has no API to change or delete entries, and the database refuses it too", async () => {
    const first = (await admin.request({ method: "GET", url: "/api/audit" })).json().items[0];
    expect((await admin.request({ method: "DELETE", url: `/api/audit/${first.id}` })).statusCode).toBe(404);
    expect(
      (await admin.request({ method: "PUT", url: `/api/audit/${first.id}`, payload: {} })).statusCode,
    ).toBe(404);
    await expect(
      sql`update audit_log set action = 'x' where id = ${first.id}`.execute(t.ctx.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where id = ${first.id}`.execute(t.ctx.db)).rejects.toThrow(
      /append-only/,
    );
  });

  it("is for administrators only", async () => {
    for (const username of ["city", "haishu", "leader"]) {
      const session = await login(t.app, username);
      expect((await session.request({ method: "GET", url: "/api/audit" })).statusCode).toBe(403);
    }
  });
});
