import type { ScopeSpec } from "../../../test/scopeSpecs.ts";

/** How the generic scope properties (test/scope.properties.test.ts) exercise this module. */
export const scopeSpecs: ScopeSpec[] = [
  {
    name: "users",
    path: "/api/users",
    table: "users",
    nameColumn: "display_name",
    otherRecordRoutes: ["/api/users/:id/disable", "/api/users/:id/enable", "/api/users/:id/reset-password"],
  },
];
