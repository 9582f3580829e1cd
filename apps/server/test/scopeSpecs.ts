/// <reference types="vite/client" />
import type { RequestUser } from "../src/platform/auth/requestUser.ts";
import type { Queryable } from "../src/platform/db/database.ts";
import type { Database } from "../src/platform/db/tables.ts";

/**
 * The registries as the generic scope properties see them (scope.properties.test.ts). A module
 * joins the properties with a `<module>.scopeSpec.ts` in its folder: its records' table, its list
 * endpoint, and which record operations it offers. The route table test fails when a route with
 * a record id belongs to no spec (or to the routes owned by their user), so a new module cannot
 * forget to join.
 */
/** Tables whose rows have an id and a region: the records scope applies to. */
type RegionScopedTable = {
  [T in keyof Database]: Database[T] extends { id: unknown; region_code: string } ? T : never;
}[keyof Database];

export interface ScopeSpec {
  name: string;
  /** The collection's path; a record is `${path}/:id`. */
  path: string;
  table: RegionScopedTable;
  /** The column that names a record (default `name`). */
  nameColumn?: "name" | "display_name" | "place" | "case_number" | "source" | "due_on";
  /** Searchable by a full ID number (the keyed hash), inside the scope. */
  idNumberSearch?: boolean;
  /** A field that POST `${path}/:id/reveal` shows unmasked. */
  revealField?: string;
  /** A harmless update for PATCH `${path}/:id` (changes nothing the record shows). */
  update?: (record: { name: string }) => Record<string, unknown>;
  /** A policy an update passes beyond the route's permission (which may let two roles in). */
  mayUpdate?: (permissions: ReadonlySet<string>) => boolean;
  /** POST `${path}/:id/deactivate` and `/activate` exist. */
  activation?: boolean;
  /**
   * POST `${path}/deactivate` and `/activate` with `{ ids }` exist (platform/bulkActivation.ts):
   * all or nothing, every id through the record loader; `paths` when the module names them
   * otherwise (accounts: disable / enable).
   */
  bulkActivation?: true | { deactivate: string; activate: string };
  history?: boolean;
  export?: boolean;
  /** Other routes of the module that take the record's id, checked by the same loader. */
  otherRecordRoutes?: string[];
  /**
   * Beyond the region, whether the user reaches the record at all (otherwise 404, like a record
   * outside the scope): a user reaches only the accounts of the roles they manage.
   */
  mayReach?: (db: Queryable, user: RequestUser, id: number) => Promise<boolean>;
  /** false when the records have no list by region (attachments are listed by their owner). */
  regionList?: false;
}

/**
 * Every module's specs, from its `<module>.scopeSpec.ts`: a module joins the properties by
 * having one, without a line here.
 */
const specFiles = import.meta.glob<{ scopeSpecs: ScopeSpec[] }>("../src/modules/*/*.scopeSpec.ts", {
  eager: true,
});
export const scopeSpecs: ScopeSpec[] = Object.values(specFiles).flatMap((file) => file.scopeSpecs);

/**
 * Routes with an id that are not a region-scoped record: they belong to the user who started
 * them (a job, an import's error report) or are the region tree itself (scoped by its code).
 */
export const ownedOrRegionRoutes = [
  "/api/jobs/:id",
  "/api/imports/:id/errors",
  "/api/regions/:code",
  "/api/regions/:code/residents",
];
