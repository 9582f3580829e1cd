import type { ScopeSpec } from "../../../test/scopeSpecs.ts";

/** How the generic scope properties (test/scope.properties.test.ts) exercise this module. */
export const scopeSpecs: ScopeSpec[] = [
  {
    name: "periodic reports",
    path: "/api/reports",
    table: "periodic_reports",
    // A report has no name of its own; its deadline stands in for the text a 404 must not reveal.
    nameColumn: "due_on",
    otherRecordRoutes: [
      "/api/reports/:id/export",
      "/api/reports/:id/submit",
      "/api/reports/:id/approve",
      "/api/reports/:id/return",
    ],
  },
];
