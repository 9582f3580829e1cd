import { describe, expect, it } from "vitest";
import { caseStages } from "./caseStages.ts";
import { type ActorKey, actors, caseReadyFor, intakeCase, today, validForm } from "./cases.testing.ts";
import {
  applyTransition,
  attemptTransition,
  availableTransitions,
  type CaseAction,
  type CaseState,
  canTransition,
  caseActions,
} from "./caseTransitions.ts";

const ctx = { today };

/**
 * What the issue asks, written out apart from the implementation: where each action starts and
 * who may take it. The table test below holds caseTransitions to it for every stage and actor.
 */
const active = ["intake", "assessment", "planning", "intervention", "evaluation"] as const;
const activeOrSuspended = [...active, "suspended"] as const;
const handlers: ActorKey[] = ["worker", "stationHead", "supervisor", "streetSupervisor"];
const approvers: ActorKey[] = ["stationHead", "supervisor", "streetSupervisor"];
const expected: Record<CaseAction, { from: readonly string[]; who: ActorKey[] }> = {
  accept: { from: ["intake"], who: ["worker", "stationHead"] },
  decline: { from: ["intake"], who: ["worker", "stationHead"] },
  completeAssessment: { from: ["assessment"], who: ["worker"] },
  submitPlan: { from: ["planning"], who: ["worker"] },
  approvePlan: { from: ["planning"], who: approvers },
  returnPlan: { from: ["planning"], who: approvers },
  startIntervention: { from: ["planning"], who: ["worker"] },
  submitEvaluation: { from: ["intervention"], who: ["worker"] },
  submitClosing: { from: ["evaluation"], who: ["worker"] },
  approveClosing: { from: ["evaluation"], who: approvers },
  returnClosing: { from: ["evaluation"], who: approvers },
  suspend: { from: active, who: handlers },
  resume: { from: ["suspended"], who: handlers },
  refer: { from: active, who: ["worker", "stationHead"] },
  reopen: { from: ["closed", "referred"], who: handlers },
  assign: {
    from: activeOrSuspended,
    who: ["stationHead", "supervisor", "streetSupervisor", "districtOfficer"],
  },
  transfer: { from: activeOrSuspended, who: ["worker"] },
  acceptTransfer: { from: activeOrSuspended, who: ["receiver"] },
  rejectTransfer: { from: activeOrSuspended, who: ["receiver"] },
};

const cells = caseStages.flatMap((stage) =>
  caseActions.flatMap((action) =>
    (Object.keys(actors) as ActorKey[]).map((actor) => ({ stage, action, actor })),
  ),
);

describe("every transition, per stage and actor", () => {
  it.each(cells)("$action in $stage by $actor", ({ stage, action, actor }) => {
    const state = caseReadyFor(action, stage);
    const allowed = expected[action].from.includes(stage) && expected[action].who.includes(actor);
    const check = canTransition(state, action, actors[actor], ctx);
    expect(check.ok, JSON.stringify(check)).toBe(allowed);
    if (!check.ok) expect(check.reason).toMatch(/[\u4e00-\u9fff]/);
    if (allowed) {
      const result = applyTransition(state, action, validForm(action, state), today);
      expect(result.ok, JSON.stringify(result)).toBe(true);
    }
  });

  it("names the stage or the people when it refuses", () => {
    const state = intakeCase();
    expect(canTransition(state, "submitPlan", actors.worker, ctx)).toEqual({
      ok: false,
      reason: "个案当前处于“接案”阶段，不能执行此操作",
    });
    expect(canTransition(state, "accept", actors.supervisor, ctx)).toEqual({
      ok: false,
      reason: "仅负责社工、社工站负责人可执行此操作",
    });
  });

  it("needs the permission besides the relation", () => {
    const noManage = { ...actors.worker, permissions: ["cases.read"] };
    expect(canTransition(intakeCase(), "accept", noManage, ctx)).toEqual({
      ok: false,
      reason: "没有权限执行此操作",
    });
  });

  it("offers the assigned worker only what they may do", () => {
    expect(availableTransitions(intakeCase(), actors.worker, ctx)).toEqual([
      "accept",
      "decline",
      "suspend",
      "refer",
      "transfer",
    ]);
    expect(availableTransitions(intakeCase(), actors.leader, ctx)).toEqual([]);
  });
});

const walk = (steps: [CaseAction, ActorKey][], start: CaseState = intakeCase()): CaseState =>
  steps.reduce((state, [action, actor]) => {
    const result = attemptTransition(state, action, actors[actor], validForm(action, state), today);
    if (!result.ok) throw new Error(`${action} by ${actor}: ${result.reason}`);
    return result.state;
  }, start);

const toPlanning: [CaseAction, ActorKey][] = [
  ["accept", "worker"],
  ["completeAssessment", "worker"],
];

