import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { idNumberCheckCharacter } from "@xinqiao/shared";
import autocannon from "autocannon";
import SQLite from "better-sqlite3";
import ExcelJS from "exceljs";
import { Kysely, SqliteDialect } from "kysely";
import { openContext } from "../apps/server/src/bootstrap.ts";
import { generateVolunteers } from "../apps/server/src/modules/volunteers/volunteers.demo.ts";
import * as repository from "../apps/server/src/modules/volunteers/volunteers.repository.ts";
import { listVolunteers } from "../apps/server/src/modules/volunteers/volunteers.service.ts";
import type { RequestUser } from "../apps/server/src/platform/auth/requestUser.ts";
import { loadConfig } from "../apps/server/src/platform/config.ts";
import type { Database } from "../apps/server/src/platform/db/tables.ts";
import { csrfOf, lastIdOf, login, percentile, rawReinsert, waitFor } from "./benchHelpers.ts";

/**
 * Issue 3's figures on a generated SQLite database of 200,000 volunteers, server on 127.0.0.1:
 * 1. the volunteer list with a region filter and a pinyin-initials search at 20 connections
 *    (target p99 < 50 ms), next to the same query run directly through Kysely in this process;
 * 2. an import of 50,000 valid rows (target < 30 s), with the latency of list requests sent
 *    while it runs (target < 100 ms);
 * 3. an export of 100,000 rows (target: server peak memory < 300 MB).
 * Bounded: 10 s of load, one import, one export. BENCH_VOLUNTEERS overrides the 200,000.
 */
const root = path.resolve(import.meta.dirname, "..");
const dataDirectory = mkdtempSync(path.join(tmpdir(), "xinqiao-bench-volunteers-"));
const databaseFile = path.join(dataDirectory, "xinqiao.sqlite");
const port = 3393;
const rawPort = 3394;
const base = `http://127.0.0.1:${port}`;
const total = Number(process.env.BENCH_VOLUNTEERS ?? 200_000);
const haishu = "330203000000";
const listUrl = `/api/volunteers?regionCode=${haishu}&q=zs&pageSize=20`;
let server: ChildProcess | null = null;
let raw: ChildProcess | null = null;

const env = { DATA_DIR: dataDirectory, LOG_LEVEL: "warn", NODE_ENV: "development" };

