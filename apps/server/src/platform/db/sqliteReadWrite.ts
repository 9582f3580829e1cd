import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SelectQueryNode,
  SqliteDialect,
} from "kysely";

/**
 * SQLite with one writer connection and one reader connection, for a database file.
 *
 * Kysely's own SQLite driver has one connection behind a mutex: a transaction holds it, and every
 * other query waits until it ends. An all-or-nothing import of 50,000 rows is one transaction
 * (nothing of it may be stored if a row fails late), so with one connection every request of
 * every user would wait the whole import out. SQLite in WAL mode lets readers go on beside a
 * writer, each seeing the last committed state; so here a statement that only reads (better-
 * sqlite3's `readonly`, decided by SQLite itself) runs on the reader connection at once, unless
 * it is part of a transaction, and everything that writes takes the writer connection in turn.
 * A write waits for the writer without blocking the event loop (the app-level lock is a promise,
 * never SQLite's busy wait), so the server stays responsive while an import holds the writer.
 */
export interface StatementSource {
  prepare(source: string): PreparedStatement;
  close(): unknown;
}

/** The part of a better-sqlite3 statement used here (ArrayRowStatement provides it). */
export interface PreparedStatement {
  readonly reader: boolean;
  readonly readonly: boolean;
  all(parameters: readonly unknown[]): unknown[];
  iterate(parameters: readonly unknown[]): IterableIterator<unknown>;
  run(parameters: readonly unknown[]): { changes: number | bigint; lastInsertRowid: number | bigint };
}

export class ReadWriteSqliteDialect extends SqliteDialect {
  constructor(
    private readonly writer: StatementSource,
    private readonly reader: StatementSource,
  ) {
    // The base class keeps the adapter, query compiler and introspector of SQLite.
    super({ database: writer });
  }

  override createDriver(): Driver {
    return new ReadWriteSqliteDriver(this.writer, this.reader);
  }
}

class WriterLock {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves with the function that hands the writer to the next in line. */
  acquire(): Promise<() => void> {
    let release: () => void = () => {};
    const turn = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.tail;
    this.tail = previous.then(() => turn);
    return previous.then(() => release);
  }
}

class ReadWriteSqliteDriver implements Driver {
  private readonly lock = new WriterLock();

  constructor(
    private readonly writer: StatementSource,
    private readonly reader: StatementSource,
  ) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutedConnection(this.writer, this.reader, this.lock);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as RoutedConnection).holdWriter();
    await connection.executeQuery(CompiledQuery.raw("begin"));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async savepoint(connection: DatabaseConnection, name: string) {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoted(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string) {
    await connection.executeQuery(CompiledQuery.raw(`rollback to ${quoted(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string) {
    await connection.executeQuery(CompiledQuery.raw(`release ${quoted(name)}`));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as RoutedConnection).releaseWriter();
  }

  async destroy(): Promise<void> {
    this.reader.close();
    this.writer.close();
  }
}

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

class RoutedConnection implements DatabaseConnection {
  private release: (() => void) | null = null;

  constructor(
    private readonly writer: StatementSource,
    private readonly reader: StatementSource,
    private readonly lock: WriterLock,
  ) {}

  async holdWriter(): Promise<void> {
    if (!this.release) this.release = await this.lock.acquire();
  }

  releaseWriter(): void {
    const release = this.release;
    this.release = null;
    release?.();
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (!this.release) {
      const statement = readOnlyStatement(this.reader, query.sql);
      if (statement) return run<R>(statement, query);
      await this.holdWriter();
      try {
        return run<R>(this.writer.prepare(query.sql), query);
      } finally {
        this.releaseWriter();
      }
    }
    return run<R>(this.writer.prepare(query.sql), query);
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(query.query)) throw new Error("SQLite streams select queries only");
    const source = this.release ? this.writer : this.reader;
    for (const row of source.prepare(query.sql).iterate(query.parameters)) {
      yield { rows: [row as R] };
    }
  }
}

/**
 * The statement prepared on the reader when SQLite says it cannot write; null otherwise, or when
 * only the writer can prepare it (it names something the writer's session created).
 */
function readOnlyStatement(reader: StatementSource, sql: string): PreparedStatement | null {
  try {
    const statement = reader.prepare(sql);
    return statement.readonly ? statement : null;
  } catch {
    return null;
  }
}

// Parameters go as one array, as Kysely's own SQLite driver passes them.
function run<R>(statement: PreparedStatement, query: CompiledQuery): QueryResult<R> {
  if (statement.reader) return { rows: statement.all(query.parameters) as R[] };
  const { changes, lastInsertRowid } = statement.run(query.parameters);
  return {
    numAffectedRows: BigInt(changes),
    insertId: BigInt(lastInsertRowid),
    rows: [],
  };
}
