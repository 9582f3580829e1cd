import { regionPathCodes } from "@xinqiao/shared";
import type { RequestUser } from "./auth/requestUser.ts";
import type { Queryable } from "./db/database.ts";
import { isInScope } from "./scope.ts";

/**
 * Reads of the region hierarchy that every registry needs: a record's region checked against the
 * user's scope, and the names along records' region paths. Region names are reference data that
 * do not change while the process runs, so they are remembered per database: a list page needs
 * no query for them once its regions have been seen.
 */
export interface RegionRef {
  code: string;
  name: string;
  level: string;
}

export function findRegions(db: Queryable, codes: readonly string[]): Promise<RegionRef[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("regions")
    .select(["code", "name", "level"])
    .where("code", "in", [...codes])
    .execute();
}

/** The region if it exists inside the user's scope; null otherwise (existence not revealed). */
export async function regionWithinScope(
  db: Queryable,
  user: Pick<RequestUser, "regionCode">,
  code: string,
): Promise<RegionRef | null> {
  if (!isInScope(user, code)) return null;
  return (await findRegions(db, [code]))[0] ?? null;
}

const nameCache = new WeakMap<object, Map<string, string>>();

/** Names of the given regions (unknown codes are absent); only `get` is meant to be used. */
export async function regionNamesOf(
  db: Queryable,
  codes: Iterable<string>,
): Promise<ReadonlyMap<string, string>> {
  let cache = nameCache.get(db);
  if (!cache) {
    cache = new Map();
    nameCache.set(db, cache);
  }
  const missing = new Set<string>();
  for (const code of codes) if (!cache.has(code)) missing.add(code);
  // A code that does not exist stays missing and is asked for again: such calls are rare.
  for (const region of await findRegions(db, [...missing])) cache.set(region.code, region.name);
  return cache;
}

/** Names of every region on the paths (district → region) of the given records' regions. */
export function regionPathNamesOf(
  db: Queryable,
  regionCodes: Iterable<string>,
): Promise<ReadonlyMap<string, string>> {
  return regionNamesOf(db, pathCodesOf(regionCodes));
}

function* pathCodesOf(regionCodes: Iterable<string>): Iterable<string> {
  for (const code of regionCodes) yield* regionPathCodes(code);
}
