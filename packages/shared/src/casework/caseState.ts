import type { CaseAssignment } from "./caseActors.ts";
import type { ActiveCaseStage, ApprovalState, CaseStage, CaseWorkflowSettings } from "./caseStages.ts";

/** What the workflow knows of a case; the forms themselves are the server's to store. */
export interface CaseState extends CaseAssignment {
  stage: CaseStage;
  /** The day the case entered its stage: its time limit counts from here. */
  stageEnteredOn: string;
  /** The stage 中止 interrupted, for 恢复 to return to. */
  suspendedFrom: ActiveCaseStage | null;
  planApproval: ApprovalState;
  closingApproval: ApprovalState;
  /** Why the last plan or closing was returned, for the worker to read. */
  returnReason: string | null;
  /** The keys of the submitted plan's goals: the evaluation must judge each of them. */
  planGoalKeys: readonly string[];
  /** Service records of the intervention, counted by the server. */
  serviceRecordCount: number;
  /** The day the case was closed, declined or referred: the reopen window counts from here. */
  endedOn: string | null;
}

export function newCaseState(
  assignment: Omit<CaseAssignment, "pendingTransfer">,
  openedOn: string,
): CaseState {
  return {
    ...assignment,
    pendingTransfer: null,
    stage: "intake",
    stageEnteredOn: openedOn,
    suspendedFrom: null,
    planApproval: "none",
    closingApproval: "none",
    returnReason: null,
    planGoalKeys: [],
    serviceRecordCount: 0,
    endedOn: null,
  };
}

export interface TransitionContext {
  /** Today (YYYY-MM-DD, China time): what the reopen window is measured against. */
  today: string;
  settings?: CaseWorkflowSettings;
}
