import type {
  BudgetCategory,
  FundingSource,
  ProjectImplementerKind,
  ProjectKind,
  ProjectStatus,
  TargetIndicator,
} from "@xinqiao/shared";
import type { Generated } from "kysely";

declare module "../../platform/db/tables.ts" {
  interface Database {
    projects: ProjectTable;
    project_targets: ProjectTargetTable;
    project_milestones: ProjectMilestoneTable;
    project_budget_lines: ProjectBudgetLineTable;
    project_receipts: ProjectReceiptTable;
    project_expenditures: ProjectExpenditureTable;
  }
}

/** Amounts are integer 分 throughout (`*_fen`). */
export interface ProjectTable {
  id: Generated<number>;
  name: string;
  kind: ProjectKind;
  domains_json: string;
  implementer_kind: ProjectImplementerKind;
  /** platforms.id or social_organizations.id, by implementer_kind. */
  implementer_id: number;
  region_code: string;
  period_start: string;
  period_end: string;
  target_groups_json: string;
  status: ProjectStatus;
  returned_reason: string | null;
  /** Running totals of the lines, receipts and expenditures, kept in each entry's transaction. */
  budget_fen: number;
  received_fen: number;
  spent_fen: number;
  is_demo: number;
  created_at: string;
  created_by: number | null;
  updated_at: string;
  updated_by: number | null;
}

export interface ProjectTargetTable {
  id: Generated<number>;
  project_id: number;
  indicator: TargetIndicator;
  target_value: number;
  achieved_value: number;
  evidence_note: string | null;
}

export interface ProjectMilestoneTable {
  id: Generated<number>;
  project_id: number;
  title: string;
  due_on: string;
  done_on: string | null;
}

export interface ProjectBudgetLineTable {
  id: Generated<number>;
  project_id: number;
  source: FundingSource;
  category: BudgetCategory;
  description: string | null;
  budget_fen: number;
  /** Running total of the line's expenditures (reversals included). */
  spent_fen: number;
  created_at: string;
  updated_at: string;
}

export interface ProjectReceiptTable {
  id: Generated<number>;
  project_id: number;
  received_on: string;
  source: FundingSource;
  amount_fen: number;
  payer: string;
  note: string | null;
  reverses_id: number | null;
  reversal_reason: string | null;
  created_at: string;
  created_by: number | null;
}

export interface ProjectExpenditureTable {
  id: Generated<number>;
  project_id: number;
  budget_line_id: number;
  spent_on: string;
  amount_fen: number;
  payee: string;
  purpose: string | null;
  overspend_reason: string | null;
  reverses_id: number | null;
  reversal_reason: string | null;
  created_at: string;
  created_by: number | null;
}
