import type { ScopeSpec } from "../../../test/scopeSpecs.ts";
import { findClient } from "./clients.repository.ts";
import { mayViewClient } from "./clientVisibility.ts";

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
    otherRecordRoutes: [
      "/api/clients/:id/consents",
      "/api/clients/:id/consents/:consentId/withdraw",
      "/api/clients/:id/timeline",
      // A pair's id: both clients load through the same rule (clientDuplicates.test.ts).
      "/api/client-duplicates/:id/dismiss",
      "/api/client-duplicates/:id/merge",
    ],
    // A social worker reaches only their own clients (registered by them, or of their cases).
    mayReach: async (db, user, id) => {
      const client = await findClient(db, id);
      return client !== undefined && (await mayViewClient(db, user, client));
    },
  },
];
