import type { Compilable, CompiledQuery } from "kysely";
import type { Queryable } from "./database.ts";

/**
 * Compiles a Kysely query once per dialect and re-runs it with new arguments. Building and
 * compiling a query costs more than running it on the hot path (the session lookup of every
 * request, region listings), so those queries are written with this. Arguments are traced by
 * sentinel values: whichever compiled parameter holds a sentinel takes that argument.
 */
export function reusableQuery<A extends unknown[], R>(
  build: (db: Queryable, ...args: A) => Compilable<R>,
): (db: Queryable, ...args: A) => Promise<R[]> {
  const compiledByDialect = new Map<unknown, { query: CompiledQuery<R>; slots: (number | null)[] }>();
  return async (db, ...args) => {
    const dialect = db.getExecutor().adapter.constructor;
    let entry = compiledByDialect.get(dialect);
    if (!entry) {
      const sentinels = args.map((_, index) => `\u0000reusable-argument-${index}\u0000`);
      const query = build(db, ...(sentinels as A)).compile();
      const slots = query.parameters.map((parameter) => {
        const index = sentinels.indexOf(parameter as string);
        return index === -1 ? null : index;
      });
      entry = { query, slots };
      compiledByDialect.set(dialect, entry);
    }
    const { query, slots } = entry;
    const parameters = query.parameters.map((parameter, i) => {
      const slot = slots[i];
      return slot === null || slot === undefined ? parameter : args[slot];
    });
    const result = await db.executeQuery<R>({ ...query, parameters });
    return result.rows;
  };
}
