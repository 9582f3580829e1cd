import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, login, strongPassword, type TestApp } from "../../test/harness.ts";
import { insertCityDivisions } from "../modules/regions/regions.repository.ts";
import { AppError } from "../platform/errors.ts";
import { createAdmin } from "./createAdmin.ts";

/**
 * `npm run admin:create` on a production start (demo accounts refused, none loaded), where it is
 * the only way in, and for a city other than the demo city.
 */
describe.each(dialects)("npm run admin:create on %s", (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect, {
      NODE_ENV: "production",
      LOAD_DEMO_DATA: "false",
      DATABASE_URL: "postgres://unused.invalid/x",
    });
  });
  afterAll(() => t.close());

  const refusal = async (input: { username: string; displayName: string; password: string }) => {
    const error = await createAdmin(t.ctx, input).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  };

  it("creates a system administrator at the city who signs in, must change the password, and is audited", async () => {
    expect(await t.ctx.db.selectFrom("users").select("id").execute()).toEqual([]);
    const created = await createAdmin(t.ctx, {
      username: "it.chen",
      displayName: "陈运维",
      password: strongPassword,
    });
    expect(created).toMatchObject({
      username: "it.chen",
      roleId: "system_admin",
      region: { code: "330200000000", name: "宁波市" },
      organization: { name: "宁波市委社会工作部" },
      mustChangePassword: true,
      isActive: true,
    });
    const [entry, ...others] = await t.ctx.db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity", "=", "user")
      .where("entity_id", "=", String(created.id))
      .execute();
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ action: "user.create", actor_id: null, actor_username: "system" });
    expect(JSON.parse(entry?.after_json ?? "{}")).toMatchObject({
      username: "it.chen",
      roleId: "system_admin",
      reason: expect.stringContaining("npm run admin:create"),
    });
    expect(entry?.after_json).not.toContain("argon2");

    const session = await login(t.app, "it.chen", strongPassword);
    const blocked = await session.request({ method: "GET", url: "/api/users" });
    expect(blocked.json().error.code).toBe("PASSWORD_CHANGE_REQUIRED");
    const changed = await session.request({
      method: "POST",
      url: "/api/auth/password",
      payload: { currentPassword: strongPassword, newPassword: "Diyi#Guanli2026" },
    });
    expect(changed.statusCode, changed.body).toBeLessThan(300);
    const admin = await login(t.app, "it.chen", "Diyi#Guanli2026");
    expect((await admin.request({ method: "GET", url: "/api/users" })).json().total).toBe(1);
  });

  it("refuses an existing username, a weak password and a malformed name, creating nothing", async () => {
    const before = await t.ctx.db.selectFrom("users").select("id").execute();
    const taken = await refusal({ username: "it.chen", displayName: "重名", password: strongPassword });
    expect(taken.code).toBe("CONFLICT");
    expect(taken.message).toBe("用户名已存在");
    const weak = await refusal({ username: "it.wang", displayName: "王", password: "short" });
    expect(weak.code).toBe("PASSWORD_POLICY");
    expect(weak.message).toContain("密码长度至少 10 位");
    const containsName = await refusal({ username: "it.wang", displayName: "王", password: "It.Wang#2026x" });
    expect(containsName.fields?.[0]?.message).toContain("密码不能包含用户名");
    const malformed = await refusal({ username: "Root Admin", displayName: "x", password: strongPassword });
    expect(malformed.fields?.[0]?.path).toBe("username");
    expect(await t.ctx.db.selectFrom("users").select("id").execute()).toEqual(before);
  });

  it("creates the administrator of another city (CITY_CODE), scoped to that city", async () => {
    await insertCityDivisions(t.ctx.db, {
      cityCode: "3301",
      source: "test",
      regions: [
        ["330100000000", "杭州市"],
        ["330102000000", "上城区"],
      ],
    });
    const hangzhou = { ...t.ctx, config: { ...t.ctx.config, cityCode: "3301" } };
    const created = await createAdmin(hangzhou, {
      username: "hz.admin",
      displayName: "杭州管理员",
      password: strongPassword,
    });
    expect(created).toMatchObject({ region: { code: "330100000000", name: "杭州市" }, organization: null });
    // A city whose divisions were never imported: said, and nothing created.
    const wenzhou = { ...t.ctx, config: { ...t.ctx.config, cityCode: "3303" } };
    const error = await createAdmin(wenzhou, {
      username: "wz.admin",
      displayName: "温州管理员",
      password: strongPassword,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fields?.[0]?.message).toContain("3303");
  });
});
