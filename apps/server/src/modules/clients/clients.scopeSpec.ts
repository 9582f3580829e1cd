import type { ScopeSpec } from "../../../test/scopeSpecs.ts";

/** How the generic scope properties (test/scope.properties.test.ts) exercise this module. */
export const scopeSpecs: ScopeSpec[] = [
  {
    name: "clients",
    path: "/api/clients",
    table: "clients",
    idNumberSearch: true,
    revealField: "idNumber",
    update: (record) => ({ name: record.name }),
    activation: true,
    bulkActivation: true,
    history: true,
    export: true,
    otherRecordRoutes: ["/api/clients/:id/consents", "/api/clients/:id/consents/:consentId/withdraw"],
  },
];
