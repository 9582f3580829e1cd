import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, type Transaction } from "kysely";
import type PgModule from "pg";
import { startBackgroundCheckpoints } from "./checkpoints.ts";
import { ReadWriteSqliteDialect } from "./sqliteReadWrite.ts";
import type { Database } from "./tables.ts";

export type DatabaseDialect = "sqlite" | "postgres";
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Either the database or a transaction on it: repositories accept both. */
export type Queryable = Kysely<Database> | Transaction<Database>;

/**
 * The PostgreSQL driver, loaded on first use: a server on the embedded SQLite default never
 * needs it (~17 MB of memory). It is CommonJS, so it loads synchronously.
 */
function postgresDriver(): typeof PgModule {
  const pg = createRequire(import.meta.url)("pg") as typeof PgModule;
  // PostgreSQL returns COUNT(*) as bigint (int8); counts here stay far below 2^53.
  pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
  return pg;
}

export interface DatabaseOptions {
  /** PostgreSQL only: the schema to use, so each test file can have its own. */
  searchPath?: string;
  poolSize?: number;
  /** SQLite file only: checkpoint the WAL from a worker thread (the server; see checkpoints.ts). */
  backgroundCheckpoints?: boolean;
}

export function dialectOf(url: string): DatabaseDialect {
  return url.startsWith("postgres://") || url.startsWith("postgresql://") ? "postgres" : "sqlite";
}

export function createDatabase(url: string, options: DatabaseOptions = {}): Db {
  if (dialectOf(url) === "postgres") {
    const pool = new (postgresDriver().Pool)({
      connectionString: url,
      max: options.poolSize ?? 10,
      options: options.searchPath ? `-c search_path=${options.searchPath}` : undefined,
    });
    // An idle connection the server ends (a restart, a dropped test database) is reported on the
    // pool; without a listener that event would crash the process. The pool replaces the client.
    pool.on("error", (error) => console.error(`PostgreSQL idle connection lost: ${error.message}`));
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const file = url.replace(/^sqlite:/, "");
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  const db = file === ":memory:" ? openSqlite(sqlite) : openSqliteFile(sqlite, new SQLite(file));
  if (options.backgroundCheckpoints && file !== ":memory:") {
    const checkpoints = startBackgroundCheckpoints(sqlite, file, {
      onError: (message) => console.error(`WAL checkpoints: ${message}`),
    });
    // The worker's connection closes before the main one, which then checkpoints what is left.
    const destroy = db.destroy.bind(db);
    db.destroy = async () => {
      await checkpoints.stop();
      await destroy();
    };
  }
  return db;
}

/**
 * Kysely over one better-sqlite3 connection (an in-memory image in tests): a transaction holds
 * it and every other query waits its end. A file gets openSqliteFile's writer and reader.
 */
export function openSqlite(sqlite: SQLite.Database): Db {
  configure(sqlite);
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/** A database file through two connections: reads go on while a long transaction writes. */
export function openSqliteFile(writer: SQLite.Database, reader: SQLite.Database): Db {
  configure(writer);
  configure(reader);
  // The reader must never write: a write there would not wait for the writer's turn.
  reader.pragma("query_only = ON");
  return new Kysely<Database>({
    dialect: new ReadWriteSqliteDialect(withStatementCache(writer), withStatementCache(reader)),
  });
}

function configure(sqlite: SQLite.Database): void {
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
}

/**
 * Kysely prepares every query afresh; preparing costs more than running the small indexed
 * queries of the request path, so statements are kept by their SQL text. A statement still
 * being iterated (a streaming read) is busy and cannot be shared: such a call gets a fresh one.
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const statements = new Map<string, ArrayRowStatement>();
  const prepare = (source: string): ArrayRowStatement => {
    const cached = statements.get(source);
    if (cached && !cached.busy) return cached;
    const statement = new ArrayRowStatement(sqlite.prepare(source));
    if (!cached) {
      if (statements.size >= 2000) statements.clear();
      statements.set(source, statement);
    }
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === "prepare") return prepare;
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

type Row = Record<string, unknown>;

/**
 * The part of a better-sqlite3 statement Kysely's driver uses (reader, all, iterate, run), with
 * rows read as arrays and turned into objects here. better-sqlite3 builds each object row through
 * V8's C++ API one property at a time: for a page of 20 volunteers that took twice as long as
 * reading the arrays and assigning the same keys in the same order in JS, where every row of a
 * statement then shares one object shape. Keys and values are exactly what object mode gives
 * (a repeated column name keeps its last value, as there).
 */
export class ArrayRowStatement {
  readonly reader: boolean;
  readonly readonly: boolean;
  private columnNames: string[];

  constructor(private readonly statement: SQLite.Statement) {
    this.reader = statement.reader;
    this.readonly = statement.readonly;
    this.columnNames = this.reader ? statement.columns().map((column) => column.name) : [];
    if (this.reader) statement.raw(true);
  }

  get busy(): boolean {
    return this.statement.busy;
  }

  all(...parameters: unknown[]): Row[] {
    const rows = this.statement.all(...parameters) as unknown[][];
    this.followSchemaChange(rows[0]);
    return rows.map((values) => this.objectOf(values));
  }

  *iterate(...parameters: unknown[]): IterableIterator<Row> {
    for (const values of this.statement.iterate(...parameters) as IterableIterator<unknown[]>) {
      this.followSchemaChange(values);
      yield this.objectOf(values);
    }
  }

  run(...parameters: unknown[]): SQLite.RunResult {
    return this.statement.run(...parameters);
  }

  /**
   * SQLite re-prepares a statement after a schema change on its connection (`select *` after an
   * ALTER TABLE): the names read at first preparation would then miss or misname columns.
   */
  private followSchemaChange(values: unknown[] | undefined): void {
    if (values && values.length !== this.columnNames.length) {
      this.columnNames = this.statement.columns().map((column) => column.name);
    }
  }

  private objectOf(values: unknown[]): Row {
    const row: Row = {};
    const names = this.columnNames;
    for (let i = 0; i < names.length; i++) row[names[i] as string] = values[i];
    return row;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run against an untyped Kysely by design.
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
