import type { ScopeSpec } from "../../../test/scopeSpecs.ts";

/** How the generic scope properties (test/scope.properties.test.ts) exercise this module. */
export const scopeSpecs: ScopeSpec[] = [
  {
    name: "social workers",
    path: "/api/social-workers",
    table: "social_workers",
    idNumberSearch: true,
    revealField: "idNumber",
    update: (record) => ({ name: record.name }),
    activation: true,
    bulkActivation: true,
    history: true,
    export: true,
    otherRecordRoutes: [
      "/api/social-workers/:id/education-hours",
      "/api/social-workers/:id/education-hours/:entryId/reversal",
    ],
  },
];
