import type { ScopeSpec } from "../../../test/scopeSpecs.ts";

/** How the generic scope properties (test/scope.properties.test.ts) exercise this module. */
export const scopeSpecs: ScopeSpec[] = [
  {
    name: "projects",
    path: "/api/projects",
    table: "projects",
    otherRecordRoutes: [
      "/api/projects/:id/transitions",
      "/api/projects/:id/progress",
      "/api/projects/:id/budget-lines",
      "/api/projects/:id/budget-lines/:entryId",
      "/api/projects/:id/receipts",
      "/api/projects/:id/receipts/:entryId/reverse",
      "/api/projects/:id/expenditures",
      "/api/projects/:id/expenditures/:entryId/reverse",
    ],
  },
];
