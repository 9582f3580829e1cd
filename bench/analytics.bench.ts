import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { openContext } from "../apps/server/src/bootstrap.ts";
import { measureSourcesOf, rebuildAggregates } from "../apps/server/src/modules/analytics/aggregates.ts";
import { dashboardOf } from "../apps/server/src/modules/analytics/dashboard.service.ts";
import { serverModules } from "../apps/server/src/modules.ts";
import { loadConfig } from "../apps/server/src/platform/config.ts";
import type { Database } from "../apps/server/src/platform/db/tables.ts";
import { csrfOf, login, recordingBody, requestUser, waitFor } from "./benchHelpers.ts";

/**
 * Issue 11's figures, SQLite, server on 127.0.0.1, with the demo city at 10× its casework and its
 * service records topped up to BENCH_ANALYTICS_RECORDS (default 10 million):
 * 1. the city dashboard (all its panels) at 10 connections against a bare route running the same
 *    statements on the aggregates (targets: ratio ≥ 0.5, p50 < 100 ms), and beside it the same
 *    figures by raw GROUP BY over the records;
 * 2. a full rebuild of the aggregates against one raw GROUP BY pass over the service records
 *    (target ≤ 2×);
 * 3. service records recorded with and without the aggregates' refresh running (target: < 20 %
 *    slower).
 * BENCH_ANALYTICS_DIR keeps the generated city for the next run; BENCH_CASEWORK_DIR, if it holds
 * one, is copied instead of generating anew. Bounded: 10 s per load.
 */
const root = path.resolve(import.meta.dirname, "..");
const kept = process.env.BENCH_ANALYTICS_DIR;
const dataDirectory = kept ?? mkdtempSync(path.join(tmpdir(), "xinqiao-bench-analytics-"));
mkdirSync(dataDirectory, { recursive: true });
const databaseFile = path.join(dataDirectory, "xinqiao.sqlite");
const targetRecords = Number(process.env.BENCH_ANALYTICS_RECORDS ?? 10_000_000);
const port = 3398;
const rawPort = 3399;
const base = `http://127.0.0.1:${port}`;
const env = { DATA_DIR: dataDirectory, LOG_LEVEL: "warn", NODE_ENV: "development", DEMO_SCALE: "10" };
let server: ChildProcess | null = null;
let raw: ChildProcess | null = null;

