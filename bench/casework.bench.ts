import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { idNumberCheckCharacter } from "@xinqiao/shared";
import autocannon from "autocannon";
import SQLite from "better-sqlite3";
import ExcelJS from "exceljs";
import { Kysely, SqliteDialect } from "kysely";
import { openContext } from "../apps/server/src/bootstrap.ts";
import { measureSourcesOf, refreshAggregates } from "../apps/server/src/modules/analytics/aggregates.ts";
import { listCases } from "../apps/server/src/modules/casework/cases.service.ts";
import { deskOf } from "../apps/server/src/modules/casework/desk.service.ts";
import { serverModules } from "../apps/server/src/modules.ts";
import { loadConfig } from "../apps/server/src/platform/config.ts";
import type { Database } from "../apps/server/src/platform/db/tables.ts";
import {
  csrfOf,
  lastIdOf,
  login,
  percentile,
  rawReinsert,
  recordingBody,
  requestUser,
  waitFor,
} from "./benchHelpers.ts";

/**
 * Issue 10's figures on the demo city at BENCH_CASEWORK_SCALE × its casework (default 10: ~80,000
 * cases, ~3 million service records), SQLite, server on 127.0.0.1, each against a bare route
 * running the same SQL in the same run:
 * 1. the case list filtered by stage and district (a district officer) and the worker's desk, at
 *    20 connections (targets: API ÷ bare ≥ 0.5; the desk's p99 ≤ 3 × the bare list's p99);
 * 2. recording service records with 3 volunteers each (target ≥ 300/s sustained);
 * 3. a client import of 50,000 rows (target < 10 s) beside a raw insert of the same rows, with
 *    the latency of list requests sent meanwhile (target max < 100 ms);
 * and the server's resident memory throughout (target < 300 MB). Bounded: 10 s per load.
 */
const root = path.resolve(import.meta.dirname, "..");
// BENCH_CASEWORK_DIR keeps the generated city for the next run (generation is most of a run).
const keptDirectory = process.env.BENCH_CASEWORK_DIR;
if (keptDirectory) mkdirSync(keptDirectory, { recursive: true });
const dataDirectory = keptDirectory ?? mkdtempSync(path.join(tmpdir(), "xinqiao-bench-casework-"));
const databaseFile = path.join(dataDirectory, "xinqiao.sqlite");
const port = 3396;
const rawPort = 3397;
const base = `http://127.0.0.1:${port}`;
const scale = Number(process.env.BENCH_CASEWORK_SCALE ?? 10);
const haishu = "330203000000";
const listQuery = { page: 1, pageSize: 20, stage: "intervention" as const, regionCode: haishu };
const listUrl = `/api/cases?stage=intervention&regionCode=${haishu}&pageSize=20`;
const env = {
  DATA_DIR: dataDirectory,
  LOG_LEVEL: "warn",
  NODE_ENV: "development",
  DEMO_SCALE: String(scale),
  // The aggregates' refresh has its own benchmark (bench:analytics); here it would recount 3
  // million service records in the middle of the import after the recording phase.
  ANALYTICS_REFRESH_SECONDS: "86400",
};
let server: ChildProcess | null = null;
let raw: ChildProcess | null = null;
let peakRssKb = 0;
const phasePeaks: string[] = [];
/** Ends a phase's memory watch: notes its peak, starts the next one from the current size. */
function notePeak(phase: string): void {
  phasePeaks.push(`${phase} ${(peakRssKb / 1024).toFixed(0)} MB`);
  overallPeakKb = Math.max(overallPeakKb, peakRssKb);
  peakRssKb = rssKb(server);
}
let overallPeakKb = 0;

