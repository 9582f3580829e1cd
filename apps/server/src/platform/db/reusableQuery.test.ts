import type { RegionLevel } from "@xinqiao/shared";
import type { Insertable } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, type TestApp } from "../../../test/harness.ts";
import type { Queryable } from "./database.ts";
import { reusableInsert, reusableInsertRows, reusableQuery } from "./reusableQuery.ts";
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

  it("binds a list of rows row by row and key by key (a multi-row insert), once per rows' shape", async () => {
    const insertEntries = reusableQuery((db: Queryable, rows: Insertable<AuditLogTable>[]) =>
      db.insertInto("audit_log").values(rows).returning(["action", "entity_id", "ip"]),
    );
    const entry = (action: string, entityId: string, ip: string | null) => ({
      at: "2026-12-01T00:00:00.000Z",
      action,
      entity: "user",
      entity_id: entityId,
      ip,
      result: "success",
    });
    const two = await insertEntries(t.ctx.db, [
      entry("user.create", "7", null),
      entry("user.update", "8", "::1"),
    ]);
    const otherTwo = await insertEntries(t.ctx.db, [
      entry("user.logout", "9", "10.0.0.2"),
      entry("user.login", "10", null),
    ]);
    const three = await insertEntries(t.ctx.db, [
      entry("user.create", "11", null),
      entry("user.update", "12", null),
      entry("user.activate", "13", "::1"),
    ]);
    const byEntity = <Row extends { entity_id: string | null }>(rows: Row[]) =>
      [...rows].sort((a, b) => Number(a.entity_id) - Number(b.entity_id));
    expect(byEntity(two)).toEqual([
      { action: "user.create", entity_id: "7", ip: null },
      { action: "user.update", entity_id: "8", ip: "::1" },
    ]);
    expect(byEntity(otherTwo)).toEqual([
      { action: "user.logout", entity_id: "9", ip: "10.0.0.2" },
      { action: "user.login", entity_id: "10", ip: null },
    ]);
    expect(byEntity(three).map((row) => row.action)).toEqual(["user.create", "user.update", "user.activate"]);
  });

  it("answers a multi-row insert's new ids in the rows' order on either database", async () => {
    const insertEntries = reusableInsertRows((db: Queryable, rows: Insertable<AuditLogTable>[]) =>
      db.insertInto("audit_log").values(rows),
    );
    const entry = (entityId: string) => ({
      at: "2026-12-01T00:00:00.000Z",
      action: "user.update",
      entity: "user",
      entity_id: entityId,
      result: "success",
    });
    const ids = await insertEntries(t.ctx.db, [entry("21"), entry("22"), entry("23")]);
    const more = await t.ctx.db
      .transaction()
      .execute((trx) => insertEntries(trx, [entry("24"), entry("25"), entry("26")]));
    const stored = await t.ctx.db
      .selectFrom("audit_log")
      .select(["id", "entity_id"])
      .where("id", "in", [...ids, ...more])
      .execute();
    const entityOf = new Map(stored.map((row) => [row.id, row.entity_id]));
    expect([...ids, ...more].map((id) => entityOf.get(id))).toEqual(["21", "22", "23", "24", "25", "26"]);
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
