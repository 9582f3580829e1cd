import type { ScopeSpec } from "../../../test/scopeSpecs.ts";

/**
 * How the generic scope properties (test/scope.properties.test.ts) exercise this module. The demo
 * city has no clients yet, so the record properties find no sample until clients.demo.ts exists;
 * the list properties (scope, 403 for a leader) run already. ID-number search and export join
 * with the demo data and the export.
 */
export const scopeSpecs: ScopeSpec[] = [
  {
    name: "clients",
    path: "/api/clients",
    table: "clients",
    revealField: "idNumber",
    update: (record) => ({ name: record.name }),
    activation: true,
    bulkActivation: true,
    history: true,
    otherRecordRoutes: ["/api/clients/:id/consents", "/api/clients/:id/consents/:consentId/withdraw"],
  },
];
