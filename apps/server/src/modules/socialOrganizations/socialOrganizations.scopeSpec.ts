import type { ScopeSpec } from "../../../test/scopeSpecs.ts";

/** How the generic scope properties (test/scope.properties.test.ts) exercise this module. */
export const scopeSpecs: ScopeSpec[] = [
  {
    name: "social organizations",
    path: "/api/social-organizations",
    table: "social_organizations",
    update: (record) => ({ name: record.name }),
    // The system admin may only record a failed credit-code check (with a reason).
    mayUpdate: (permissions) => permissions.has("organizations.manage"),
    bulkActivation: true,
    history: true,
    export: true,
  },
];
