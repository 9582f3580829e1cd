import { describe, expect, it } from "vitest";
import {
  availableProjectActions,
  canTransitionProject,
  type ProjectAction,
  type ProjectStatus,
  parseTransitionForm,
  projectActions,
  projectStatusIds,
  projectTransitions,
} from "./lifecycle.ts";

const manager = ["projects.read", "projects.manage"];
const approver = ["projects.read", "projects.approve"];
const leader = ["projects.read"];

describe("project lifecycle", () => {
  it("takes a project from 申报 to 终期评估, each step by the permission it needs", () => {
    const path: [ProjectAction, string[], ProjectStatus][] = [
      ["apply", manager, "applied"],
      ["return", approver, "returned"],
      ["apply", manager, "applied"],
      ["pass", approver, "approved"],
      ["establish", approver, "established"],
      ["start", manager, "implementing"],
      ["midterm", manager, "midterm"],
      ["close", approver, "closed"],
      ["evaluate", approver, "evaluated"],
    ];
    let status: ProjectStatus = "draft";
    for (const [action, permissions, to] of path) {
      expect(canTransitionProject({ status, budgetLineCount: 1 }, action, permissions)).toEqual({ ok: true });
      const other = permissions === manager ? approver : manager;
      expect(canTransitionProject({ status, budgetLineCount: 1 }, action, other).ok).toBe(false);
      expect(canTransitionProject({ status, budgetLineCount: 1 }, action, leader).ok).toBe(false);
      expect(projectTransitions[action].to).toBe(to);
      status = to;
    }
  });

  it("refuses every action outside its statuses, naming the status", () => {
    const everything = [...manager, ...approver];
    for (const status of projectStatusIds) {
      for (const action of projectActions) {
        const allowed = (projectTransitions[action].from as readonly string[]).includes(status);
        const check = canTransitionProject({ status, budgetLineCount: 1 }, action, everything);
        expect(check.ok).toBe(allowed);
      }
    }
    expect(canTransitionProject({ status: "closed", budgetLineCount: 1 }, "apply", manager)).toEqual({
      ok: false,
      reason: "项目当前为“已结项”，不能提交申报",
    });
  });

  it("立项 needs a budget; 退回 needs a reason; evaluations need their opinion", () => {
    expect(canTransitionProject({ status: "approved", budgetLineCount: 0 }, "establish", approver)).toEqual({
      ok: false,
      reason: "尚未编制预算科目，不能立项",
    });
    expect(parseTransitionForm("return", {}).success).toBe(false);
    expect(parseTransitionForm("return", { reason: "预算依据不足" }).success).toBe(true);
    expect(parseTransitionForm("midterm", { note: " " }).success).toBe(false);
    expect(availableProjectActions({ status: "applied", budgetLineCount: 1 }, approver)).toEqual([
      "pass",
      "return",
    ]);
    expect(availableProjectActions({ status: "applied", budgetLineCount: 1 }, leader)).toEqual([]);
  });
});
