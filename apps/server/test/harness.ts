import { randomBytes } from "node:crypto";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import pg from "pg";
import { buildApp } from "../src/app.ts";
import { openContext } from "../src/bootstrap.ts";
import type { Clock } from "../src/platform/clock.ts";
import { loadConfig } from "../src/platform/config.ts";
import type { AppContext } from "../src/platform/context.ts";
import { createDatabase, type DatabaseDialect } from "../src/platform/db/database.ts";
import { demoPassword } from "../src/setup/demoData.ts";

/**
 * Integration tests run every case on SQLite and, when reachable, on PostgreSQL (the dialect
 * matrix). Each test app gets a database of its own: an in-memory SQLite file, or a fresh
 * PostgreSQL schema dropped afterwards. The demo city and demo accounts are loaded in both.
 */
export const dialects: DatabaseDialect[] = process.env.XQ_PG_TEST_URL ? ["sqlite", "postgres"] : ["sqlite"];

export class TestClock implements Clock {
  private current: Date;
  constructor(start = "2026-11-30T08:00:00.000Z") {
    this.current = new Date(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  clock: TestClock;
  close(): Promise<void>;
}

export async function createTestApp(
  dialect: DatabaseDialect,
  env: Record<string, string> = {},
  options: { webRoot?: string } = {},
): Promise<TestApp> {
  const clock = new TestClock();
  const config = loadConfig({
    NODE_ENV: "test",
    SESSION_SECRET: randomBytes(32).toString("hex"),
    ENCRYPTION_KEY: randomBytes(32).toString("hex"),
    LOAD_DEMO_DATA: "true",
    LOG_LEVEL: "silent",
    LOGIN_RATE_LIMIT_PER_MINUTE: "10000",
    ...env,
  });
  let dropSchema = async () => {};
  let db: ReturnType<typeof createDatabase>;
  if (dialect === "postgres") {
    const url = process.env.XQ_PG_TEST_URL ?? "";
    const schema = `t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    db = createDatabase(url, { searchPath: schema, poolSize: 4 });
    dropSchema = async () => {
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    };
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
      await app.close();
      await db.destroy();
      await dropSchema();
    },
  };
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

/** A valid password for tests that create users or change passwords. */
export const strongPassword = "Shequ#Gongzuo2026";
