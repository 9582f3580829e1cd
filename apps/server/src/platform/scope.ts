import { isWithinRegion, regionRange } from "@xinqiao/shared";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { RequestUser } from "./auth/requestUser.ts";
import { notFound } from "./errors.ts";

/**
 * Region scope, written once. A user sees their region and everything under it; every list,
 * detail, export, search and aggregate narrows by `inRegionScope`, which is a plain range on a
 * 12-digit code column (one B-tree index serves it on SQLite and PostgreSQL alike).
 */
export function inRegionScope(column: string, regionCode: string): RawBuilder<SqlBool> {
  const { low, high } = regionRange(regionCode);
  return sql<SqlBool>`${sql.ref(column)} between ${low} and ${high}`;
}

export function isInScope(user: Pick<RequestUser, "regionCode">, regionCode: string): boolean {
  return isWithinRegion(regionCode, user.regionCode);
}

/** Out-of-scope records answer 404 so that their existence is not revealed. */
export function assertInScope(user: Pick<RequestUser, "regionCode">, regionCode: string): void {
  if (!isInScope(user, regionCode)) throw notFound();
}
