import type { ScopeSpec } from "../../../test/scopeSpecs.ts";

/**
 * How the generic scope properties (test/scope.properties.test.ts) exercise this module. No
 * `update`: most demo courses have ended (completed), and a completed course refuses edits (409)
 * by design, which the property would read as a failure inside the scope.
 */
export const scopeSpecs: ScopeSpec[] = [
  {
    name: "courses",
    path: "/api/courses",
    table: "courses",
    otherRecordRoutes: [
      "/api/courses/:id/cancel",
      "/api/courses/:id/enrolments",
      "/api/courses/:id/enrolments/:enrolmentId/withdraw",
      "/api/courses/:id/attendance",
      "/api/courses/:id/completion",
      "/api/courses/:id/enrolments/:enrolmentId/completion/cancel",
    ],
  },
];
