import { auditActions, auditEntities } from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import { catalogs } from "../../i18n/catalogs.ts";

describe("audit messages", () => {
  it("name every action and entity of the shared vocabulary in every language (each module its own)", () => {
    for (const [locale, messages] of Object.entries(catalogs)) {
      const labels: Record<string, string> = messages;
      for (const action of auditActions) {
        expect(labels[`audit.actionName.${action}`]?.trim(), `${locale} ${action}`).toBeTruthy();
      }
      for (const entity of auditEntities) {
        expect(labels[`audit.entityName.${entity}`]?.trim(), `${locale} ${entity}`).toBeTruthy();
      }
    }
  });

  it("name nothing the vocabulary does not have (an old name reads as today's action)", () => {
    const known = new Set<string>([
      ...auditActions.map((action) => `audit.actionName.${action}`),
      ...auditEntities.map((entity) => `audit.entityName.${entity}`),
    ]);
    const named = Object.keys(catalogs["zh-CN"]).filter(
      (key) => key.startsWith("audit.actionName.") || key.startsWith("audit.entityName."),
    );
    expect(named.filter((key) => !known.has(key))).toEqual([]);
  });
});
