import type { ScopeSpec } from "../../../test/scopeSpecs.ts";

/** How the generic scope properties (test/scope.properties.test.ts) exercise this module. */
export const scopeSpecs: ScopeSpec[] = [
  {
    name: "volunteers",
    path: "/api/volunteers",
    table: "volunteers",
    idNumberSearch: true,
    revealField: "idNumber",
    update: (record) => ({ name: record.name }),
    activation: true,
    bulkActivation: true,
    history: true,
    export: true,
    otherRecordRoutes: [
      "/api/volunteers/:id/service-records",
      "/api/volunteers/:id/service-records/:recordId/reversal",
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
    bulkActivation: true,
    history: true,
    export: true,
    otherRecordRoutes: ["/api/volunteer-teams/:id/members", "/api/volunteer-teams/:id/members/:volunteerId"],
  },
];
