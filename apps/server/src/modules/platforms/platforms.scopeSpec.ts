import type { ScopeSpec } from "../../../test/scopeSpecs.ts";

/** How the generic scope properties (test/scope.properties.test.ts) exercise this module. */
export const scopeSpecs: ScopeSpec[] = [
  {
    name: "platforms",
    path: "/api/platforms",
    table: "platforms",
    update: (record) => ({ name: record.name }),
    bulkActivation: true,
    history: true,
    export: true,
  },
];
