import type { Compilable, CompiledQuery } from "kysely";
import type { Queryable } from "./database.ts";

/**
 * Compiles a Kysely query once per dialect and re-runs it with new arguments. Building and
 * compiling a query costs more than running it on the hot path (the session lookup of every
 * request, region listings, a list page's rows by id), so those queries are written with this.
 * Arguments are traced by sentinel values: whichever compiled parameter holds a sentinel takes
 * that argument. A list argument (`in (…)`) is traced element by element, so its query is
 * compiled once per list length.
 */
type Slot = { argument: number; element: number | null } | null;
type Entry<R> = { query: CompiledQuery<R>; slots: Slot[] };

export function reusableQuery<A extends unknown[], R>(
  build: (db: Queryable, ...args: A) => Compilable<R>,
): (db: Queryable, ...args: A) => Promise<R[]> {
  const compiled = new Map<unknown, Map<string, Entry<R>>>();
  return async (db, ...args) => {
    const dialect = db.getExecutor().adapter.constructor;
    let byShape = compiled.get(dialect);
    if (!byShape) {
      byShape = new Map();
      compiled.set(dialect, byShape);
    }
    const shape = args.map((arg) => (Array.isArray(arg) ? arg.length : "")).join(",");
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
      return slot.element === null ? value : (value as unknown[])[slot.element];
    });
    const result = await db.executeQuery<R>({ ...query, parameters });
    return result.rows;
  };
}

function compile<A extends unknown[], R>(
  db: Queryable,
  build: (db: Queryable, ...args: A) => Compilable<R>,
  args: A,
): Entry<R> {
  const slotsBySentinel = new Map<string, Slot>();
  const sentinel = (argument: number, element: number | null) => {
    const value = `\u0000reusable-argument-${argument}-${element ?? ""}\u0000`;
    slotsBySentinel.set(value, { argument, element });
    return value;
  };
  const sentinels = args.map((arg, argument) =>
    Array.isArray(arg) ? arg.map((_, element) => sentinel(argument, element)) : sentinel(argument, null),
  );
  const query = build(db, ...(sentinels as A)).compile();
  const slots = query.parameters.map((parameter) =>
    typeof parameter === "string" ? (slotsBySentinel.get(parameter) ?? null) : null,
  );
  return { query, slots };
}
