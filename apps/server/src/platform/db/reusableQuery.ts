import {
  type Compilable,
  type CompiledQuery,
  type InsertQueryBuilder,
  type InsertResult,
  type QueryResult,
  sql,
} from "kysely";
import { isPostgres, type Queryable } from "./database.ts";
import type { Database } from "./tables.ts";

/**
 * Compiles a Kysely query once per dialect and re-runs it with new arguments. Building and
 * compiling a query costs more than running it on the hot path (the session lookup of every
 * request, region listings, a list page's rows by id), so those queries are written with this.
 * Arguments are traced by sentinel values: whichever compiled parameter holds a sentinel takes
 * that argument. A list argument (`in (…)`) is traced element by element, so its query is
 * compiled once per list length; a plain object (the row of an insert) key by key, so its query
 * is compiled once per set of keys; a list of plain objects (the rows of a multi-row insert)
 * row by row and key by key, compiled once per number of rows and their keys.
 */
type Element = number | string | readonly [number, string] | null;
type Slot = { argument: number; element: Element } | null;
type Entry<R> = { query: CompiledQuery<R>; slots: Slot[] };

export function reusableQuery<A extends unknown[], R>(
  build: (db: Queryable, ...args: A) => Compilable<R>,
): (db: Queryable, ...args: A) => Promise<R[]> {
  const run = reusableStatement(build);
  return async (db, ...args) => (await run(db, ...args)).rows;
}

/**
 * An insert of one row compiled once, answering the new row's id: on SQLite from the statement's
 * last insert rowid (`returning` made each insert two to three times slower there, which an import
 * of 50,000 rows feels), on PostgreSQL through `returning id`.
 */
export function reusableInsert<T extends keyof Database & string, A extends unknown[]>(
  build: (db: Queryable, ...args: A) => InsertQueryBuilder<Database, T, InsertResult>,
): (db: Queryable, ...args: A) => Promise<number> {
  const run = reusableStatement((db: Queryable, ...args: A) => {
    const insert = build(db, ...args);
    return isPostgres(db) ? insert.returning(sql<number>`id`.as("id")) : insert;
  });
  return async (db, ...args) => {
    const result = await run(db, ...args);
    const id = (result.rows[0] as { id?: number } | undefined)?.id ?? Number(result.insertId);
    if (!Number.isSafeInteger(id)) throw new Error("the insert answered no id");
    return id;
  };
}

/**
 * An insert of many rows (its first argument) compiled once per batch shape, answering the new
 * rows' ids in the rows' order. On SQLite, inside the writer's transaction, one statement numbers
 * its rows consecutively, so the ids end at the last insert rowid (`returning` made the insert
 * twice as slow there); on PostgreSQL `returning id`, sorted — both number one statement's rows
 * ascending in the order of its VALUES, and neither promises RETURNING's order.
 */
export function reusableInsertRows<T extends keyof Database & string, Row extends object>(
  build: (db: Queryable, rows: Row[]) => InsertQueryBuilder<Database, T, InsertResult>,
): (db: Queryable, rows: Row[]) => Promise<number[]> {
  const run = reusableStatement((db: Queryable, rows: Row[]) => {
    const insert = build(db, rows);
    return isPostgres(db) ? insert.returning(sql<number>`id`.as("id")) : insert;
  });
  return async (db, rows) => {
    if (rows.length === 0) return [];
    const result = await run(db, rows);
    if (isPostgres(db))
      return (result.rows as unknown as { id: number }[]).map((row) => Number(row.id)).sort((a, b) => a - b);
    const last = Number(result.insertId);
    if (!Number.isSafeInteger(last)) throw new Error("the insert answered no id");
    return rows.map((_, index) => last - rows.length + 1 + index);
  };
}

/**
 * The rows in pieces of the given sizes, largest first (500, 500, …, 100, 10, 10, 1): a multi-row
 * statement is compiled, prepared and cached once per number of rows, so pieces of any length
 * would fill both caches with statements used once — hundreds of MB over a recount of millions.
 */
export function piecesOfFixedSizes<T>(rows: readonly T[], sizes: readonly number[]): T[][] {
  const pieces: T[][] = [];
  let start = 0;
  for (const size of sizes) {
    while (rows.length - start >= size) {
      pieces.push(rows.slice(start, start + size));
      start += size;
    }
  }
  if (start < rows.length) pieces.push(rows.slice(start));
  return pieces;
}

function reusableStatement<A extends unknown[], R>(
  build: (db: Queryable, ...args: A) => Compilable<R>,
): (db: Queryable, ...args: A) => Promise<QueryResult<R>> {
  const compiled = new Map<unknown, Map<string, Entry<R>>>();
  return async (db, ...args) => {
    const dialect = db.getExecutor().adapter.constructor;
    let byShape = compiled.get(dialect);
    if (!byShape) {
      byShape = new Map();
      compiled.set(dialect, byShape);
    }
    const shape = args.map(shapeOf).join(",");
    let entry = byShape.get(shape);
    if (!entry) {
      entry = compile(db, build, args);
      // Page lengths are few; an unusual caller with many list lengths only recompiles.
      if (byShape.size >= 256) byShape.clear();
      byShape.set(shape, entry);
    }
    const { query, slots } = entry;
    const parameters = query.parameters.map((parameter, i) => {
      const slot = slots[i];
      if (!slot) return parameter;
      const value = args[slot.argument];
      const { element } = slot;
      if (element === null) return value;
      if (typeof element === "number") return (value as unknown[])[element];
      if (typeof element === "string") return (value as Record<string, unknown>)[element];
      return (value as Record<string, unknown>[])[element[0]]?.[element[1]];
    });
    return db.executeQuery<R>({ ...query, parameters });
  };
}

function compile<A extends unknown[], R>(
  db: Queryable,
  build: (db: Queryable, ...args: A) => Compilable<R>,
  args: A,
): Entry<R> {
  const slotsBySentinel = new Map<string, Slot>();
  const sentinel = (argument: number, element: Element) => {
    const value = `\u0000reusable-argument-${argument}-${Array.isArray(element) ? element.join(".") : (element ?? "")}\u0000`;
    slotsBySentinel.set(value, { argument, element });
    return value;
  };
  const sentinels = args.map((arg, argument) => {
    if (isListOfRows(arg)) {
      return arg.map((row, index) =>
        Object.fromEntries(definedKeys(row).map((key) => [key, sentinel(argument, [index, key])])),
      );
    }
    if (Array.isArray(arg)) return arg.map((_, element) => sentinel(argument, element));
    if (isPlainObject(arg)) {
      return Object.fromEntries(definedKeys(arg).map((key) => [key, sentinel(argument, key)]));
    }
    return sentinel(argument, null);
  });
  const query = build(db, ...(sentinels as A)).compile();
  const slots = query.parameters.map((parameter) =>
    typeof parameter === "string" ? (slotsBySentinel.get(parameter) ?? null) : null,
  );
  return { query, slots };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

// Kysely leaves out an undefined value's column, so the keys that hold one are not the shape's.
function definedKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}

function isListOfRows(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every(isPlainObject);
}

function shapeOf(arg: unknown): string | number {
  if (isListOfRows(arg)) return arg.map((row) => definedKeys(row).join("|")).join(";");
  if (Array.isArray(arg)) return arg.length;
  return isPlainObject(arg) ? definedKeys(arg).join("|") : "";
}
