import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  dialects,
  login,
  type Session,
  strongPassword,
  type TestApp,
} from "../../../test/harness.ts";

describe.each(dialects)("users on %s", (dialect) => {
  let t: TestApp;
  let admin: Session;
  let haishuDepartment: number;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await login(t.app, "admin");
    const organizations = (await admin.request({ method: "GET", url: "/api/organizations" })).json();
    haishuDepartment = organizations.find((o: { name: string }) => o.name === "海曙区委社会工作部").id;
  });
  afterAll(() => t.close());

  const auditOf = (entityId: number) =>
    t.ctx.db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity", "=", "user")
      .where("entity_id", "=", String(entityId))
      .execute();

  it("creates a user with exactly one audit entry, who must change the password at first login", async () => {
    const response = await admin.request({
      method: "POST",
      url: "/api/users",
      payload: {
        username: "haishu.li",
        displayName: "李海",
        roleId: "district_officer",
        organizationId: haishuDepartment,
        regionCode: "330203000000",
        phone: "13812345678",
        password: strongPassword,
      },
    });
    expect(response.statusCode).toBe(201);
    const user = response.json();
    expect(user).toMatchObject({
      username: "haishu.li",
      isActive: true,
      mustChangePassword: true,
      phone: "138****5678",
    });
    const entries = await auditOf(user.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.action).toBe("user.create");
    expect(entries[0]?.before_json).toBe("null");
    expect(JSON.parse(entries[0]?.after_json ?? "{}")).toMatchObject({
      username: "haishu.li",
      roleId: "district_officer",
    });
    expect(entries[0]?.after_json).not.toContain("argon2");

    const session = await login(t.app, "haishu.li", strongPassword);
    const blocked = await session.request({ method: "GET", url: "/api/regions" });
    expect(blocked.json().error.code).toBe("PASSWORD_CHANGE_REQUIRED");
  });

  it("disables a user with exactly one audit entry and ends their sessions", async () => {
    const station = await login(t.app, "station");
    const target = (await admin.request({ method: "GET", url: "/api/users?q=station" })).json().items[0];
    const response = await admin.request({ method: "POST", url: `/api/users/${target.id}/disable` });
    expect(response.statusCode).toBe(200);
    expect(response.json().isActive).toBe(false);
    const entries = (await auditOf(target.id)).filter((e) => e.action === "user.deactivate");
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]?.before_json ?? "{}")).toEqual({ isActive: true });
    expect(JSON.parse(entries[0]?.after_json ?? "{}")).toEqual({ isActive: false });
    expect((await station.request({ method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "station", password: "Xinqiao@2026" },
    });
    expect(refused.json().error.code).toBe("ACCOUNT_DISABLED");
    await admin.request({ method: "POST", url: `/api/users/${target.id}/enable` });
    expect((await login(t.app, "station")).csrfToken).toEqual(expect.any(String));
  });

  it("resets a password: the user must change it at next login", async () => {
    const target = (await admin.request({ method: "GET", url: "/api/users?q=yuyao" })).json().items[0];
    const weak = await admin.request({
      method: "POST",
      url: `/api/users/${target.id}/reset-password`,
      payload: { password: "short" },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields[0].path).toBe("password");
    const response = await admin.request({
      method: "POST",
      url: `/api/users/${target.id}/reset-password`,
      payload: { password: strongPassword },
    });
    expect(response.json().mustChangePassword).toBe(true);
    const session = await login(t.app, "yuyao", strongPassword);
    expect(
      (await session.request({ method: "GET", url: "/api/auth/me" })).json().user.mustChangePassword,
    ).toBe(true);
  });

  it("refuses a duplicate username, a role at the wrong level and a region outside scope", async () => {
    const base = {
      displayName: "测试",
      roleId: "district_officer",
      organizationId: haishuDepartment,
      regionCode: "330203000000",
      password: strongPassword,
    };
    const duplicate = await admin.request({
      method: "POST",
      url: "/api/users",
      payload: { ...base, username: "haishu" },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.fields[0].path).toBe("username");
    const wrongLevel = await admin.request({
      method: "POST",
      url: "/api/users",
      payload: { ...base, username: "wrong.level", regionCode: "330203001000" },
    });
    expect(wrongLevel.statusCode).toBe(400);
    expect(wrongLevel.json().error.fields[0].message).toContain("区（县）");
    const wrongOrganization = await admin.request({
      method: "POST",
      url: "/api/users",
      payload: { ...base, username: "wrong.org", regionCode: "330205000000" },
    });
    expect(wrongOrganization.statusCode).toBe(400);
    expect(wrongOrganization.json().error.fields[0].path).toBe("organizationId");
    const unknownRegion = await admin.request({
      method: "POST",
      url: "/api/users",
      payload: { ...base, username: "wrong.region", regionCode: "110105000000" },
    });
    expect(unknownRegion.statusCode).toBe(400);
    expect(unknownRegion.json().error.fields[0].path).toBe("regionCode");
  });

  describe("分级管理: officers manage the accounts of the roles below them, inside their region", () => {
    const nanmen = "330203001000";
    let haishu: Session;
    const account = (overrides: Record<string, unknown>) => ({
      displayName: "南门社工站新同事",
      roleId: "station_staff",
      organizationId: null,
      regionCode: nanmen,
      password: strongPassword,
      ...overrides,
    });
    const create = (session: Session, payload: Record<string, unknown>) =>
      session.request({ method: "POST", url: "/api/users", payload });
    const idOf = async (username: string) =>
      (
        await t.ctx.db
          .selectFrom("users")
          .select("id")
          .where("username", "=", username)
          .executeTakeFirstOrThrow()
      ).id;

    beforeAll(async () => {
      haishu = await login(t.app, "haishu");
    });

    it("lets a district officer create a station account in its district, audited", async () => {
      const response = await create(haishu, account({ username: "nanmen.zhang" }));
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        roleId: "station_staff",
        region: { code: nanmen },
        mustChangePassword: true,
      });
      const entries = await auditOf(response.json().id);
      expect(entries.map((e) => [e.action, e.actor_username])).toEqual([["user.create", "haishu"]]);
    });

    it("refuses a region outside its district (a field of the form) and a role it does not manage", async () => {
      const jiangbeiStreet = await t.ctx.db
        .selectFrom("regions")
        .select("code")
        .where("parent_code", "=", "330205000000")
        .orderBy("code")
        .executeTakeFirstOrThrow();
      const outside = await create(
        haishu,
        account({ username: "jiangbei.wang", regionCode: jiangbeiStreet.code }),
      );
      expect(outside.statusCode).toBe(400);
      expect(outside.json().error.fields[0]).toMatchObject({
        path: "regionCode",
        message: "所属区划：不存在或不在您的管辖范围内",
      });
      for (const roleId of ["district_officer", "city_officer", "system_admin"]) {
        const regionCode = roleId === "district_officer" ? "330203000000" : "330200000000";
        const refused = await create(haishu, account({ username: `sneaky.${roleId}`, roleId, regionCode }));
        expect(refused.statusCode, roleId).toBe(403);
        expect(refused.json().error.fields[0].path).toBe("roleId");
      }
      const none = await t.ctx.db
        .selectFrom("users")
        .select("id")
        .where("username", "in", ["jiangbei.wang", "sneaky.district_officer"])
        .execute();
      expect(none).toEqual([]);
    });

    it("lists and opens only the accounts it manages: its district's roles below it", async () => {
      const page = (await haishu.request({ method: "GET", url: "/api/users?pageSize=100" })).json();
      const names = page.items.map((u: { username: string }) => u.username);
      expect(names).toEqual(expect.arrayContaining(["station", "worker", "supervisor"]));
      for (const hidden of ["admin", "city", "haishu", "yuyao", "leader"])
        expect(names).not.toContain(hidden);
      for (const user of page.items as { roleId: string; region: { code: string } }[]) {
        expect(user.region.code.startsWith("330203")).toBe(true);
        expect(["district_officer", "city_officer", "system_admin"]).not.toContain(user.roleId);
      }
      const asked = await haishu.request({ method: "GET", url: "/api/users?roleId=district_officer" });
      expect(asked.json().total).toBe(0);
      // Outside the district, or its own role (itself included): as if there were no such account.
      for (const username of ["yuyao", "haishu", "city", "admin"]) {
        const id = await idOf(username);
        expect((await haishu.request({ method: "GET", url: `/api/users/${id}` })).statusCode, username).toBe(
          404,
        );
        const disable = await haishu.request({ method: "POST", url: `/api/users/${id}/disable` });
        expect(disable.statusCode, username).toBe(404);
      }
      const workerId = await idOf("worker");
      expect((await haishu.request({ method: "GET", url: `/api/users/${workerId}` })).statusCode).toBe(200);
    });

    it("disables, re-enables and resets accounts of its district; cannot promote one to its own role", async () => {
      const workerId = await idOf("worker");
      const disabled = await haishu.request({ method: "POST", url: `/api/users/${workerId}/disable` });
      expect(disabled.statusCode).toBe(200);
      expect(disabled.json().isActive).toBe(false);
      const entries = (await auditOf(workerId)).filter((e) => e.action === "user.deactivate");
      expect(entries.at(-1)?.actor_username).toBe("haishu");
      const enabled = await haishu.request({ method: "POST", url: `/api/users/${workerId}/enable` });
      expect(enabled.json().isActive).toBe(true);
      const promoted = await haishu.request({
        method: "PATCH",
        url: `/api/users/${workerId}`,
        payload: { roleId: "district_officer", regionCode: "330203000000" },
      });
      expect(promoted.statusCode).toBe(403);
      const reset = await haishu.request({
        method: "POST",
        url: `/api/users/${await idOf("nanmen.zhang")}/reset-password`,
        payload: { password: strongPassword },
      });
      expect(reset.statusCode).toBe(200);
    });

    it("lets the city officer manage district officers but not its own role or the administrator's", async () => {
      const city = await login(t.app, "city");
      const officer = await create(
        city,
        account({ username: "jiangbei.officer", roleId: "district_officer", regionCode: "330205000000" }),
      );
      expect(officer.statusCode).toBe(201);
      for (const roleId of ["city_officer", "system_admin"]) {
        const refused = await create(
          city,
          account({ username: `city.${roleId}`, roleId, regionCode: "330200000000" }),
        );
        expect(refused.statusCode, roleId).toBe(403);
      }
      // The demo city's caseworker accounts (sw…) fill the first pages: officers and leaders only.
      const listed = async (roleId: string) =>
        (await city.request({ method: "GET", url: `/api/users?pageSize=100&roleId=${roleId}` }))
          .json()
          .items.map((u: { username: string }) => u.username);
      const names = [...(await listed("district_officer")), ...(await listed("leader"))];
      expect(names).toEqual(expect.arrayContaining(["haishu", "yuyao", "leader", "jiangbei.officer"]));
      expect(names).not.toContain("admin");
      expect(names).not.toContain("city");
    });

    it("keeps every other role out of user management", async () => {
      for (const username of ["station", "worker", "supervisor", "leader"]) {
        const session = await login(t.app, username);
        expect((await session.request({ method: "GET", url: "/api/users" })).statusCode, username).toBe(403);
        const attempt = await create(session, account({ username: `by.${username}` }));
        expect(attempt.statusCode, username).toBe(403);
      }
    });
  });

  it("lists with one pagination shape, filters and sorting", async () => {
    const page = (
      await admin.request({ method: "GET", url: "/api/users?page=1&pageSize=3&sort=-username" })
    ).json();
    expect(page).toMatchObject({ page: 1, pageSize: 3 });
    expect(page.total).toBeGreaterThanOrEqual(8);
    const names = page.items.map((u: { username: string }) => u.username);
    expect(names).toEqual([...names].sort().reverse());
    const officers = (
      await admin.request({ method: "GET", url: "/api/users?roleId=district_officer&pageSize=50" })
    ).json();
    expect(officers.items.every((u: { roleId: string }) => u.roleId === "district_officer")).toBe(true);
  });

  it("does not let an administrator disable their own account", async () => {
    const me = (await admin.request({ method: "GET", url: "/api/auth/me" })).json().user;
    expect((await admin.request({ method: "POST", url: `/api/users/${me.id}/disable` })).statusCode).toBe(
      403,
    );
  });
});