try {
  // The city: copied from a kept casework benchmark, or generated; then records topped up.
  const caseworkCity = process.env.BENCH_CASEWORK_DIR;
  if (!existsSync(databaseFile) && caseworkCity && existsSync(path.join(caseworkCity, "xinqiao.sqlite"))) {
    const sqlite = new SQLite(path.join(caseworkCity, "xinqiao.sqlite"));
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    sqlite.close();
    copyFileSync(path.join(caseworkCity, "xinqiao.sqlite"), databaseFile);
    copyFileSync(path.join(caseworkCity, "secrets.json"), path.join(dataDirectory, "secrets.json"));
  }
  let started = Date.now();
  const ctx = await openContext(loadConfig({ ...process.env, ...env }));
  console.info(`the demo city at 10× ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  started = Date.now();
  const records = topUpServiceRecords(databaseFile, targetRecords);
  console.info(
    `service records: ${records.toLocaleString("en")} (topped up in ${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );

  // 2. Rebuild against one raw GROUP BY pass over the same records.
  const rawPass = timed(() => {
    const sqlite = new SQLite(databaseFile, { readonly: true });
    sqlite
      .prepare(
        "select region_code, substr(service_date, 1, 7) as month, domain, count(*) from service_records where voided_at is null group by region_code, month, domain",
      )
      .all();
    sqlite.close();
  });
  started = Date.now();
  const outcomes = await rebuildAggregates(ctx, measureSourcesOf(serverModules));
  const rebuildSeconds = (Date.now() - started) / 1000;
  const bySource = outcomes
    .filter((outcome) => outcome.milliseconds >= 500)
    .map((outcome) => `${outcome.source} ${(outcome.milliseconds / 1000).toFixed(1)} s, ${outcome.rows} rows`)
    .join("; ");

  // The dashboard's statements, captured from the service itself for the bare route.
  const captured: Record<string, { sql: string; parameters: readonly unknown[] }[]> = { dashboard: [] };
  const logging = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new SQLite(databaseFile, { readonly: true }) }),
    log: (event) => {
      if (event.level === "query")
        captured.dashboard?.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  const city = await requestUser(ctx, "city");
  await dashboardOf({ ...ctx, db: logging }, { ...city, regionLevel: "city" }, {});
  await logging.destroy();
  const sqlFile = path.join(dataDirectory, "captured-sql.json");
  writeFileSync(sqlFile, JSON.stringify(captured));
  const recording = await recordingBody(ctx);
  await ctx.db.destroy();

  server = startServer("86400");
  await waitFor(`${base}/readyz`, 900_000);
  const cityCookie = await login(base, "city");
  raw = spawn(process.execPath, ["--import", "tsx", "bench/rawSqlServer.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(rawPort), BENCH_SQLITE_FILE: databaseFile, BENCH_SQL_FILE: sqlFile },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`http://127.0.0.1:${rawPort}/raw/dashboard`);
  const load = (url: string, cookie?: string, duration = 10) =>
    autocannon({ url, connections: 10, duration, headers: cookie ? { cookie } : {} });
  await load(`${base}/api/dashboard`, cityCookie, 3);
  await load(`http://127.0.0.1:${rawPort}/raw/dashboard`, undefined, 3);
  const api = await load(`${base}/api/dashboard`, cityCookie);
  const bare = await load(`http://127.0.0.1:${rawPort}/raw/dashboard`);
  raw.kill("SIGTERM");
  const byRecords = rawDashboardLatencies(databaseFile, 3);

  console.info(`\n1. GET /api/dashboard (the city officer: 10 districts, every panel), 10 connections, 10 s`);
  console.info(
    `   API   ${api.requests.average.toFixed(0)} req/s, p50 ${api.latency.p50} ms, p99 ${api.latency.p99} ms, non-2xx ${api.non2xx}`,
  );
  console.info(
    `   bare  ${bare.requests.average.toFixed(0)} req/s, p50 ${bare.latency.p50} ms (Fastify + better-sqlite3, the same ${captured.dashboard?.length ?? 0} statements on the aggregates)`,
  );
  console.info(
    `   ratio API ÷ bare = ${(api.requests.average / bare.requests.average).toFixed(2)} (target ≥ 0.5); p50 ${api.latency.p50} ms (target < 100 ms)`,
  );
  console.info(
    `   the same figures by raw GROUP BY over the records: ${byRecords.map((ms) => `${ms.toFixed(0)} ms`).join(", ")} per dashboard (one at a time)`,
  );
  console.info(
    `\n2. rebuild of every aggregate: ${rebuildSeconds.toFixed(1)} s (${bySource}); one raw GROUP BY pass over the service records ${rawPass.toFixed(1)} s; ratio ${(rebuildSeconds / rawPass).toFixed(2)} (target ≤ 2)`,
  );

  // 3. Recording with the refresh idle (the aggregates fresh), then with it recounting all along.
  // Each run after 5 s of writes of its own (caches and statement caches warm alike), then 20 s.
  await recordFor(cityCookie, recording, 5);
  const withoutRefresh = await recordFor(cityCookie, recording, 20);
  server.kill("SIGTERM");
  await new Promise((resolve) => server?.once("exit", resolve));
  server = startServer("5");
  await waitFor(`${base}/readyz`, 900_000);
  const cookie = await login(base, "city");
  // Writes first, so that every turn of the refresh finds the casework source stale.
  await recordFor(cookie, recording, 5);
  const withRefresh = await recordFor(cookie, recording, 20);
  console.info(
    `\n3. POST /api/service-records, 10 connections: ${withoutRefresh.toFixed(0)} records/s with the refresh idle, ${withRefresh.toFixed(0)} records/s with it recounting every 5 s; ${(100 * (1 - withRefresh / withoutRefresh)).toFixed(0)} % slower (target < 20 %)`,
  );
} finally {
  server?.kill("SIGTERM");
  raw?.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (!kept) rmSync(dataDirectory, { recursive: true, force: true });
}

function startServer(refreshSeconds: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      ANALYTICS_REFRESH_SECONDS: refreshSeconds,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function recordFor(cookie: string, body: object, duration = 10): Promise<number> {
  // The station records in its street; the city officer's scope holds it too.
  const csrf = await csrfOf(base, cookie);
  const result = await autocannon({
    url: `${base}/api/service-records`,
    method: "POST",
    connections: 10,
    duration,
    headers: { cookie, "x-csrf-token": csrf, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (result.non2xx > 0) console.warn(`   (${result.non2xx} answers were not 2xx)`);
  return result.requests.average;
}

function timed(work: () => void): number {
  const started = performance.now();
  work();
  return (performance.now() - started) / 1000;
}

/**
 * Copies existing service records (their dates moved back whole years) until the table holds
 * `target`: the counting cost of 10 million records without generating each one.
 */
function topUpServiceRecords(file: string, target: number): number {
  const sqlite = new SQLite(file);
  const count = () => (sqlite.prepare("select count(*) as n from service_records").get() as { n: number }).n;
  const columns = (sqlite.prepare("pragma table_info(service_records)").all() as { name: string }[])
    .map((column) => column.name)
    .filter((name) => name !== "id");
  let years = 3;
  while (count() < target) {
    const missing = target - count();
    const moved = columns.map((name) =>
      name === "service_date" ? `date(service_date, '-${years} years')` : name,
    );
    sqlite
      .prepare(
        `insert into service_records (${columns.join(", ")}) select ${moved.join(", ")} from service_records order by id limit ?`,
      )
      .run(missing);
    years += 3;
  }
  const total = count();
  sqlite.close();
  return total;
}

/** The dashboard's main figures computed from the records themselves, `runs` times. */
function rawDashboardLatencies(file: string, runs: number): number[] {
  const sqlite = new SQLite(file, { readonly: true });
  const statements = [
    "select substr(region_code, 1, 6) as district, count(*) from service_records where voided_at is null and service_date between '2026-11-01' and '2026-11-30' group by district",
    "select substr(service_date, 1, 7) as month, count(*) from service_records where voided_at is null and service_date >= '2024-12-01' group by month",
    "select substr(region_code, 1, 6) as district, qualification_level, count(*) from social_workers where is_active = 1 group by district, qualification_level",
    "select substr(code, 1, 6) as district, sum(residents) from regions where level = 'community' group by district",
    "select substr(region_code, 1, 6) as district, count(*) from volunteers where is_active = 1 group by district",
  ].map((statement) => sqlite.prepare(statement));
  const latencies: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    for (const statement of statements) statement.all();
    latencies.push(performance.now() - started);
  }
  sqlite.close();
  return latencies;
}
