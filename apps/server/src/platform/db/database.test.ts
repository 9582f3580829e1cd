import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openSqlite } from "./database.ts";

describe("SQLite rows built from arrays (ArrayRowStatement)", () => {
  const db = openSqlite(new SQLite(":memory:"));
  afterAll(() => db.destroy());

  it("gives the rows better-sqlite3's object mode gives, for reads, streams and writes", async () => {
    await sql`create table t (id integer primary key, name text, score real, note text)`.execute(db);
    const written =
      await sql`insert into t (name, score, note) values ('甲', 1.5, null), ('乙', 2, 'x')`.execute(db);
    expect(written.numAffectedRows).toBe(2n);
    const rows = await sql<Record<string, unknown>>`select * from t order by id`.execute(db);
    expect(rows.rows).toEqual([
      { id: 1, name: "甲", score: 1.5, note: null },
      { id: 2, name: "乙", score: 2, note: "x" },
    ]);
    const streamed: unknown[] = [];
    // biome-ignore lint/suspicious/noExplicitAny: an ad-hoc table outside the typed schema.
    for await (const row of (db as any).selectFrom("t").select(["name"]).orderBy("id").stream()) {
      streamed.push(row);
    }
    expect(streamed).toEqual([{ name: "甲" }, { name: "乙" }]);
  });

  it("follows a schema change on its connection: select * after ALTER TABLE", async () => {
    await sql`create table s (id integer primary key, a text)`.execute(db);
    await sql`insert into s (a) values ('x')`.execute(db);
    const before = await sql<Record<string, unknown>>`select * from s`.execute(db);
    expect(before.rows).toEqual([{ id: 1, a: "x" }]);
    await sql`alter table s add column b text default 'y'`.execute(db);
    const after = await sql<Record<string, unknown>>`select * from s`.execute(db);
    expect(after.rows).toEqual([{ id: 1, a: "x", b: "y" }]);
  });

  it("keeps the last value of a repeated column name, as object mode does", async () => {
    const plain = new SQLite(":memory:");
    const objectMode = plain.prepare("select 1 as a, 2 as a, 3 as b").get();
    plain.close();
    const rows = await sql<Record<string, unknown>>`select 1 as a, 2 as a, 3 as b`.execute(db);
    expect(rows.rows).toEqual([objectMode]);
  });
});
