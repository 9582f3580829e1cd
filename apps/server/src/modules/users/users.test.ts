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

  it("keeps user management to administrators: a district officer can neither list nor change users", async () => {
    const officer = await login(t.app, "haishu");
    expect((await officer.request({ method: "GET", url: "/api/users" })).statusCode).toBe(403);
    expect((await officer.request({ method: "GET", url: "/api/users/1" })).statusCode).toBe(403);
    const create = await officer.request({
      method: "POST",
      url: "/api/users",
      payload: {
        username: "sneaky",
        displayName: "x",
        roleId: "leader",
        organizationId: null,
        regionCode: "330203000000",
        password: strongPassword,
      },
    });
    expect(create.statusCode).toBe(403);
    expect((await officer.request({ method: "POST", url: "/api/users/1/disable" })).statusCode).toBe(403);
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
