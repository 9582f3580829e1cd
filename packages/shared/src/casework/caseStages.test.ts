import { describe, expect, it } from "vitest";
import {
  caseTransitionAuditAction,
  caseTransitionAuditActions,
  caseworkContract,
} from "../modules/casework.ts";
import {
  addIsoDays,
  caseStageDueOn,
  caseStageLabels,
  caseStages,
  defaultCaseWorkflowSettings,
} from "./caseStages.ts";
import { caseActions, caseTransitions } from "./caseTransitions.ts";

describe("stages", () => {
  it("labels every stage as the standard names it", () => {
    expect(caseStages.map((stage) => caseStageLabels[stage])).toEqual([
      "接案",
      "预估",
      "计划",
      "介入",
      "评估",
      "结案",
      "不予接案",
      "中止",
      "转介",
    ]);
  });

  it("makes an active stage due after its configured days, across months and years", () => {
    expect(caseStageDueOn("intake", "2026-12-30")).toBe("2027-01-02");
    expect(caseStageDueOn("planning", "2026-02-20")).toBe("2026-03-06");
    const settings = {
      ...defaultCaseWorkflowSettings,
      stageTimeLimitDays: { ...defaultCaseWorkflowSettings.stageTimeLimitDays, intake: 7 },
    };
    expect(caseStageDueOn("intake", "2026-01-01", settings)).toBe("2026-01-08");
    expect(caseStageDueOn("closed", "2026-01-01")).toBeNull();
    expect(addIsoDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("lets every stage be entered or left by some transition", () => {
    const touched = new Set(
      Object.values(caseTransitions).flatMap((t) => [
        ...t.from,
        ...(t.to === "same" || t.to === "resumed" ? [] : [t.to]),
      ]),
    );
    expect([...touched].sort()).toEqual([...caseStages].sort());
  });
});

describe("the casework contract", () => {
  it("audits every transition under an action of its own vocabulary", () => {
    const actions = Object.keys(caseworkContract.auditActions);
    for (const action of caseActions) expect(actions).toContain(caseTransitionAuditActions[action]);
    const entities = Object.keys(caseworkContract.auditEntities).join("|");
    for (const action of actions) expect(action).toMatch(new RegExp(`^(${entities})(\\.[a-z][a-zA-Z]*)+$`));
  });

  it("audits a referral without consent apart", () => {
    expect(caseTransitionAuditAction("refer", { consentGiven: false })).toBe("case.refer.withoutConsent");
    expect(caseTransitionAuditAction("refer", { consentGiven: true })).toBe("case.refer");
    expect(caseTransitionAuditAction("approvePlan", {})).toBe("case.plan.approve");
  });

  it("declares the permissions the transitions check", () => {
    const needed = new Set(Object.values(caseTransitions).map((t) => t.permission));
    for (const permission of [...needed, "cases.refer_without_consent"]) {
      expect(caseworkContract.permissions).toContain(permission);
    }
  });
});
