import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import SQLite from "better-sqlite3";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import pg from "pg";
import { buildApp } from "../src/app.ts";
import { openContext } from "../src/bootstrap.ts";
import { resolveSession } from "../src/platform/auth/guard.ts";
import type { RequestUser } from "../src/platform/auth/requestUser.ts";
import { loadConfig } from "../src/platform/config.ts";
import type { AppContext } from "../src/platform/context.ts";
import { createDatabase, type DatabaseDialect, type Db, openSqlite } from "../src/platform/db/database.ts";
import { demoPassword } from "../src/setup/demoData.ts";
import { databaseUrlWithName, TestClock, testEnvironment } from "./testDatabase.ts";

/**
 * Integration tests run every case on SQLite and, when reachable, on PostgreSQL (the dialect
 * matrix), each test app on a database of its own with the demo city, accounts and registries.
 */
export const dialects: DatabaseDialect[] = process.env.XQ_PG_TEST_URL ? ["sqlite", "postgres"] : ["sqlite"];

export { TestClock };

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  clock: TestClock;
  close(): Promise<void>;
}

let sqliteTemplate: Buffer | null = null;

/**
 * A test app on a database of its own: a copy of the run's demo-city template (see
 * globalSetup.ts) — an in-memory SQLite image, or a PostgreSQL database created from the
 * template and dropped afterwards — or an empty database when LOAD_DEMO_DATA is "false".
 */
export async function createTestApp(
  dialect: DatabaseDialect,
  env: Record<string, string> = {},
  options: { webRoot?: string } = {},
): Promise<TestApp> {
  const clock = new TestClock();
  const config = loadConfig({ ...testEnvironment(), LOAD_DEMO_DATA: "true", ...env });
  const fromTemplate = config.loadDemoData;
  let cleanup = async () => {};
  let db: Db;
  if (dialect === "postgres") {
    const url = process.env.XQ_PG_TEST_URL ?? "";
    const name = `t_${randomBytes(6).toString("hex")}`;
    const template = fromTemplate ? ` template ${process.env.XQ_PG_TEMPLATE}` : "";
    await adminQuery(url, `create database ${name}${template}`);
    db = createDatabase(databaseUrlWithName(url, name), { poolSize: 4 });
    cleanup = () => adminQuery(url, `drop database if exists ${name} with (force)`);
  } else if (fromTemplate) {
    sqliteTemplate ??= readFileSync(process.env.XQ_SQLITE_TEMPLATE ?? "");
    db = openSqlite(new SQLite(sqliteTemplate));
  } else {
    db = createDatabase("sqlite::memory:");
  }
  const ctx = await openContext(config, { clock, db });
  const app = await buildApp(ctx, { webRoot: options.webRoot ?? null });
  await app.ready();
  return {
    app,
    ctx,
    clock,
    async close() {
      await ctx.jobs.idle();
      await app.close();
      await db.destroy();
      await cleanup();
    },
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export interface Session {
  cookie: string;
  csrfToken: string;
  request(options: InjectOptions & { url: string }): Promise<LightMyRequestResponse>;
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const header = response.headers["set-cookie"];
  const cookies = Array.isArray(header) ? header : header ? [header] : [];
  const session = cookies.find((c) => c.startsWith("xq_session="));
  if (!session) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return session.split(";")[0] ?? "";
}

export async function login(
  app: FastifyInstance,
  username: string,
  password = demoPassword,
): Promise<Session> {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
  return sessionFrom(app, sessionCookieOf(response), response.json().csrfToken);
}

export function sessionFrom(app: FastifyInstance, cookie: string, csrfToken: string): Session {
  return {
    cookie,
    csrfToken,
    request(options) {
      return app.inject({
        ...options,
        headers: { cookie, "x-csrf-token": csrfToken, ...(options.headers ?? {}) },
      });
    },
  };
}

/** The signed-in user behind a session, as the guard resolves it: for tests that call services. */
export async function requestUserOf(t: Pick<TestApp, "ctx">, session: Session): Promise<RequestUser> {
  const { ctx } = t;
  const user = await resolveSession(
    {
      db: ctx.db,
      clock: ctx.clock,
      sessions: ctx.sessions,
      catalog: ctx.catalog,
      idleSeconds: ctx.config.sessionIdleSeconds,
      passwordMaxAgeDays: ctx.config.passwordMaxAgeDays,
    },
    decodeURIComponent(session.cookie.replace(/^xq_session=/, "")),
  );
  if (!user) throw new Error("the session has ended");
  return user;
}

/** A valid password for tests that create users or change passwords. */
export const strongPassword = "Shequ#Gongzuo2026";

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Uploads a workbook to an import endpoint, waits for the job and answers the job as
 * GET /api/jobs/:id shows it (status, result with the row-by-row errors).
 */
export async function importFile(
  t: Pick<TestApp, "ctx">,
  session: Session,
  path: string,
  file: Buffer,
  mode = "all-or-nothing",
) {
  const started = await session.request({
    method: "POST",
    url: `${path}?mode=${mode}`,
    headers: { "content-type": xlsxType },
    payload: file,
  });
  if (started.statusCode !== 202) throw new Error(`import answered ${started.statusCode}: ${started.body}`);
  await t.ctx.jobs.idle();
  return (await session.request({ method: "GET", url: `/api/jobs/${started.json().job.id}` })).json();
}
