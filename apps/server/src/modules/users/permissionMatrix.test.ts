import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData } from "../../../test/factories.ts";
import { dialects, type TestApp } from "../../../test/harness.ts";
import { serverModules } from "../../modules.ts";
import { ensureReferenceData } from "../../setup/referenceData.ts";
import { up } from "./migrations/2026120750_permission_matrix.ts";

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