describe("approvals", () => {
  it("goes through the main line with an approved plan and closing", () => {
    const planned = walk([...toPlanning, ["submitPlan", "worker"], ["approvePlan", "supervisor"]]);
    expect(planned).toMatchObject({
      stage: "planning",
      planApproval: "approved",
      planGoalKeys: ["g1", "g2"],
    });
    const intervening = walk([["startIntervention", "worker"]], planned);
    const evaluated = walk([["submitEvaluation", "worker"]], { ...intervening, serviceRecordCount: 3 });
    const closed = walk(
      [
        ["submitClosing", "worker"],
        ["approveClosing", "stationHead"],
      ],
      evaluated,
    );
    expect(closed).toMatchObject({ stage: "closed", closingApproval: "approved", endedOn: today });
  });

  it("sends a returned plan back to the worker with the reason, to resubmit", () => {
    const submitted = walk([...toPlanning, ["submitPlan", "worker"]]);
    expect(canTransition(submitted, "submitPlan", actors.worker, ctx)).toEqual({
      ok: false,
      reason: "计划已提交，等待审批",
    });
    expect(canTransition(submitted, "startIntervention", actors.worker, ctx)).toEqual({
      ok: false,
      reason: "计划尚未通过审批",
    });
    const returned = attemptTransition(
      submitted,
      "returnPlan",
      actors.supervisor,
      { reason: "目标不可衡量" },
      today,
    );
    expect(returned).toMatchObject({
      ok: true,
      state: { stage: "planning", planApproval: "returned", returnReason: "目标不可衡量" },
    });
    if (!returned.ok) return;
    expect(availableTransitions(returned.state, actors.worker, ctx)).toContain("submitPlan");
    expect(canTransition(returned.state, "approvePlan", actors.supervisor, ctx)).toEqual({
      ok: false,
      reason: "计划尚未提交审批",
    });
    const again = walk(
      [
        ["submitPlan", "worker"],
        ["approvePlan", "stationHead"],
      ],
      returned.state,
    );
    expect(again).toMatchObject({ planApproval: "approved", returnReason: null });
  });

  it("sends a returned closing back to the worker", () => {
    const state = caseReadyFor("returnClosing", "evaluation");
    const returned = attemptTransition(
      state,
      "returnClosing",
      actors.stationHead,
      { reason: "小结过简" },
      today,
    );
    expect(returned).toMatchObject({ ok: true, state: { stage: "evaluation", closingApproval: "returned" } });
    if (returned.ok)
      expect(walk([["submitClosing", "worker"]], returned.state).closingApproval).toBe("pending");
  });

  it("needs a reason to return", () => {
    const state = caseReadyFor("returnPlan", "planning");
    const result = attemptTransition(state, "returnPlan", actors.supervisor, { reason: " " }, today);
    expect(result).toMatchObject({ ok: false, reason: "表单填写有误" });
  });

  it("does not let the assigned worker approve, even as supervisor or station head", () => {
    for (const approver of [actors.supervisor, actors.stationHead]) {
      const state = { ...caseReadyFor("approvePlan", "planning"), assignedWorkerId: approver.userId };
      expect(canTransition(state, "approvePlan", approver, ctx)).toEqual({
        ok: false,
        reason: "审批人不能是本个案的负责社工",
      });
      const closing = { ...caseReadyFor("approveClosing", "evaluation"), assignedWorkerId: approver.userId };
      expect(canTransition(closing, "approveClosing", approver, ctx).ok).toBe(false);
    }
  });

  it("needs service records before the evaluation, and an evaluation of every goal", () => {
    const state = { ...caseReadyFor("submitEvaluation", "intervention"), serviceRecordCount: 0 };
    expect(canTransition(state, "submitEvaluation", actors.worker, ctx)).toEqual({
      ok: false,
      reason: "介入阶段尚无服务记录",
    });
    const withRecords = { ...state, serviceRecordCount: 2 };
    const oneGoal = {
      evaluatedOn: "2026-02-15",
      goals: [{ goalKey: "g1", attainment: "partial" }],
      satisfaction: 3,
    };
    expect(applyTransition(withRecords, "submitEvaluation", oneGoal, today)).toEqual({
      ok: false,
      reason: "须逐一评估计划中的每个目标",
    });
    expect(applyTransition(withRecords, "submitEvaluation", { ...oneGoal, satisfaction: 6 }, today).ok).toBe(
      false,
    );
  });
});

describe("suspend and resume", () => {
  it("returns to the stage it interrupted, approvals kept", () => {
    const state = caseReadyFor("startIntervention", "intervention");
    const suspended = walk([["suspend", "stationHead"]], state);
    expect(suspended).toMatchObject({ stage: "suspended", suspendedFrom: "intervention" });
    expect(walk([["resume", "worker"]], suspended)).toMatchObject({
      stage: "intervention",
      suspendedFrom: null,
      planApproval: "approved",
    });
  });
});

