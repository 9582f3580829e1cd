import type { ApprovalState, CaseStage } from "@xinqiao/shared";
import type { Generated } from "kysely";

declare module "../../platform/db/tables.ts" {
  interface Database {
    cases: CaseTable;
    case_forms: CaseFormTable;
    case_events: CaseEventTable;
    case_number_sequences: CaseNumberSequenceTable;
    case_follow_ups: CaseFollowUpTable;
    casework_settings: CaseworkSettingsTable;
  }
}

/** A case and its workflow state (CaseState of packages/shared, as columns). */
export interface CaseTable {
  id: Generated<number>;
  case_number: string;
  client_id: number;
  need_id: number | null;
  region_code: string;
  summary: string;
  stage: CaseStage;
  stage_entered_on: string;
  suspended_from: CaseStage | null;
  plan_approval: ApprovalState;
  closing_approval: ApprovalState;
  return_reason: string | null;
  plan_goal_keys_json: string;
  service_record_count: number;
  opened_on: string;
  ended_on: string | null;
  assigned_worker_id: number | null;
  pending_transfer_to: number | null;
  involves_minor: number;
  /** The last evaluation's satisfaction (1–5) and its day; null before one. */
  satisfaction: number | null;
  evaluated_on: string | null;
  is_demo: number;
  created_at: string;
  created_by: number | null;
  updated_at: string;
  updated_by: number | null;
}

/** One submitted form of a case, encrypted (case notes are sensitive). */
export interface CaseFormTable {
  id: Generated<number>;
  case_id: number;
  kind: string;
  form_cipher: string;
  created_at: string;
  created_by: number | null;
}

/** One transition or hand-over: the case's timeline. */
export interface CaseEventTable {
  id: Generated<number>;
  case_id: number;
  action: string;
  from_stage: CaseStage;
  to_stage: CaseStage;
  target_user_id: number | null;
  note_cipher: string | null;
  created_at: string;
  created_by: number | null;
}

export interface CaseNumberSequenceTable {
  district_code: string;
  year: number;
  last_number: number;
}

/** 回访 of a closed case; plan and result encrypted (they tell of the client). */
export interface CaseFollowUpTable {
  id: Generated<number>;
  case_id: number;
  region_code: string;
  due_on: string;
  plan_cipher: string;
  done_on: string | null;
  method: string | null;
  outcome: string | null;
  result_cipher: string | null;
  done_by: number | null;
  created_at: string;
  created_by: number | null;
  updated_at: string;
}

/** Casework settings of a district or the city (JSON of CaseworkSettings). */
export interface CaseworkSettingsTable {
  region_code: string;
  settings_json: string;
  updated_at: string;
  updated_by: number | null;
}
