import { caseTransitions } from "@xinqiao/shared";
import { describe, expect, it } from "vitest";
import { formOf } from "./transitionValues.ts";

/** The drawer's fields become the form the shared machine accepts (and refuses what it should). */
describe("transition forms from the drawer's fields", () => {
  it("numbers the plan's goals in order and reads their indicators one a line", () => {
    const form = formOf("submitPlan", {
      startOn: "2026-11-01",
      endOn: "2027-01-31",
      goals: [
        { goal: "按时复诊", indicators: "每月复诊一次\n\n 血压记录完整 " },
        { goal: "扩大社会支持", indicators: "结识两位志愿者" },
      ],
      tasks: [{ task: "预约复诊", goalKey: "g1", dueOn: "2026-11-15" }],
    });
    expect(form).toMatchObject({
      goals: [
        { key: "g1", indicators: ["每月复诊一次", "血压记录完整"] },
        { key: "g2", indicators: ["结识两位志愿者"] },
      ],
    });
    expect(caseTransitions.submitPlan.form.safeParse(form).success).toBe(true);
  });

  it("refuses a goal without an indicator and a task of no goal of the plan", () => {
    const form = formOf("submitPlan", {
      startOn: "2026-11-01",
      endOn: "2027-01-31",
      goals: [{ goal: "按时复诊", indicators: "  " }],
      tasks: [{ task: "预约复诊", goalKey: "g9", dueOn: "2026-11-15" }],
    });
    const paths = (form: unknown) =>
      caseTransitions.submitPlan.form.safeParse(form).error?.issues.map((issue) => issue.path.join("."));
    expect(paths(form)).toContain("goals.0.indicators");
    const strayTask = formOf("submitPlan", {
      startOn: "2026-11-01",
      endOn: "2027-01-31",
      goals: [{ goal: "按时复诊", indicators: "每月复诊一次" }],
      tasks: [{ task: "预约复诊", goalKey: "g9", dueOn: "2026-11-15" }],
    });
    expect(paths(strayTask)).toEqual(["tasks.0.goalKey"]);
  });

  it("sends a chosen worker as the machine's id and drops the field a referral's consent makes moot", () => {
    expect(formOf("assign", { workerId: 42 })).toEqual({ workerId: "42" });
    expect(formOf("transfer", { toWorkerId: 7, reason: "工作调整" })).toEqual({
      toWorkerId: "7",
      reason: "工作调整",
    });
    const withConsent = formOf("refer", {
      target: { kind: "department", name: "区民政局" },
      reason: "低保复核",
      consentGiven: true,
      consentOn: "2026-11-20",
      overrideReason: "留在表单里的旧理由",
    });
    expect(withConsent).toMatchObject({ consentGiven: true, overrideReason: null });
    expect(caseTransitions.refer.form.safeParse(withConsent).success).toBe(true);
    const without = formOf("refer", {
      target: { kind: "department", name: "区民政局" },
      reason: "低保复核",
      consentGiven: false,
      consentOn: "2026-11-20",
    });
    expect(without).toMatchObject({ consentOn: null });
    expect(caseTransitions.refer.form.safeParse(without).success).toBe(false);
  });
});