try {
  // 1. Generate the demo city with its casework at the scale asked for.
  let started = Date.now();
  const ctx = await openContext(loadConfig({ ...process.env, ...env }));
  const count = async (table: "cases" | "service_records" | "clients") =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  console.info(
    `generated the demo city at DEMO_SCALE=${scale} in ${((Date.now() - started) / 1000).toFixed(0)} s: ${await count("cases")} cases, ${await count("service_records")} service records, ${await count("clients")} clients`,
  );

  // The aggregates brought up to date here, so that the server's refresh at start finds nothing
  // to recount in the middle of the lists (a kept city has the last run's records to count).
  await refreshAggregates(ctx, measureSourcesOf(serverModules));

  // The SQL the two requests run, captured from the services themselves for the bare routes.
  const captured: Record<string, { sql: string; parameters: readonly unknown[] }[]> = { list: [], desk: [] };
  let capturing: "list" | "desk" = "list";
  const logging = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new SQLite(databaseFile) }),
    log: (event) => {
      if (event.level === "query") {
        captured[capturing]?.push({ sql: event.query.sql, parameters: event.query.parameters });
      }
    },
  });
  const officer = await requestUser(ctx, "haishu");
  const worker = await requestUser(ctx, "worker");
  await listCases({ ...ctx, db: logging }, officer, listQuery);
  capturing = "desk";
  await deskOf({ ...ctx, db: logging }, worker);
  await logging.destroy();
  const sqlFile = path.join(dataDirectory, "captured-sql.json");
  writeFileSync(sqlFile, JSON.stringify(captured));
  const recording = await recordingBody(ctx);
  await ctx.db.destroy();

  server = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`${base}/readyz`, 900_000);
  const memory = setInterval(() => {
    peakRssKb = Math.max(peakRssKb, rssKb(server));
  }, 100);
  const officerCookie = await login(base, "haishu");
  const workerCookie = await login(base, "worker");
  raw = spawn(process.execPath, ["--import", "tsx", "bench/rawSqlServer.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(rawPort), BENCH_SQLITE_FILE: databaseFile, BENCH_SQL_FILE: sqlFile },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const rawBase = `http://127.0.0.1:${rawPort}/raw`;
  await waitFor(`${rawBase}/list`);

  // Warm up (JIT, page cache) so each figure is the steady state.
  const load = (url: string, cookie?: string, duration = 10) =>
    autocannon({ url, connections: 20, duration, headers: cookie ? { cookie } : {} });
  for (const [url, cookie] of [
    [base + listUrl, officerCookie],
    [`${base}/api/desk`, workerCookie],
    [`${rawBase}/list`, undefined],
    [`${rawBase}/desk`, undefined],
  ] as const) {
    await load(url, cookie, 3);
  }
  const list = await load(base + listUrl, officerCookie);
  const bareList = await load(`${rawBase}/list`);
  const desk = await load(`${base}/api/desk`, workerCookie);
  const bareDesk = await load(`${rawBase}/desk`);
  raw.kill("SIGTERM");
  console.info(`\n1. 20 connections, 10 s each`);
  for (const [name, api, bare, statements] of [
    [`GET ${listUrl} (district officer)`, list, bareList, captured.list?.length ?? 0],
    ["GET /api/desk (the demo social worker)", desk, bareDesk, captured.desk?.length ?? 0],
  ] as const) {
    console.info(`   ${name}`);
    console.info(
      `     API   ${api.requests.average.toFixed(0)} req/s, p50 ${api.latency.p50} ms, p99 ${api.latency.p99} ms, non-2xx ${api.non2xx}`,
    );
    console.info(
      `     bare  ${bare.requests.average.toFixed(0)} req/s, p50 ${bare.latency.p50} ms, p99 ${bare.latency.p99} ms (Fastify + better-sqlite3, the same ${statements} statements)`,
    );
    console.info(
      `     ratio API ÷ bare = ${(api.requests.average / bare.requests.average).toFixed(2)} (target ≥ 0.5)`,
    );
  }
  console.info(
    `   desk p99 ${desk.latency.p99} ms = ${(desk.latency.p99 / Math.max(1, bareList.latency.p99)).toFixed(1)} × the bare list's p99 ${bareList.latency.p99} ms (target ≤ 3)`,
  );

  notePeak("lists");
  // 2. Service records with three volunteers each, as fast as 10 connections can record them.
  const stationCookie = await login(base, "station");
  const csrf = await csrfOf(base, stationCookie);
  const recorded = await autocannon({
    url: `${base}/api/service-records`,
    method: "POST",
    connections: 10,
    duration: 10,
    headers: { cookie: stationCookie, "x-csrf-token": csrf, "content-type": "application/json" },
    body: JSON.stringify(recording),
  });
  console.info(
    `\n2. POST /api/service-records with 3 volunteers, 10 connections, 10 s: ${recorded.requests.average.toFixed(0)} records/s (target ≥ 300), p99 ${recorded.latency.p99} ms, non-2xx ${recorded.non2xx}`,
  );

  notePeak("recording");
  // 3. Import 50,000 clients while sampling list latency.
  const file = await clientWorkbook(50_000);
  const lastIdBefore = lastIdOf(databaseFile, "clients");
  const latencies: number[] = [];
  let importing = true;
  const sampler = (async () => {
    while (importing) {
      const t0 = performance.now();
      await fetch(base + listUrl, { headers: { cookie: officerCookie } });
      latencies.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  started = Date.now();
  const officerCsrf = await csrfOf(base, officerCookie);
  const startedJob = await fetch(`${base}/api/clients/import?mode=all-or-nothing`, {
    method: "POST",
    headers: {
      cookie: officerCookie,
      "x-csrf-token": officerCsrf,
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    },
    body: file,
  });
  const { job } = (await startedJob.json()) as { job: { id: string } };
  let result: {
    status: string;
    result?: { importedRows: number; errors?: { rowNumber: number; problems?: unknown[] }[] };
    error?: unknown;
  } = { status: "queued" };
  while (result.status === "queued" || result.status === "running") {
    await new Promise((resolve) => setTimeout(resolve, 250));
    result = (await (
      await fetch(`${base}/api/jobs/${job.id}`, { headers: { cookie: officerCookie } })
    ).json()) as typeof result;
  }
  importing = false;
  await sampler;
  const importSeconds = (Date.now() - started) / 1000;
  clearInterval(memory);
  notePeak("import");
  console.info(
    `\n3. client import of 50,000 rows: ${importSeconds.toFixed(1)} s (target < 10 s), status ${result.status}, imported ${result.result?.importedRows ?? 0}, rows refused ${result.result?.errors?.length ?? 0}${result.result?.errors?.[0] ? ` (first: ${JSON.stringify(result.result.errors[0]).slice(0, 200)})` : ""}`,
  );
  console.info(
    `   case list requests during the import: ${latencies.length}, p50 ${percentile(latencies, 0.5).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms (target < 100 ms)`,
  );
  server.kill("SIGTERM");
  await new Promise((resolve) => server?.once("exit", resolve));
  const reinserted = rawReinsert(databaseFile, "clients", lastIdBefore, ["id_number_index"]);
  const rawRowsPerSecond = reinserted.rows === 0 ? 0 : reinserted.rows / reinserted.seconds;
  console.info(
    `   rows/s  import ${(50_000 / importSeconds).toFixed(0)} rows/s; raw insert of the same rows into the same table ${rawRowsPerSecond.toFixed(0)} rows/s`,
  );
  console.info(
    `\n4. server peak RSS over 1–3: ${(overallPeakKb / 1024).toFixed(0)} MB (target < 300 MB); by phase: ${phasePeaks.join(", ")}`,
  );
} finally {
  server?.kill("SIGTERM");
  raw?.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (!keptDirectory) rmSync(dataDirectory, { recursive: true, force: true });
}

/** 50,000 new clients of a 海曙区 community: adults with valid ID numbers and plausible names. */
async function clientWorkbook(rows: number): Promise<Buffer> {
  // Here, not beside the function: the script's top level calls it before a module constant
  // below it would be initialised.
  const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗".split("");
  const givenNames = "秀英桂兰玉珍淑芬建国志强海燕晓梅春华文静".split("");
  // Born outside the city (北京市东城区…), in a district this run picks: the demo's clients and
  // an earlier run's imports (a kept directory) have none of these numbers.
  const birthplace = String(110101 + (Math.floor(Date.now() / 1000) % 98));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("服务对象");
  sheet.addRow(["姓名", "身份证号", "区划代码", "服务对象类别", "风险等级"]);
  for (let i = 0; i < rows; i++) {
    const year = 1940 + (i % 40);
    const day = String(1 + (Math.floor(i / 40) % 28)).padStart(2, "0");
    const month = String(1 + (Math.floor(i / 1120) % 12)).padStart(2, "0");
    const sequence = String(500 + (Math.floor(i / 13440) % 499)).padStart(3, "0");
    const first17 = `${birthplace}${year}${month}${day}${sequence}`;
    sheet.addRow([
      `${surnames[i % surnames.length]}${givenNames[Math.floor(i / surnames.length) % givenNames.length]}${givenNames[Math.floor(i / 400) % givenNames.length]}`,
      first17 + idNumberCheckCharacter(first17),
      "330203001001",
      "独居老人",
      "低",
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function rssKb(child: ChildProcess | null): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child?.pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
