import { z } from "zod";

/**
 * A project's lifecycle, the one definition the server enforces and the web offers as buttons:
 * 申报 (draft → applied) → 审核 (通过, or 退回 with a reason back to the applicant, who applies
 * again) → 立项 → 实施 → 中期评估 → 结项 → 终期评估. The applicant's steps need projects.manage;
 * review, 立项, 结项 and the final evaluation need projects.approve (the funder's).
 */
export const projectStatuses = {
  draft: "申报中",
  applied: "待审核",
  returned: "已退回",
  approved: "审核通过",
  established: "已立项",
  implementing: "实施中",
  midterm: "已中期评估",
  closed: "已结项",
  evaluated: "已终期评估",
} as const;
export type ProjectStatus = keyof typeof projectStatuses;
export const projectStatusIds = Object.keys(projectStatuses) as [ProjectStatus, ...ProjectStatus[]];

export type ProjectTransitionPermission = "projects.manage" | "projects.approve";

export const projectNoteFormSchema = z.strictObject({
  note: z.string().trim().max(500, "不能超过 500 个字").optional(),
});
export const projectReasonFormSchema = z.strictObject({
  reason: z.string({ error: "请填写退回原因" }).trim().min(1, "请填写退回原因").max(500, "不能超过 500 个字"),
});
export const projectEvaluationFormSchema = z.strictObject({
  note: z.string({ error: "请填写评估意见" }).trim().min(1, "请填写评估意见").max(500, "不能超过 500 个字"),
});

/** What the lifecycle looks at beyond the status. */
export interface ProjectState {
  status: ProjectStatus;
  budgetLineCount: number;
}

interface ProjectTransitionDefinition {
  from: readonly ProjectStatus[];
  to: ProjectStatus;
  permission: ProjectTransitionPermission;
  form: z.ZodType;
  /** Why the project, as it is, does not allow it; null when it does. */
  guard?: (state: ProjectState) => string | null;
}

export const projectTransitions = {
  apply: {
    from: ["draft", "returned"],
    to: "applied",
    permission: "projects.manage",
    form: projectNoteFormSchema,
  },
  pass: { from: ["applied"], to: "approved", permission: "projects.approve", form: projectNoteFormSchema },
  return: {
    from: ["applied"],
    to: "returned",
    permission: "projects.approve",
    form: projectReasonFormSchema,
  },
  establish: {
    from: ["approved"],
    to: "established",
    permission: "projects.approve",
    form: projectNoteFormSchema,
    guard: (state) => (state.budgetLineCount > 0 ? null : "尚未编制预算科目，不能立项"),
  },
  start: {
    from: ["established"],
    to: "implementing",
    permission: "projects.manage",
    form: projectNoteFormSchema,
  },
  midterm: {
    from: ["implementing"],
    to: "midterm",
    permission: "projects.manage",
    form: projectEvaluationFormSchema,
  },
  close: { from: ["midterm"], to: "closed", permission: "projects.approve", form: projectNoteFormSchema },
  evaluate: {
    from: ["closed"],
    to: "evaluated",
    permission: "projects.approve",
    form: projectEvaluationFormSchema,
  },
} as const satisfies Record<string, ProjectTransitionDefinition>;

export type ProjectAction = keyof typeof projectTransitions;
export const projectActions = Object.keys(projectTransitions) as [ProjectAction, ...ProjectAction[]];

export const projectActionLabels: Record<ProjectAction, string> = {
  apply: "提交申报",
  pass: "审核通过",
  return: "退回",
  establish: "立项",
  start: "开始实施",
  midterm: "中期评估",
  close: "结项",
  evaluate: "终期评估",
};

export type ProjectTransitionCheck = { ok: true } | { ok: false; reason: string };

const definitionOf = (action: ProjectAction): ProjectTransitionDefinition => projectTransitions[action];

/** Whether the project, as it stands, allows the action at all (whoever asks). */
export function projectStateAllows(state: ProjectState, action: ProjectAction): ProjectTransitionCheck {
  const definition = definitionOf(action);
  if (!definition.from.includes(state.status)) {
    return {
      ok: false,
      reason: `项目当前为“${projectStatuses[state.status]}”，不能${projectActionLabels[action]}`,
    };
  }
  const problem = definition.guard?.(state);
  return problem ? { ok: false, reason: problem } : { ok: true };
}

/** Whether a holder of `permissions` may take the action on the project now, or why not (zh-CN). */
export function canTransitionProject(
  state: ProjectState,
  action: ProjectAction,
  permissions: ReadonlySet<string> | readonly string[],
): ProjectTransitionCheck {
  const held = permissions instanceof Set ? permissions : new Set(permissions as readonly string[]);
  if (!held.has(definitionOf(action).permission)) return { ok: false, reason: "没有权限执行此操作" };
  return projectStateAllows(state, action);
}

/** The actions the holder of `permissions` may take now: what the web offers. */
export function availableProjectActions(
  state: ProjectState,
  permissions: ReadonlySet<string> | readonly string[],
): ProjectAction[] {
  return projectActions.filter((action) => canTransitionProject(state, action, permissions).ok);
}

/** The form of the action, checked: its data, or the problems by field. */
export function parseTransitionForm(action: ProjectAction, form: unknown) {
  return definitionOf(action).form.safeParse(form ?? {});
}

/** Statuses in which money may be recorded (after 立项, before 结项). */
export const moneyOpenStatuses: readonly ProjectStatus[] = ["established", "implementing", "midterm"];
/** Statuses in which a wrong entry may still be reversed (after 立项, even once closed). */
export const reversibleStatuses: readonly ProjectStatus[] = [
  "established",
  "implementing",
  "midterm",
  "closed",
  "evaluated",
];
/** The applicant drafts the budget; once passed, only the funder (projects.approve) adjusts it. */
export const applicantBudgetStatuses: readonly ProjectStatus[] = ["draft", "returned"];
export const funderBudgetStatuses: readonly ProjectStatus[] = [
  "applied",
  "approved",
  "established",
  "implementing",
  "midterm",
];
/** The applicant edits the project's fields while drafting or after a return. */
export const editableStatuses: readonly ProjectStatus[] = ["draft", "returned"];
