import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";

/**
 * What the platform's layers cost: req/s and p99 of an authenticated, scoped
 * GET /api/regions?parent=<a district> at 50 connections for 10 s, next to a bare Fastify +
 * better-sqlite3 route running the same SQL (bench/rawRegionsServer.ts). Both servers run as
 * their own process on 127.0.0.1 against the same generated SQLite database.
 * Targets (issue 2): ratio ≥ 0.5 and p99 < 20 ms.
 */
const root = path.resolve(import.meta.dirname, "..");
const dataDirectory = mkdtempSync(path.join(tmpdir(), "xinqiao-bench-"));
const appPort = 3391;
const rawPort = 3392;
const district = "330203000000";
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const children: ChildProcess[] = [];

function start(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  return child;
}

async function waitFor(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${url}`);
}

function measure(url: string, headers: Record<string, string> = {}) {
  return autocannon({ url, connections: 50, duration: seconds, headers });
}

try {
  start("apps/server/src/main.ts", {
    PORT: String(appPort),
    HOST: "127.0.0.1",
    DATA_DIR: dataDirectory,
    LOG_LEVEL: "warn",
    NODE_ENV: "development",
  });
  await waitFor(`http://127.0.0.1:${appPort}/readyz`);
  const login = await fetch(`http://127.0.0.1:${appPort}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "haishu", password: "Xinqiao@2026" }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);

  start("bench/rawRegionsServer.ts", {
    PORT: String(rawPort),
    BENCH_SQLITE_FILE: path.join(dataDirectory, "xinqiao.sqlite"),
  });
  await waitFor(`http://127.0.0.1:${rawPort}/raw/regions?parent=${district}`);

  // Warm both up so the figures compare steady states.
  await autocannon({
    url: `http://127.0.0.1:${appPort}/api/regions?parent=${district}`,
    connections: 10,
    duration: 2,
    headers: { cookie },
  });
  for (const route of ["regions", "regions-arrays"]) {
    await autocannon({
      url: `http://127.0.0.1:${rawPort}/raw/${route}?parent=${district}`,
      connections: 10,
      duration: 2,
    });
  }

  const platform = await measure(`http://127.0.0.1:${appPort}/api/regions?parent=${district}`, { cookie });
  const raw = await measure(`http://127.0.0.1:${rawPort}/raw/regions?parent=${district}`);
  const rawArrays = await measure(`http://127.0.0.1:${rawPort}/raw/regions-arrays?parent=${district}`);
  const ratio = platform.requests.average / raw.requests.average;
  const row = (name: string, r: autocannon.Result) =>
    `${name.padEnd(44)} ${r.requests.average.toFixed(0).padStart(8)} req/s   p99 ${String(r.latency.p99).padStart(4)} ms   non-2xx ${r.non2xx}`;
  console.info(`\nGET regions of ${district}, 50 connections, ${seconds} s each, 127.0.0.1`);
  console.info(row("platform: /api/regions (session+scope+zod)", platform));
  console.info(row("raw: Fastify + better-sqlite3, same SQL", raw));
  console.info(row("raw, rows read as arrays (as the platform)", rawArrays));
  console.info(
    `ratio platform/raw: ${ratio.toFixed(2)} (target ≥ 0.5); platform p99 ${platform.latency.p99} ms (target < 20 ms)`,
  );
  console.info(
    `ratio platform/raw with the platform's row building: ${(platform.requests.average / rawArrays.requests.average).toFixed(2)}`,
  );
  if (platform.non2xx > 0) console.warn("platform answered non-2xx responses: check the session");
} finally {
  for (const child of children) child.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(dataDirectory, { recursive: true, force: true });
}
