import type { RegionLevel } from "@xinqiao/shared";
import type { Insertable } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, type TestApp } from "../../../test/harness.ts";
import type { Queryable } from "./database.ts";
import { reusableInsert, reusableQuery } from "./reusableQuery.ts";
import type { AuditLogTable } from "./tables.ts";

const childrenPage = reusableQuery((db: Queryable, parent: string, limit: number, offset: number) =>
  db
    .selectFrom("regions")
    .select("code")
    .where("parent_code", "=", parent)
    .orderBy("code")
    .limit(limit)
    .offset(offset),
);

const namesOf = reusableQuery((db: Queryable, codes: string[], level: RegionLevel) =>
  db
    .selectFrom("regions")
    .select("name")
    .where("code", "in", codes)
    .where("level", "=", level)
    .orderBy("code"),
);

describe.each(dialects)("reusableQuery on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { LOAD_DEMO_DATA: "false" });
  });
  afterAll(() => t.close());

  it("binds each call's arguments to the compiled query, whatever their position", async () => {
    const first = await childrenPage(t.ctx.db, "330203000000", 2, 0);
    const second = await childrenPage(t.ctx.db, "330203000000", 3, 2);
    const other = await childrenPage(t.ctx.db, "330205000000", 1, 0);
    expect(first.map((r) => r.code)).toEqual(["330203001000", "330203002000"]);
    expect(second).toHaveLength(3);
    expect(second[0]?.code).toBe("330203003000");
    expect(other.map((r) => r.code)).toEqual(["330205001000"]);
  });

  it("binds list arguments element by element, for lists of any length", async () => {
    const two = await namesOf(t.ctx.db, ["330203000000", "330205000000"], "district");
    const three = await namesOf(t.ctx.db, ["330212000000", "330203000000", "330281000000"], "district");
    const otherTwo = await namesOf(t.ctx.db, ["330211000000", "330203001000"], "district");
    expect(two.map((r) => r.name)).toEqual(["海曙区", "江北区"]);
    expect(three.map((r) => r.name)).toEqual(["海曙区", "鄞州区", "余姚市"]);
    expect(otherTwo.map((r) => r.name)).toEqual(["镇海区"]);
  });

  it("binds an object argument key by key, once per set of keys (an insert's row)", async () => {
    const insertEntry = reusableQuery((db: Queryable, row: Insertable<AuditLogTable>) =>
      db.insertInto("audit_log").values(row).returning(["id", "action", "entity_id", "ip"]),
    );
    const base = {
      at: "2026-12-01T00:00:00.000Z",
      actor_id: null,
      actor_username: null,
      entity: "user",
      result: "success",
    };
    const first = await insertEntry(t.ctx.db, { ...base, action: "user.create", entity_id: "1", ip: null });
    const second = await insertEntry(t.ctx.db, {
      ...base,
      action: "user.update",
      entity_id: "2",
      ip: "10.0.0.1",
    });
    const fewer = await insertEntry(t.ctx.db, {
      ...base,
      action: "user.disable",
      entity_id: undefined,
      ip: "::1",
    });
    expect(first).toEqual([{ id: expect.any(Number), action: "user.create", entity_id: "1", ip: null }]);
    expect(second).toEqual([
      { id: expect.any(Number), action: "user.update", entity_id: "2", ip: "10.0.0.1" },
    ]);
    expect(fewer).toEqual([{ id: expect.any(Number), action: "user.disable", entity_id: null, ip: "::1" }]);
  });

  it("answers an insert's new id on either database", async () => {
    const insertEntry = reusableInsert((db: Queryable, action: string) =>
      db
        .insertInto("audit_log")
        .values({ at: "2026-12-01T00:00:00.000Z", action, entity: "user", result: "success" }),
    );
    const first = await insertEntry(t.ctx.db, "user.create");
    const second = await t.ctx.db.transaction().execute((trx) => insertEntry(trx, "user.update"));
    expect(second).toBeGreaterThan(first);
    const stored = await t.ctx.db
      .selectFrom("audit_log")
      .select(["id", "action"])
      .where("id", "in", [first, second])
      .orderBy("id")
      .execute();
    expect(stored).toEqual([
      { id: first, action: "user.create" },
      { id: second, action: "user.update" },
    ]);
  });

  it("runs inside a transaction too", async () => {
    const rows = await t.ctx.db.transaction().execute((trx) => childrenPage(trx, "330200000000", 20, 0));
    expect(rows).toHaveLength(10);
  });
});
