import type { CaseActor } from "./caseActors.ts";
import { newCaseState } from "./caseState.ts";
import type { CaseAction, CaseState } from "./caseTransitions.ts";

/** Fixtures shared by the casework tests: one case in street 330203001 and people around it. */

const allPermissions = [
  "cases.read",
  "cases.manage",
  "cases.approve",
  "cases.assign",
  "cases.refer_without_consent",
];

const person = (userId: string, role: CaseActor["role"], regionCode: string): CaseActor => ({
  userId,
  role,
  regionCode,
  permissions: allPermissions,
});

export const actors = {
  worker: person("w1", "social_worker", "330203001001"),
  receiver: person("w2", "social_worker", "330203001002"),
  otherWorker: person("w3", "social_worker", "330203001001"),
  stationHead: person("s1", "station_staff", "330203001000"),
  otherStationHead: person("s2", "station_staff", "330203002000"),
  supervisor: person("v1", "supervisor", "330203000000"),
  streetSupervisor: person("v2", "supervisor", "330203002000"),
  otherSupervisor: person("v3", "supervisor", "330204000000"),
  districtOfficer: person("d1", "district_officer", "330203000000"),
  otherDistrictOfficer: person("d2", "district_officer", "330204000000"),
  cityOfficer: person("c1", "city_officer", "330200000000"),
  leader: person("l1", "leader", "330200000000"),
} as const;
export type ActorKey = keyof typeof actors;

export const today = "2026-03-01";

export function intakeCase(): CaseState {
  return newCaseState({ regionCode: "330203001001", assignedWorkerId: "w1" }, "2026-01-01");
}

/** A case in `stage` set up so that `action`'s own conditions (approvals, a transfer…) hold. */
export function caseReadyFor(action: CaseAction, stage: CaseState["stage"]): CaseState {
  const planApproval =
    action === "approvePlan" || action === "returnPlan"
      ? "pending"
      : action === "submitPlan"
        ? "none"
        : "approved";
  const closingApproval = action === "approveClosing" || action === "returnClosing" ? "pending" : "none";
  const transferring = action === "acceptTransfer" || action === "rejectTransfer";
  return {
    ...intakeCase(),
    stage,
    suspendedFrom: stage === "suspended" ? "intervention" : null,
    planApproval: ["intake", "assessment"].includes(stage) ? "none" : planApproval,
    closingApproval,
    planGoalKeys: ["g1", "g2"],
    serviceRecordCount: 1,
    endedOn: ["closed", "referred", "declined"].includes(stage) ? "2026-02-20" : null,
    pendingTransfer: transferring ? { toWorkerId: "w2" } : null,
  };
}

/** A form each action accepts for the case. */
export function validForm(action: CaseAction, state: CaseState): unknown {
  switch (action) {
    case "accept":
      return { acceptedOn: "2026-01-02" };
    case "completeAssessment":
      return {
        assessedOn: "2026-01-10",
        problems: "独居，行动不便",
        strengths: "邻里关系良好",
        riskLevel: "medium",
        isEmergency: false,
        needs: [{ domain: "health", need: "定期就医陪同" }],
      };
    case "submitPlan":
      return {
        startOn: "2026-01-15",
        endOn: "2026-06-30",
        goals: [
          { key: "g1", goal: "按时就医", indicators: ["每月复诊一次"] },
          { key: "g2", goal: "扩大社会支持", indicators: ["结识两位志愿者"] },
        ],
        tasks: [{ task: "联系社区医院", goalKey: "g1", dueOn: "2026-02-01" }],
      };
    case "startIntervention":
      return { startedOn: "2026-01-20" };
    case "submitEvaluation":
      return {
        evaluatedOn: "2026-02-15",
        goals: state.planGoalKeys.map((goalKey) => ({ goalKey, attainment: "achieved" })),
        satisfaction: 5,
      };
    case "submitClosing":
      return {
        closedOn: "2026-02-20",
        summary: "目标达成",
        closeReason: "goalMet",
        followUp: { plan: "三个月后电话回访", dueOn: "2026-05-20" },
      };
    case "refer":
      return {
        target: { kind: "socialOrganization", name: "某某社会工作服务中心" },
        reason: "需要专业心理服务",
        consentGiven: true,
        consentOn: "2026-01-20",
      };
    case "assign":
      return { workerId: state.assignedWorkerId === "w2" ? "w1" : "w2" };
    case "transfer":
      return { toWorkerId: state.assignedWorkerId === "w2" ? "w1" : "w2", reason: "工作调整" };
    case "decline":
    case "returnPlan":
    case "returnClosing":
    case "suspend":
    case "rejectTransfer":
    case "reopen":
      return { reason: "理由说明" };
    case "approvePlan":
    case "approveClosing":
    case "resume":
    case "acceptTransfer":
      return {};
  }
}
