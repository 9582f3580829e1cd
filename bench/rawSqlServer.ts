import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import Fastify from "fastify";

/**
 * The baselines of a benchmark: a bare Fastify route per captured request, `/raw/<name>`,
 * running exactly the SQL statements the API ran for it (captured from the service in the same
 * run, with their parameters, in BENCH_SQL_FILE as { name: statements }) through better-sqlite3 —
 * no session, no scope check, no validation, no presenting.
 */
const file = process.env.BENCH_SQLITE_FILE ?? "";
const port = Number(process.env.PORT ?? 3395);
const captured = JSON.parse(readFileSync(process.env.BENCH_SQL_FILE ?? "", "utf8")) as Record<
  string,
  { sql: string; parameters: unknown[] }[]
>;
const sqlite = new Database(file, { readonly: true });
const app = Fastify();
for (const [name, statements] of Object.entries(captured)) {
  const prepared = statements.map(({ sql, parameters }) => ({ statement: sqlite.prepare(sql), parameters }));
  app.get(`/raw/${name}`, () => prepared.map(({ statement, parameters }) => statement.all(...parameters)));
}
await app.listen({ port, host: "127.0.0.1" });
console.info(`raw SQL server on ${port}: ${Object.keys(captured).join(", ")}`);
