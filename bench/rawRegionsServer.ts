import Database from "better-sqlite3";
import Fastify from "fastify";

/**
 * The baseline for bench/regions.bench.ts: a bare Fastify route that runs the same SQL as
 * GET /api/regions?parent=… directly through better-sqlite3 — no session, no scope, no
 * validation, no serialisation schema. What the platform adds is measured against this.
 * /raw/regions reads rows as better-sqlite3 gives them by default (objects); /raw/regions-arrays
 * reads them as arrays and builds the objects in JS, as the platform's data layer does
 * (platform/db/database.ts), so the platform's layers can be told apart from its row building.
 */
const file = process.env.BENCH_SQLITE_FILE ?? "";
const port = Number(process.env.PORT ?? 3392);
const sqlite = new Database(file, { readonly: true });
sqlite.pragma("journal_mode = WAL");
// The columns the platform reads (regions.repository.ts presentedRegionColumns).
const columns = "code, name, parent_code, residents, is_residents_demo, street_count, community_count";
const childrenSql = `select ${columns} from regions where parent_code = ? order by code limit ? offset ?`;
const children = sqlite.prepare(childrenSql);
const childrenAsArrays = sqlite.prepare(childrenSql).raw(true);
const names = childrenAsArrays.columns().map((column) => column.name);
const count = sqlite.prepare("select count(*) as total from regions where parent_code = ?");

function objectOf(values: unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i++) row[names[i] as string] = values[i];
  return row;
}

function page(parent: string, items: unknown[]) {
  // The statements the platform runs for this request's data (a full first page would also
  // count); the platform knows the parent from its cache of region names.
  const total = items.length < 20 ? items.length : (count.get(parent) as { total: number }).total;
  return { items, total, page: 1, pageSize: 20 };
}

const app = Fastify();
app.get("/raw/regions", (request) => {
  const parent = (request.query as { parent: string }).parent;
  return page(parent, children.all(parent, 20, 0));
});
app.get("/raw/regions-arrays", (request) => {
  const parent = (request.query as { parent: string }).parent;
  return page(parent, (childrenAsArrays.all(parent, 20, 0) as unknown[][]).map(objectOf));
});
await app.listen({ port, host: "127.0.0.1" });
console.info(`raw server on ${port}`);