describe("reopen window", () => {
  const closed = { ...caseReadyFor("reopen", "closed"), endedOn: "2026-01-01" };
  const on = (day: string) => ({ today: day });

  it("reopens within the window, into a new assessment", () => {
    expect(canTransition(closed, "reopen", actors.worker, on("2026-04-01")).ok).toBe(true);
    const result = applyTransition(closed, "reopen", { reason: "问题复发" }, "2026-04-01");
    expect(result).toMatchObject({
      ok: true,
      state: { stage: "assessment", endedOn: null, planApproval: "none", closingApproval: "none" },
    });
  });

  it("refuses after the window", () => {
    expect(canTransition(closed, "reopen", actors.worker, on("2026-04-02"))).toEqual({
      ok: false,
      reason: "结案已超过 90 天，不能重开，请重新接案",
    });
  });

  it("takes the window from the settings", () => {
    const settings = {
      stageTimeLimitDays: { intake: 3, assessment: 14, planning: 14, intervention: 180, evaluation: 14 },
      reopenWindowDays: 30,
    };
    expect(canTransition(closed, "reopen", actors.worker, { today: "2026-01-31", settings }).ok).toBe(true);
    expect(canTransition(closed, "reopen", actors.worker, { today: "2026-02-01", settings }).ok).toBe(false);
    expect(applyTransition(closed, "reopen", { reason: "问题复发" }, "2026-02-01", settings).ok).toBe(false);
  });

  it("does not reopen a declined case", () => {
    const declined = caseReadyFor("reopen", "declined");
    expect(canTransition(declined, "reopen", actors.worker, ctx).ok).toBe(false);
  });
});

describe("referral consent", () => {
  const state = caseReadyFor("refer", "intervention");
  const withoutConsent = {
    target: { kind: "department", name: "区残联" },
    reason: "需要康复服务",
    consentGiven: false,
    overrideReason: "服务对象失去联系，存在安全风险",
  };

  it("refers with consent on record", () => {
    const form = validForm("refer", state);
    expect(attemptTransition(state, "refer", actors.worker, form, today)).toMatchObject({
      ok: true,
      state: { stage: "referred", endedOn: today },
    });
  });

  it("needs a consent date when consent is given", () => {
    const form = { ...(validForm("refer", state) as object), consentOn: null };
    const result = applyTransition(state, "refer", form, today);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues?.[0]).toMatchObject({ path: ["consentOn"] });
  });

  it("without consent, needs the override permission", () => {
    const plain = { ...actors.worker, permissions: ["cases.read", "cases.manage"] };
    expect(canTransition(state, "refer", plain, { today, form: withoutConsent })).toEqual({
      ok: false,
      reason: "未取得服务对象同意的转介须有相应权限",
    });
    expect(attemptTransition(state, "refer", plain, withoutConsent, today).ok).toBe(false);
    expect(attemptTransition(state, "refer", actors.worker, withoutConsent, today).ok).toBe(true);
  });

  it("without consent, needs a written reason even with the permission", () => {
    const form = { ...withoutConsent, overrideReason: "" };
    const result = attemptTransition(state, "refer", actors.worker, form, today);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues?.map((issue) => issue.path)).toEqual([["overrideReason"]]);
  });
});

describe("hand-over", () => {
  it("keeps the case with the sender until the receiver accepts", () => {
    const sent = walk([["transfer", "worker"]]);
    expect(sent).toMatchObject({ assignedWorkerId: "w1", pendingTransfer: { toWorkerId: "w2" } });
    expect(canTransition(sent, "transfer", actors.worker, ctx)).toEqual({
      ok: false,
      reason: "已有待接收的移交",
    });
    expect(canTransition(sent, "acceptTransfer", actors.otherWorker, ctx).ok).toBe(false);
    expect(walk([["acceptTransfer", "receiver"]], sent)).toMatchObject({
      assignedWorkerId: "w2",
      pendingTransfer: null,
    });
  });

  it("keeps the case with the sender when the receiver rejects with a reason", () => {
    const sent = walk([["transfer", "worker"]]);
    expect(attemptTransition(sent, "rejectTransfer", actors.receiver, {}, today).ok).toBe(false);
    expect(walk([["rejectTransfer", "receiver"]], sent)).toMatchObject({
      assignedWorkerId: "w1",
      pendingTransfer: null,
    });
  });

  it("assigns over a pending transfer, and not to the same worker", () => {
    const sent = walk([["transfer", "worker"]]);
    const assigned = attemptTransition(sent, "assign", actors.supervisor, { workerId: "w3" }, today);
    expect(assigned).toMatchObject({ ok: true, state: { assignedWorkerId: "w3", pendingTransfer: null } });
    expect(applyTransition(sent, "assign", { workerId: "w1" }, today)).toEqual({
      ok: false,
      reason: "该社工已是负责社工",
    });
  });
});
