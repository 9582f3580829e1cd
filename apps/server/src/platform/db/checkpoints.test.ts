import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { createDatabase } from "./database.ts";

describe("WAL checkpoints from a worker thread", () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it("copies committed pages into the database file while the main connection never checkpoints", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "xinqiao-checkpoints-"));
    folders.push(folder);
    const file = path.join(folder, "db.sqlite");
    const db = createDatabase(`sqlite:${file}`, { backgroundCheckpoints: true });
    try {
      // Asked inside a transaction: that is the writer's connection, the one that commits.
      const autocheckpoint = await db
        .transaction()
        .execute((trx) => sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(trx));
      expect(autocheckpoint.rows[0]?.wal_autocheckpoint).toBe(0);
      await sql`create table filler (id integer primary key, text text not null)`.execute(db);
      const sizeBefore = statSync(file).size;
      // ~4 MB of rows: about a thousand pages, all in the WAL until someone checkpoints.
      await sql`
        with recursive n(i) as (select 1 union all select i + 1 from n where i < 4000)
        insert into filler (text) select printf('%.1000c', 'x') from n
      `.execute(db);
      const deadline = Date.now() + 5000;
      while (statSync(file).size < sizeBefore + 4_000_000 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(statSync(file).size).toBeGreaterThan(sizeBefore + 4_000_000);
    } finally {
      await db.destroy();
    }
    // Closed cleanly: the last connection removed the WAL.
    expect(() => statSync(`${file}-wal`)).toThrow();
  });
});
