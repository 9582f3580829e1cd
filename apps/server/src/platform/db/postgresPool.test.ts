import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createDatabase } from "./database.ts";

const url = process.env.XQ_PG_TEST_URL;

describe.skipIf(!url)("PostgreSQL pool", () => {
  it("survives the server ending an idle connection, and keeps answering", async () => {
    const db = createDatabase(url ?? "", { poolSize: 1 });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const backend = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
      // The pool's only connection is idle now; ending it raises "error" on the pool.
      await admin.query("select pg_terminate_backend($1)", [backend.rows[0]?.pid]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const after = await sql<{ one: number }>`select 1 as one`.execute(db);
      expect(after.rows[0]?.one).toBe(1);
    } finally {
      await admin.end();
      await db.destroy();
    }
  });
});
