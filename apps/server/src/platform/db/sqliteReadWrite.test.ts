import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Kysely, sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDatabase, type Db } from "./database.ts";

// A scratch table outside the app's schema: the routing is what is under test.
async function names(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from scratch order by name`.execute(db);
  return rows.map((row) => row.name);
}

describe("SQLite file: reader beside a long write transaction", () => {
  let directory: string;
  let db: Db;

  beforeEach(async () => {
    directory = mkdtempSync(path.join(tmpdir(), "xinqiao-rw-"));
    db = createDatabase(`sqlite:${path.join(directory, "test.sqlite")}`);
    await sql`create table scratch (name text primary key)`.execute(db);
    await sql`insert into scratch (name) values ('before')`.execute(db);
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(directory, { recursive: true, force: true });
  });

  it("answers reads at once with the committed state while a transaction holds the writer", async () => {
    let finish: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const transaction = db.transaction().execute(async (trx) => {
      await sql`insert into scratch (name) values ('inside')`.execute(trx);
      expect(await names(trx)).toEqual(["before", "inside"]);
      await held;
    });
    await new Promise((resolve) => setImmediate(resolve));

    expect(await names(db)).toEqual(["before"]);

    let written = false;
    const write = sql`insert into scratch (name) values ('after')`.execute(db).then(() => {
      written = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(written).toBe(false); // waits for the writer, without blocking the event loop

    finish();
    await transaction;
    await write;
    expect(await names(db)).toEqual(["after", "before", "inside"]);
  });

  it("undoes a failed transaction and a savepoint on the writer", async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`insert into scratch (name) values ('lost')`.execute(trx);
        throw new Error("injected");
      }),
    ).rejects.toThrow("injected");
    await db.transaction().execute(async (trx) => {
      await sql`savepoint one`.execute(trx);
      await sql`insert into scratch (name) values ('undone')`.execute(trx);
      await sql`rollback to one`.execute(trx);
      await sql`release one`.execute(trx);
      await sql`insert into scratch (name) values ('kept')`.execute(trx);
    });
    expect(await names(db)).toEqual(["before", "kept"]);
  });

  it("streams a select on the reader and refuses nothing that writes outside a transaction", async () => {
    const scratch = db as unknown as Kysely<{ scratch: { name: string } }>;
    const streamed: string[] = [];
    for await (const row of scratch.selectFrom("scratch").select("name").stream()) streamed.push(row.name);
    expect(streamed).toEqual(["before"]);
    const result = await sql`update scratch set name = 'changed' where name = 'before'`.execute(db);
    expect(result.numAffectedRows).toBe(1n);
    expect(await names(db)).toEqual(["changed"]);
  });
});
