import type { Database } from "../src/platform/db/tables.ts";

/**
 * The registries as the generic scope properties see them (scope.properties.test.ts). A module
 * joins the properties by adding its spec here: its records' table and region column, its list
 * endpoint, and which record operations it offers. The route table test fails when a route with
 * a record id belongs to no spec (or to the routes owned by their user), so a new module cannot
 * forget to join.
 */
export interface ScopeSpec {
  name: string;
  /** The collection's path; a record is `${path}/:id`. */
  path: string;
  table: keyof Database &
    ("platforms" | "social_organizations" | "social_workers" | "volunteers" | "volunteer_teams" | "users");
  /** The column that names a record (default `name`). */
  nameColumn?: "name" | "display_name";
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
  history?: boolean;
  export?: boolean;
  /** Other routes of the module that take the record's id, checked by the same loader. */
  otherRecordRoutes?: string[];
}

export const scopeSpecs: ScopeSpec[] = [
  {
    name: "platforms",
    path: "/api/platforms",
    table: "platforms",
    update: (record) => ({ name: record.name }),
    history: true,
    export: true,
  },
  {
    name: "social organizations",
    path: "/api/social-organizations",
    table: "social_organizations",
    update: (record) => ({ name: record.name }),
    // The system admin may only record a failed credit-code check (with a reason).
    mayUpdate: (permissions) => permissions.has("organizations.manage"),
    history: true,
    export: true,
  },
  {
    name: "social workers",
    path: "/api/social-workers",
    table: "social_workers",
    idNumberSearch: true,
    revealField: "idNumber",
    update: (record) => ({ name: record.name }),
    activation: true,
    history: true,
    export: true,
    otherRecordRoutes: ["/api/social-workers/:id/education-hours"],
  },
  {
    name: "volunteers",
    path: "/api/volunteers",
    table: "volunteers",
    idNumberSearch: true,
    revealField: "idNumber",
    update: (record) => ({ name: record.name }),
    activation: true,
    history: true,
    export: true,
    otherRecordRoutes: [
      "/api/volunteers/:id/service-records",
      "/api/volunteers/:id/certificates",
      "/api/volunteers/:id/certificates/:certificateId",
    ],
  },
  {
    name: "volunteer teams",
    path: "/api/volunteer-teams",
    table: "volunteer_teams",
    update: (record) => ({ name: record.name }),
    activation: true,
    history: true,
    export: true,
    otherRecordRoutes: ["/api/volunteer-teams/:id/members", "/api/volunteer-teams/:id/members/:volunteerId"],
  },
  {
    name: "users",
    path: "/api/users",
    table: "users",
    nameColumn: "display_name",
    otherRecordRoutes: ["/api/users/:id/disable", "/api/users/:id/enable", "/api/users/:id/reset-password"],
  },
];

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
