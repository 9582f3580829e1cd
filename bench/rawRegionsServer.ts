import Database from "better-sqlite3";
import Fastify from "fastify";

/**
 * The baseline for bench/regions.bench.ts: a bare Fastify route that runs the same SQL as
 * GET /api/regions?parent=… directly through better-sqlite3 — no session, no scope, no
 * validation, no serialisation schema. What the platform adds is measured against this.
 */
const file = process.env.BENCH_SQLITE_FILE ?? "";
const port = Number(process.env.PORT ?? 3392);
const sqlite = new Database(file, { readonly: true });
sqlite.pragma("journal_mode = WAL");
const parentRegion = sqlite.prepare("select * from regions where code = ?");
const children = sqlite.prepare("select * from regions where parent_code = ? order by code limit ? offset ?");
const count = sqlite.prepare("select count(*) as total from regions where parent_code = ?");

const app = Fastify();
app.get("/raw/regions", (request) => {
  const parent = (request.query as { parent: string }).parent;
  // The same statements the platform runs for this request (a full first page would also count).
  parentRegion.get(parent);
  const items = children.all(parent, 20, 0);
  const total = items.length < 20 ? items.length : (count.get(parent) as { total: number }).total;
  return { items, total, page: 1, pageSize: 20 };
});
await app.listen({ port, host: "127.0.0.1" });
console.info(`raw server on ${port}`);
