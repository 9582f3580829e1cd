import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import Fastify from "fastify";

/**
 * The baseline of the volunteer list in bench/volunteers.bench.ts: a bare Fastify route running
 * exactly the SQL statements GET /api/volunteers runs for the benchmark's search (captured from
 * the service in the same run and handed over in BENCH_SQL_FILE, with their parameters), through
 * better-sqlite3 — no session, no scope check, no validation, no presenting.
 */
const file = process.env.BENCH_SQLITE_FILE ?? "";
const port = Number(process.env.PORT ?? 3394);
const captured = JSON.parse(readFileSync(process.env.BENCH_SQL_FILE ?? "", "utf8")) as {
  sql: string;
  parameters: unknown[];
}[];
const sqlite = new Database(file, { readonly: true });
const statements = captured.map(({ sql, parameters }) => ({ statement: sqlite.prepare(sql), parameters }));

const app = Fastify();
app.get("/raw/volunteers", () => statements.map(({ statement, parameters }) => statement.all(...parameters)));
await app.listen({ port, host: "127.0.0.1" });
console.info(`raw volunteers server on ${port}`);
