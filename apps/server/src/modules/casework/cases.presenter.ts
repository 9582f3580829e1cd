import {
  type CaseEvent,
  type CaseStage,
  type CaseState,
  type CaseSummary,
  type CaseWorkflowSettings,
  caseStageDueOn,
} from "@xinqiao/shared";
import type { CaseListRow, CaseRow } from "./cases.repository.ts";

/** Rows → DTOs of cases. No form or note leaves here: the detail decrypts those itself. */
export type RegionNames = ReadonlyMap<string, string>;

const personRef = (id: number | null, name: string | null) =>
  id === null ? null : { id, name: name ?? String(id) };

export function presentCase(
  row: CaseListRow,
  names: RegionNames,
  today: string,
  settings: CaseWorkflowSettings,
): CaseSummary {
  const stageDueOn = caseStageDueOn(row.stage, row.stage_entered_on, settings);
  return {
    id: row.id,
    caseNumber: row.case_number,
    client: { id: row.client_id, name: row.client_name },
    region: { code: row.region_code, name: names.get(row.region_code) ?? row.region_code },
    summary: row.summary,
    stage: row.stage,
    planApproval: row.plan_approval,
    closingApproval: row.closing_approval,
    assignedWorker: personRef(row.assigned_worker_id, row.worker_name),
    pendingTransferTo: personRef(row.pending_transfer_to, row.transfer_name),
    openedOn: row.opened_on,
    stageEnteredOn: row.stage_entered_on,
    stageDueOn,
    isOverdue: stageDueOn !== null && stageDueOn < today,
    involvesMinor: row.involves_minor === 1,
    serviceRecordCount: Number(row.service_record_count),
    updatedAt: row.updated_at,
  };
}

function parseKeys(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((key): key is string => typeof key === "string") : [];
  } catch {
    return [];
  }
}

/** The workflow's view of a stored case (user ids as the machine's strings). */
export function caseStateOf(row: CaseRow): CaseState {
  return {
    regionCode: row.region_code,
    assignedWorkerId: row.assigned_worker_id === null ? null : String(row.assigned_worker_id),
    pendingTransfer:
      row.pending_transfer_to === null ? null : { toWorkerId: String(row.pending_transfer_to) },
    stage: row.stage,
    stageEnteredOn: row.stage_entered_on,
    suspendedFrom: row.suspended_from as CaseState["suspendedFrom"],
    planApproval: row.plan_approval,
    closingApproval: row.closing_approval,
    returnReason: row.return_reason,
    planGoalKeys: parseKeys(row.plan_goal_keys_json),
    serviceRecordCount: Number(row.service_record_count),
    endedOn: row.ended_on,
  };
}

/** The machine's state back as the columns that changed hands. */
export function stateColumns(state: CaseState) {
  return {
    stage: state.stage,
    stage_entered_on: state.stageEnteredOn,
    suspended_from: state.suspendedFrom as CaseStage | null,
    plan_approval: state.planApproval,
    closing_approval: state.closingApproval,
    return_reason: state.returnReason,
    plan_goal_keys_json: JSON.stringify(state.planGoalKeys),
    service_record_count: state.serviceRecordCount,
    ended_on: state.endedOn,
    assigned_worker_id: state.assignedWorkerId === null ? null : Number(state.assignedWorkerId),
    pending_transfer_to: state.pendingTransfer ? Number(state.pendingTransfer.toWorkerId) : null,
  };
}

export function presentEvent(row: {
  id: number;
  action: string;
  from_stage: CaseStage;
  to_stage: CaseStage;
  target_user_id: number | null;
  target_name: string | null;
  created_at: string;
  created_by: number | null;
  by_name: string | null;
}): CaseEvent {
  return {
    id: row.id,
    action: row.action,
    fromStage: row.from_stage,
    toStage: row.to_stage,
    targetUser: personRef(row.target_user_id, row.target_name),
    at: row.created_at,
    by: personRef(row.created_by, row.by_name),
  };
}
