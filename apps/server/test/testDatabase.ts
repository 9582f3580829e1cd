import type { Clock } from "../src/platform/clock.ts";

/** Pieces shared by the global setup (which builds the templates) and each test file. */
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

/** The environment of every test app; the secrets are fixed per run so templates decrypt. */
export function testEnvironment(): Record<string, string> {
  return {
    NODE_ENV: "test",
    SESSION_SECRET: process.env.XQ_TEST_SESSION_SECRET ?? "",
    ENCRYPTION_KEY: process.env.XQ_TEST_ENCRYPTION_KEY ?? "",
    LOG_LEVEL: "silent",
    LOGIN_RATE_LIMIT_PER_MINUTE: "10000",
    // A small demo casework: the template is built once per run, on SQLite and PostgreSQL.
    DEMO_SCALE: "0.02",
  };
}

export function databaseUrlWithName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