try {
  // 1. Generate: the demo city (20,000 volunteers) plus the rest, straight into the database.
  let started = Date.now();
  const ctx = await openContext(loadConfig({ ...process.env, ...env }));
  const existing = Number(
    (
      await ctx.db
        .selectFrom("volunteers")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
  // 鄞州区 gets 11 of 20 shares of the generated volunteers, so exporting it is > 100,000 rows.
  const districtWeights: Record<string, number> = { "330212000000": 11 };
  for (const code of [
    "330203",
    "330205",
    "330206",
    "330211",
    "330213",
    "330225",
    "330226",
    "330281",
    "330282",
  ]) {
    districtWeights[`${code}000000`] = 1;
  }
  await generateVolunteers(ctx, Math.max(0, total - existing), 2026, { withLedger: false, districtWeights });
  console.info(`generated ${total} volunteers in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const filters = { regionCode: haishu, q: "zs" };
  const order = { column: "v.id", direction: "desc" as const };
  const direct: number[] = [];
  for (let i = 0; i < 500; i++) {
    const t0 = performance.now();
    // The queries the API runs for this search: the matching ids in order, then the page's rows.
    const ids = await repository.matchingVolunteerIds(ctx.db, filters, order);
    await repository.findVolunteersByIds(ctx.db, ids.slice(0, 20));
    direct.push(performance.now() - t0);
  }
  // The export's reads alone: the same keyset pages of 500, without the workbook or HTTP.
  started = Date.now();
  let directExportRows = 0;
  for (let after: { regionCode: string; id: number } | null = null; ; ) {
    const page = await repository.exportPage(ctx.db, { regionCode: "330212000000" }, after, 500);
    directExportRows += page.length;
    const last = page.at(-1);
    if (!last) break;
    after = { regionCode: last.region_code, id: last.id };
  }
  const directExportSeconds = (Date.now() - started) / 1000;

  // The SQL the list request runs, captured from the service itself for the bare route.
  const captured: { sql: string; parameters: readonly unknown[] }[] = [];
  const logging = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new SQLite(databaseFile) }),
    log: (event) => {
      if (event.level === "query")
        captured.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  const city = await ctx.db
    .selectFrom("users")
    .select(["id", "region_code"])
    .where("username", "=", "city")
    .executeTakeFirstOrThrow();
  const cityUser = { id: city.id, regionCode: city.region_code } as RequestUser;
  await listVolunteers({ ...ctx, db: logging }, cityUser, {
    page: 1,
    pageSize: 20,
    regionCode: haishu,
    q: "zs",
  });
  await logging.destroy();
  const sqlFile = path.join(dataDirectory, "list-sql.json");
  writeFileSync(sqlFile, JSON.stringify({ volunteers: captured }));
  await ctx.db.destroy();

  server = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`${base}/readyz`);
  const cookie = await login(base, "city");

  raw = spawn(process.execPath, ["--import", "tsx", "bench/rawSqlServer.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(rawPort),
      BENCH_SQLITE_FILE: databaseFile,
      BENCH_SQL_FILE: sqlFile,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const rawUrl = `http://127.0.0.1:${rawPort}/raw/volunteers`;
  await waitFor(rawUrl);

  // Warm up (JIT, page cache) so the figure is the steady state, as in the regions benchmark.
  await autocannon({ url: base + listUrl, connections: 20, duration: 3, headers: { cookie } });
  await autocannon({ url: rawUrl, connections: 20, duration: 3 });
  const list = await autocannon({ url: base + listUrl, connections: 20, duration: 10, headers: { cookie } });
  const bare = await autocannon({ url: rawUrl, connections: 20, duration: 10 });
  const directMs = percentile(direct, 0.5);
  console.info(`\n1. GET ${listUrl} (200k volunteers), 20 connections, 10 s`);
  console.info(
    `   API     ${list.requests.average.toFixed(0)} req/s, p50 ${list.latency.p50} ms, p99 ${list.latency.p99} ms (target p99 < 50 ms), non-2xx ${list.non2xx}`,
  );
  console.info(
    `   Kysely  ${(1000 / directMs).toFixed(0)} queries/s sequential (matching ids + page rows), p50 ${directMs.toFixed(2)} ms, p99 ${percentile(direct, 0.99).toFixed(2)} ms`,
  );
  console.info(
    `   bare    ${bare.requests.average.toFixed(0)} req/s, p50 ${bare.latency.p50} ms, p99 ${bare.latency.p99} ms: Fastify + better-sqlite3 running the same ${captured.length} statements`,
  );
  console.info(
    `   ratio   API ÷ bare route = ${(list.requests.average / bare.requests.average).toFixed(2)} (target ≥ 0.5)`,
  );
  raw.kill("SIGTERM");

  // 2. Export ~100,000 rows on the fresh server, sampling its resident memory.
  const rss = () =>
    Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server?.pid}/status`, "utf8"))?.[1] ?? 0);
  const baselineKb = rss();
  let peakKb = 0;
  const memory = setInterval(() => {
    peakKb = Math.max(peakKb, rss());
  }, 50);
  started = Date.now();
  const exported = await fetch(`${base}/api/volunteers/export?regionCode=330212000000`, {
    headers: { cookie },
  });
  const bytes = (await exported.arrayBuffer()).byteLength;
  const count = await countRows("330212000000");
  clearInterval(memory);
  console.info(
    `\n2. export of ${count} rows (鄞州区): ${((Date.now() - started) / 1000).toFixed(1)} s, ${(bytes / 1e6).toFixed(1)} MB, server peak RSS ${(peakKb / 1024).toFixed(0)} MB (target < 300 MB; ${(baselineKb / 1024).toFixed(0)} MB before)`,
  );
  console.info(
    `   Kysely  the same ${directExportRows} rows read in keyset pages of 500: ${directExportSeconds.toFixed(1)} s (the rest is the workbook and HTTP)`,
  );
  // 3. Import 50,000 valid rows while sampling list latency.
  const file = await importWorkbook(50_000);
  const lastIdBefore = lastIdOf(databaseFile, "volunteers");
  const latencies: number[] = [];
  let importing = true;
  const sampler = (async () => {
    while (importing) {
      const t0 = performance.now();
      await fetch(base + listUrl, { headers: { cookie } });
      latencies.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  started = Date.now();
  const csrf = await csrfOf(base, cookie);
  const startedJob = await fetch(`${base}/api/volunteers/import?mode=all-or-nothing`, {
    method: "POST",
    headers: {
      cookie,
      "x-csrf-token": csrf,
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    },
    body: file,
  });
  const { job } = (await startedJob.json()) as { job: { id: string } };
  let result: { status: string; result?: { importedRows: number }; error?: unknown } = { status: "queued" };
  while (result.status === "queued" || result.status === "running") {
    await new Promise((resolve) => setTimeout(resolve, 250));
    result = (await (
      await fetch(`${base}/api/jobs/${job.id}`, { headers: { cookie } })
    ).json()) as typeof result;
  }
  importing = false;
  await sampler;
  const importSeconds = (Date.now() - started) / 1000;
  console.info(
    `\n3. import of 50,000 valid rows: ${importSeconds.toFixed(1)} s (target < 10 s), status ${result.status}, imported ${result.result?.importedRows ?? 0}`,
  );
  console.info(
    `   list requests during the import: ${latencies.length}, p50 ${percentile(latencies, 0.5).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms (target < 100 ms)`,
  );
  server.kill("SIGTERM");
  await new Promise((resolve) => server?.once("exit", resolve));
  const reinserted = rawReinsert(databaseFile, "volunteers", lastIdBefore, [
    "id_number_index",
    "volunteer_number",
  ]);
  const imported = { length: reinserted.rows };
  const rawSeconds = reinserted.seconds;
  console.info(
    `   rows/s  import ${(imported.length / importSeconds).toFixed(0)} rows/s; raw insert of the same ${imported.length} rows into the same table ${(imported.length / rawSeconds).toFixed(0)} rows/s (${rawSeconds.toFixed(1)} s)`,
  );
} finally {
  server?.kill("SIGTERM");
  raw?.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(dataDirectory, { recursive: true, force: true });
}

async function countRows(regionCode: string): Promise<number> {
  const cookie = await login(base, "city");
  const page = (await (
    await fetch(`${base}/api/volunteers?regionCode=${regionCode}&pageSize=1`, { headers: { cookie } })
  ).json()) as {
    total: number;
  };
  return page.total;
}

/** 50,000 new volunteers of 海曙区's first street, with valid ID numbers born in 1980–1999. */
async function importWorkbook(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("志愿者");
  sheet.addRow(["姓名", "身份证号", "手机号", "所属区划代码", "注册日期"]);
  for (let i = 0; i < rows; i++) {
    const year = 1980 + (i % 20);
    const day = String(1 + (Math.floor(i / 20) % 28)).padStart(2, "0");
    const month = String(1 + (Math.floor(i / 560) % 12)).padStart(2, "0");
    const sequence = String(500 + (Math.floor(i / 6720) % 499)).padStart(3, "0");
    const first17 = `330203${year}${month}${day}${sequence}`;
    sheet.addRow([
      `导入志愿者${i}`,
      first17 + idNumberCheckCharacter(first17),
      null,
      "330203001000",
      "2026-01-05",
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
