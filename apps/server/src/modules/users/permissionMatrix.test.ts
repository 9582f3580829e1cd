import { permissions, type RoleId, roleIds } from "@xinqiao/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, signedInAs } from "../../../test/factories.ts";
import { createTestApp, dialects, login, type Session, type TestApp } from "../../../test/harness.ts";
import { serverModules } from "../../modules.ts";
import { loadWorkbook, rowValues } from "../../platform/excel/testing.ts";
import { ensureReferenceData } from "../../setup/referenceData.ts";
import { up } from "./migrations/2026120750_permission_matrix.ts";
import { permissionMatrix } from "./permissionMatrix.testing.ts";

/**
 * A database from before the matrix still holds the administrator's old grants (reference data
 * only ever adds); the migration takes exactly those away, and the next start does not put them
 * back — nor does it touch a grant an operator added on purpose.
 */
describe.each(dialects)("the permission matrix migration on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
  });
  afterAll(() => t.close());

  const grants = async () =>
    (await t.ctx.db.selectFrom("role_permissions").select(["role_id", "permission"]).execute())
      .map((row) => `${row.role_id} ${row.permission}`)
      .sort();

  it("revokes the administrator's residents and credit-code grants once, and leaves the rest", async () => {
    const current = await grants();
    expect(current).not.toContain("system_admin regions.residents.edit");
    await t.ctx.db
      .insertInto("role_permissions")
      .values([
        { role_id: "system_admin", permission: "regions.residents.edit" },
        { role_id: "system_admin", permission: "organizations.override_credit_code" },
      ])
      .execute();
    await up(t.ctx.db);
    expect(await grants()).toEqual(current);

    await ensureReferenceData(t.ctx.db, t.ctx.config.cityCode, t.clock, serverModules);
    expect(await grants()).toEqual(current);
    // An operator's own grant survives later starts: only a migration, run once, takes grants away.
    await t.ctx.db
      .insertInto("role_permissions")
      .values({ role_id: "supervisor", permission: "registries.export" })
      .execute();
    await ensureReferenceData(t.ctx.db, t.ctx.config.cityCode, t.clock, serverModules);
    expect(await grants()).toContain("supervisor registries.export");
  });
});

/** The matrix as the running app answers it, on both databases: every role's column, and the cases. */
describe.each(dialects)("the permission matrix through the API on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it("gives each role exactly its column of the README's table", async () => {
    const sessions: [RoleId, Session][] = [
      ["system_admin", await login(t.app, "admin")],
      ["city_officer", await login(t.app, "city")],
      ["district_officer", await login(t.app, "haishu")],
      ["station_staff", await login(t.app, "station")],
      ["social_worker", await login(t.app, "worker")],
      ["supervisor", await login(t.app, "supervisor")],
      ["org_admin", await signedInAs(t, "org_admin", "330203001000")],
      ["leader", await login(t.app, "leader")],
    ];
    expect(sessions.map(([role]) => role)).toEqual([...roleIds]);
    for (const [role, session] of sessions) {
      const me = (await session.request({ method: "GET", url: "/api/auth/me" })).json();
      const column = permissions.filter((permission) => permissionMatrix[permission].includes(role));
      expect([...me.user.permissions].sort(), role).toEqual([...column].sort());
    }
  });

  it("answers the cases the matrix was decided on", async () => {
    const admin = await login(t.app, "admin");
    const organization = await admin.request({
      method: "POST",
      url: "/api/social-organizations",
      payload: { name: "管理员新增的组织" },
    });
    expect(organization.statusCode).toBe(403);
    const residents = await admin.request({ method: "GET", url: "/api/regions/residents/template" });
    expect(residents.statusCode).toBe(403);

    const city = await login(t.app, "city");
    expect((await city.request({ method: "GET", url: "/api/audit" })).statusCode).toBe(200);

    const leader = await login(t.app, "leader");
    const exported = await leader.request({ method: "GET", url: "/api/social-workers/export" });
    expect(exported.statusCode).toBe(200);
    const sheet = (await loadWorkbook(exported.rawPayload)).worksheets[0];
    expect(rowValues(sheet, 1)[1]).toBe("身份证号");
    expect(String(rowValues(sheet, 2)[1])).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    const unmasked = await leader.request({ method: "GET", url: "/api/social-workers/export?unmasked=true" });
    expect(unmasked.statusCode).toBe(403);
    expect((await leader.request({ method: "GET", url: "/api/users" })).statusCode).toBe(403);
  });
});
