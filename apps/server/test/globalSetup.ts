import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { openContext } from "../src/bootstrap.ts";
import { loadConfig } from "../src/platform/config.ts";
import { createDatabase } from "../src/platform/db/database.ts";
import { databaseUrlWithName, TestClock, testEnvironment } from "./testDatabase.ts";

/**
 * Once per run: decides whether integration tests also run on PostgreSQL (PG_TEST_URL, or the
 * default local server; with PG_REQUIRED=1, as in CI, an unreachable server fails the run), and
 * builds the demo city once per dialect as a template — a SQLite file and a PostgreSQL database
 * — that every test file copies instead of generating 25,000 demo records again.
 */
export const defaultPgTestUrl = "postgres://postgres@127.0.0.1:5432/test";

export default async function setup(): Promise<() => Promise<void>> {
  process.env.XQ_TEST_SESSION_SECRET = randomBytes(32).toString("hex");
  process.env.XQ_TEST_ENCRYPTION_KEY = randomBytes(32).toString("hex");
  const cleanups: (() => Promise<void>)[] = [];

  const folder = mkdtempSync(path.join(tmpdir(), "xinqiao-tests-"));
  const sqliteFile = path.join(folder, "template.sqlite");
  await buildTemplate(`sqlite:${sqliteFile}`);
  process.env.XQ_SQLITE_TEMPLATE = sqliteFile;
  cleanups.push(async () => rmSync(folder, { recursive: true, force: true }));

  const url = process.env.PG_TEST_URL ?? defaultPgTestUrl;
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    const template = `xq_template_${process.pid}`;
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.query(`create database ${template}`);
    await buildTemplate(databaseUrlWithName(url, template));
    process.env.XQ_PG_TEST_URL = url;
    process.env.XQ_PG_TEMPLATE = template;
    cleanups.push(async () => {
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.end();
    });
    console.info(
      `[tests] integration tests run on SQLite and PostgreSQL (${url.replace(/\/\/[^@]*@/, "//")})`,
    );
  } catch (error) {
    await admin.end().catch(() => {});
    if (process.env.PG_REQUIRED === "1") {
      throw new Error(`PG_REQUIRED=1 but PostgreSQL at ${url} is unreachable: ${String(error)}`);
    }
    console.warn(`[tests] PostgreSQL unreachable at ${url}: integration tests run on SQLite only`);
  }
  return async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
}

async function buildTemplate(databaseUrl: string): Promise<void> {
  const config = loadConfig({ ...testEnvironment(), DATABASE_URL: databaseUrl, LOAD_DEMO_DATA: "true" });
  const db = createDatabase(databaseUrl);
  await openContext(config, { clock: new TestClock(), db });
  await db.destroy();
  // A WAL-mode file cannot be opened as an in-memory image: switch the file back to a rollback
  // journal, on a connection of its own (the switch needs the file to itself).
  if (databaseUrl.startsWith("sqlite:")) {
    const file = new SQLite(databaseUrl.replace(/^sqlite:/, ""));
    file.pragma("journal_mode = delete");
    file.close();
  }
}
