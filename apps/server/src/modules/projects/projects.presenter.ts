import {
  type BudgetLine,
  type Expenditure,
  fundingSourceIds,
  type Project,
  type ProjectDetail,
  type Receipt,
  rateBasisPoints,
} from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { parseJsonList } from "../../platform/db/jsonColumns.ts";
import { optionalReferenceTo } from "../../platform/references.ts";
import { abilitiesOf } from "./projects.policy.ts";
import type * as repository from "./projects.repository.ts";

/** Rows → DTOs of projects. Amounts stay integer 分; rates are integer basis points. */
export type RegionNames = ReadonlyMap<string, string>;

export function moneyTotals(budgetFen: number, receivedFen: number, spentFen: number) {
  return {
    budgetFen,
    receivedFen,
    spentFen,
    spentOfReceivedBp: rateBasisPoints(spentFen, receivedFen),
    spentOfBudgetBp: rateBasisPoints(spentFen, budgetFen),
  };
}

export function presentProject(user: RequestUser, row: repository.ProjectRow, names: RegionNames): Project {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    domains: parseJsonList(row.domains_json),
    implementerKind: row.implementer_kind,
    implementer: optionalReferenceTo(
      user,
      row.implementer_id,
      row.implementer_name,
      row.implementer_region_code,
    ) ?? { id: row.implementer_id, name: "", isVisible: false },
    region: { code: row.region_code, name: names.get(row.region_code) ?? row.region_code },
    periodStart: row.period_start,
    periodEnd: row.period_end,
    status: row.status,
    ...moneyTotals(Number(row.budget_fen), Number(row.received_fen), Number(row.spent_fen)),
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

type LineRow = Awaited<ReturnType<typeof repository.budgetLinesOf>>[number];
type ReceiptRow = Awaited<ReturnType<typeof repository.receiptsOf>>[number];
type ExpenditureRow = Awaited<ReturnType<typeof repository.expendituresOf>>[number];

export function presentBudgetLine(row: LineRow): BudgetLine {
  const budgetFen = Number(row.budget_fen);
  const spentFen = Number(row.spent_fen);
  return {
    id: row.id,
    source: row.source,
    category: row.category,
    description: row.description,
    budgetFen,
    spentFen,
    spentOfBudgetBp: rateBasisPoints(spentFen, budgetFen),
  };
}

export function presentReceipt(row: ReceiptRow): Receipt {
  return {
    id: row.id,
    receivedOn: row.received_on,
    source: row.source,
    amountFen: Number(row.amount_fen),
    payer: row.payer,
    note: row.reverses_id === null ? row.note : row.reversal_reason,
    reversesId: row.reverses_id,
    reversedById: row.reversed_by_id ?? null,
    createdAt: row.created_at,
  };
}

export function presentExpenditure(row: ExpenditureRow): Expenditure {
  return {
    id: row.id,
    spentOn: row.spent_on,
    budgetLineId: row.budget_line_id,
    amountFen: Number(row.amount_fen),
    payee: row.payee,
    purpose: row.reverses_id === null ? row.purpose : row.reversal_reason,
    overspendReason: row.overspend_reason,
    reversesId: row.reverses_id,
    reversedById: row.reversed_by_id ?? null,
    createdAt: row.created_at,
  };
}

export interface ProjectParts {
  targets: Awaited<ReturnType<typeof repository.targetsOf>>;
  milestones: Awaited<ReturnType<typeof repository.milestonesOf>>;
  lines: LineRow[];
  receipts: ReceiptRow[];
  expenditures: ExpenditureRow[];
  receivedBySource: ReadonlyMap<string, number>;
}

export function presentProjectDetail(
  user: RequestUser,
  row: repository.ProjectRow,
  names: RegionNames,
  parts: ProjectParts,
): ProjectDetail {
  return {
    ...presentProject(user, row, names),
    targetGroups: parseJsonList(row.target_groups_json),
    returnedReason: row.returned_reason,
    targets: parts.targets.map((target) => ({
      id: target.id,
      indicator: target.indicator,
      targetValue: target.target_value,
      achievedValue: target.achieved_value,
      evidenceNote: target.evidence_note,
    })),
    milestones: parts.milestones.map((milestone) => ({
      id: milestone.id,
      title: milestone.title,
      dueOn: milestone.due_on,
      doneOn: milestone.done_on,
    })),
    budgetLines: parts.lines.map(presentBudgetLine),
    receipts: parts.receipts.map(presentReceipt),
    expenditures: parts.expenditures.map(presentExpenditure),
    receivedBySource: fundingSourceIds
      .filter((source) => parts.receivedBySource.has(source))
      .map((source) => ({ source, amountFen: parts.receivedBySource.get(source) ?? 0 })),
    abilities: abilitiesOf(user, {
      regionCode: row.region_code,
      status: row.status,
      budgetLineCount: parts.lines.length,
    }),
  };
}
