import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newVolunteer, signedInAs } from "../../../test/factories.ts";
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
      await admin.request({ method: "GET", url: "/api/audit?action=user.login&pageSize=50" })
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

  it("names each entry's record as the entry wrote it down, with its region path and whether the reader may open it", async () => {
    const haishu = await login(t.app, "haishu");
    const volunteer = await newVolunteer(haishu, "330203001000", { name: "审计前名" });
    const renamed = await haishu.request({
      method: "PATCH",
      url: `/api/volunteers/${volunteer.id}`,
      payload: { name: "审计后名" },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const entriesOf = async (reader: Session) =>
      (await reader.request({ method: "GET", url: "/api/audit?entity=volunteer&pageSize=100" }))
        .json()
        .items.filter((e: { entityId: string }) => e.entityId === String(volunteer.id));
    const [update, create] = await entriesOf(admin);
    expect(create.action).toBe("volunteer.create");
    // Each entry keeps the name of its time: the creation shows the name the volunteer had then.
    expect(create.subject).toEqual({
      id: String(volunteer.id),
      name: "审计前名",
      isVisible: true,
      regionPath: "海曙区 / 南门街道",
    });
    // The rename's entry names the record as the rename left it.
    expect(update.subject.name).toBe("审计后名");
    // A reader of the log whose scope does not hold the record sees its name, not a link.
    const yuyaoAuditor = await signedInAs(t, "system_admin", "330281000000");
    const [, farCreate] = await entriesOf(yuyaoAuditor);
    expect(farCreate.subject).toMatchObject({ name: "审计前名", isVisible: false });
  });

  it("finds entries written under an action's or an entity's old name by the new one", async () => {
    const legacy = (id: string, action: string, entity: string, before: unknown = null) => ({
      at: "2026-01-02T03:04:05.000Z",
      actor_id: null,
      actor_username: "legacy",
      action,
      entity,
      entity_id: id,
      before_json: before === null ? null : JSON.stringify(before),
      after_json: null,
      result: "success",
      ip: null,
    });
    await t.ctx.db
      .insertInto("audit_log")
      .values([
        legacy("legacy-team", "volunteer_team.create", "volunteer_team"),
        legacy("legacy-created", "volunteer.import", "volunteer"),
        legacy("legacy-updated", "volunteer.import", "volunteer", { name: "张三" }),
        legacy("legacy-volunteers", "export", "volunteer"),
        legacy("legacy-platforms", "export", "platform"),
        legacy("legacy-login", "auth.login", "user"),
      ])
      .execute();
    const ids = async (filter: string) =>
      (await admin.request({ method: "GET", url: `/api/audit?q=legacy&pageSize=50&${filter}` }))
        .json()
        .items.filter((e: { actor: { username: string } | null }) => e.actor === null)
        .map((e: { entityId: string }) => e.entityId)
        .sort();

    expect(await ids("action=volunteerTeam.create")).toEqual(["legacy-team"]);
    expect(await ids("action=volunteerTeam")).toEqual(["legacy-team"]);
    expect(await ids("entity=volunteerTeam")).toEqual(["legacy-team"]);
    expect(await ids("action=volunteer.import.create")).toEqual(["legacy-created"]);
    expect(await ids("action=volunteer.import.update")).toEqual(["legacy-updated"]);
    expect(await ids("action=volunteer.import")).toEqual(["legacy-created", "legacy-updated"]);
    expect(await ids("action=volunteer.export")).toEqual(["legacy-volunteers"]);
    expect(await ids("action=platform.export")).toEqual(["legacy-platforms"]);
    expect(await ids("action=user.login")).toEqual(["legacy-login"]);
    // The old name finds the entries written under the new one too.
    const logins = (await admin.request({ method: "GET", url: "/api/audit?action=auth.login&pageSize=50" }))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(new Set(logins)).toEqual(new Set(["auth.login", "user.login"]));
  });

  it("shows a record's history with the entries written under its entity's old name", async () => {
    const team = await t.ctx.db.selectFrom("volunteer_teams").select("id").executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto("audit_log")
      .values({
        at: "2026-01-02T03:04:05.000Z",
        actor_id: null,
        actor_username: null,
        action: "volunteer_team.update",
        entity: "volunteer_team",
        entity_id: String(team.id),
        before_json: JSON.stringify({ leaderName: "甲" }),
        after_json: JSON.stringify({ leaderName: "乙" }),
        result: "success",
        ip: null,
      })
      .execute();
    const history = (
      await admin.request({ method: "GET", url: `/api/volunteer-teams/${team.id}/history` })
    ).json();
    expect(history.map((e: { action: string }) => e.action)).toContain("volunteer_team.update");
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

  it("is for the system administrator and the city's department only", async () => {
    const city = await login(t.app, "city");
    expect((await city.request({ method: "GET", url: "/api/audit" })).statusCode).toBe(200);
    for (const username of ["haishu", "station", "leader"]) {
      const session = await login(t.app, username);
      expect((await session.request({ method: "GET", url: "/api/audit" })).statusCode).toBe(403);
    }
  });
});
