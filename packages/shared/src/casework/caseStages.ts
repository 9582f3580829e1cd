/**
 * The stages of a case after MZ/T 094-2017 个案工作: 接案 → 预估 → 计划 → 介入 → 评估 → 结案, and
 * the three ways out of the line (不予接案, 中止, 转介). Time limits and the reopen window are
 * defaults a district may change, hence settings rather than constants in the rules.
 */
export const caseStages = [
  "intake",
  "assessment",
  "planning",
  "intervention",
  "evaluation",
  "closed",
  "declined",
  "suspended",
  "referred",
] as const;
export type CaseStage = (typeof caseStages)[number];

export const caseStageLabels: Record<CaseStage, string> = {
  intake: "接案",
  assessment: "预估",
  planning: "计划",
  intervention: "介入",
  evaluation: "评估",
  closed: "结案",
  declined: "不予接案",
  suspended: "中止",
  referred: "转介",
};

/** The stages of the main line, in order: work is done on a case only in these. */
export const activeCaseStages = [
  "intake",
  "assessment",
  "planning",
  "intervention",
  "evaluation",
] as const satisfies readonly CaseStage[];
export type ActiveCaseStage = (typeof activeCaseStages)[number];

export function isActiveCaseStage(stage: CaseStage): stage is ActiveCaseStage {
  return (activeCaseStages as readonly CaseStage[]).includes(stage);
}

/** Stages a case leaves only by 重开; 不予接案 is not among them (a new intake is a new case). */
export const reopenableCaseStages = ["closed", "referred"] as const satisfies readonly CaseStage[];

/** The two decisions a supervisor or station head signs: the plan and the closing. */
export const approvalStates = ["none", "pending", "returned", "approved"] as const;
export type ApprovalState = (typeof approvalStates)[number];

export const approvalStateLabels: Record<ApprovalState, string> = {
  none: "未提交",
  pending: "待审批",
  returned: "已退回",
  approved: "已通过",
};

export interface CaseWorkflowSettings {
  /** Days a case may stay in each active stage before it is overdue. */
  stageTimeLimitDays: Record<ActiveCaseStage, number>;
  /** Days after 结案 or 转介 during which the case may be reopened rather than opened anew. */
  reopenWindowDays: number;
}

/**
 * Defaults in the spirit of the standard's practice (接案 answered within days, a plan within two
 * weeks of the assessment); they are starting values for a district, not rules of the standard.
 */
export const defaultCaseWorkflowSettings: CaseWorkflowSettings = {
  stageTimeLimitDays: { intake: 3, assessment: 14, planning: 14, intervention: 180, evaluation: 14 },
  reopenWindowDays: 90,
};

const dayMs = 86_400_000;

/** The day an active stage entered on `enteredOn` becomes overdue; null for other stages. */
export function caseStageDueOn(
  stage: CaseStage,
  enteredOn: string,
  settings: CaseWorkflowSettings = defaultCaseWorkflowSettings,
): string | null {
  if (!isActiveCaseStage(stage)) return null;
  return addIsoDays(enteredOn, settings.stageTimeLimitDays[stage]);
}

/** `YYYY-MM-DD` plus whole days, on the calendar (no time zone can shift it). */
export function addIsoDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}
