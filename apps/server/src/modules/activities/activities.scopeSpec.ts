import type { ScopeSpec } from "../../../test/scopeSpecs.ts";

/** How the generic scope properties (test/scope.properties.test.ts) exercise this module. */
export const scopeSpecs: ScopeSpec[] = [
  {
    name: "activities",
    path: "/api/activities",
    table: "activities",
    update: (record) => ({ name: record.name }),
    export: true,
    otherRecordRoutes: [
      "/api/activities/:id/publish",
      "/api/activities/:id/cancel",
      "/api/activities/:id/signups",
      "/api/activities/:id/signups/:signupId/withdraw",
      "/api/activities/:id/signups/:signupId/attendance",
      "/api/activities/:id/hours/confirm",
      "/api/activities/:id/checkin-link",
    ],
  },
];
