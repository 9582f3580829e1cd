import type { z } from "zod";
import { isoDateToday } from "../validators/isoDate.ts";
import {
  type CaseActor,
  type CaseActorRelation,
  caseActorRelationLabels,
  relationsToCase,
} from "./caseActors.ts";
import {
  acceptFormSchema,
  assessmentFormSchema,
  assignFormSchema,
  closingFormSchema,
  evaluationFormSchema,
  noteFormSchema,
  planFormSchema,
  reasonFormSchema,
  referFormSchema,
  startInterventionFormSchema,
  transferFormSchema,
} from "./caseForms.ts";
import {
  type ActiveCaseStage,
  type ApprovalState,
  activeCaseStages,
  addIsoDays,
  type CaseStage,
  type CaseWorkflowSettings,
  caseStageLabels,
  defaultCaseWorkflowSettings,
  reopenableCaseStages,
} from "./caseStages.ts";
import type { CaseState, TransitionContext } from "./caseState.ts";

export type { CaseState, TransitionContext };

interface CaseTransitionDefinition<F extends z.ZodType = z.ZodType> {
  from: readonly CaseStage[];
  /**
   * The stage after it: `same` when it stays (an approval, a hand-over), `resumed` for the stage
   * 中止 interrupted.
   */
  to: CaseStage | "same" | "resumed";
  actors: readonly CaseActorRelation[];
  permission: "cases.manage" | "cases.approve" | "cases.assign";
  form: F;
  /** The decision this transition submits for approval, or approves / returns. */
  approval?: { of: "plan" | "closing"; step: "submit" | "approve" | "return" };
  /** Why the case, as it is, does not allow it; null when it does. */
  guard?: (state: CaseState, context: TransitionContext) => string | null;
  /** Why this form does not fit this case (beyond the schema); null when it does. */
  formGuard?: (state: CaseState, form: z.output<F>) => string | null;
  apply: (state: CaseState, form: z.output<F>, on: string) => CaseState;
}

// Inferring each entry's form keeps `apply` typed while the table stays one literal.
const transition = <F extends z.ZodType>(definition: CaseTransitionDefinition<F>) =>
  definition as unknown as CaseTransitionDefinition;

const enter = (state: CaseState, stage: CaseStage, on: string): CaseState => ({
  ...state,
  stage,
  stageEnteredOn: on,
});
const end = (state: CaseState, stage: CaseStage, on: string): CaseState => ({
  ...enter(state, stage, on),
  endedOn: on,
  pendingTransfer: null,
});

const activeOrSuspended: readonly CaseStage[] = [...activeCaseStages, "suspended"];
const casework = ["assignedWorker"] as const;
const handlers = ["assignedWorker", "stationHead", "supervisor"] as const;
const approvers = ["supervisor", "stationHead"] as const;

const awaiting = (approval: ApprovalState, what: "计划" | "结案"): string | null => {
  if (approval === "pending") return what === "计划" ? "计划已提交，等待审批" : "结案已提交，等待审批";
  if (approval === "approved") return what === "计划" ? "计划已通过审批" : "结案已通过审批";
  return null;
};
const pending = (approval: ApprovalState, what: "计划" | "结案"): string | null =>
  approval === "pending" ? null : what === "计划" ? "计划尚未提交审批" : "结案尚未提交审批";

/**
 * Every transition of a case: the one definition the server enforces and the web offers. The
 * plan and the closing are decided by a supervisor or the station head, never by the worker
 * who wrote them; a returned plan or closing stays in its stage for the worker to resubmit.
 */
export const caseTransitions = {
  accept: transition({
    from: ["intake"],
    to: "assessment",
    actors: ["assignedWorker", "stationHead"],
    permission: "cases.manage",
    form: acceptFormSchema,
    apply: (state, _form, on) => enter(state, "assessment", on),
  }),
  decline: transition({
    from: ["intake"],
    to: "declined",
    actors: ["assignedWorker", "stationHead"],
    permission: "cases.manage",
    form: reasonFormSchema,
    apply: (state, _form, on) => end(state, "declined", on),
  }),
  completeAssessment: transition({
    from: ["assessment"],
    to: "planning",
    actors: casework,
    permission: "cases.manage",
    form: assessmentFormSchema,
    apply: (state, _form, on) => enter(state, "planning", on),
  }),
  submitPlan: transition({
    from: ["planning"],
    to: "same",
    actors: casework,
    permission: "cases.manage",
    form: planFormSchema,
    approval: { of: "plan", step: "submit" },
    guard: (state) => awaiting(state.planApproval, "计划"),
    apply: (state, form) => ({
      ...state,
      planApproval: "pending",
      planGoalKeys: form.goals.map((goal) => goal.key),
    }),
  }),
  approvePlan: transition({
    from: ["planning"],
    to: "same",
    actors: approvers,
    permission: "cases.approve",
    form: noteFormSchema,
    approval: { of: "plan", step: "approve" },
    guard: (state) => pending(state.planApproval, "计划"),
    apply: (state) => ({ ...state, planApproval: "approved", returnReason: null }),
  }),
  returnPlan: transition({
    from: ["planning"],
    to: "same",
    actors: approvers,
    permission: "cases.approve",
    form: reasonFormSchema,
    approval: { of: "plan", step: "return" },
    guard: (state) => pending(state.planApproval, "计划"),
    apply: (state, form) => ({ ...state, planApproval: "returned", returnReason: form.reason }),
  }),
  startIntervention: transition({
    from: ["planning"],
    to: "intervention",
    actors: casework,
    permission: "cases.manage",
    form: startInterventionFormSchema,
    guard: (state) => (state.planApproval === "approved" ? null : "计划尚未通过审批"),
    apply: (state, _form, on) => enter(state, "intervention", on),
  }),
  submitEvaluation: transition({
    from: ["intervention"],
    to: "evaluation",
    actors: casework,
    permission: "cases.manage",
    form: evaluationFormSchema,
    guard: (state) => (state.serviceRecordCount > 0 ? null : "介入阶段尚无服务记录"),
    formGuard: (state, form) => {
      const judged = new Set(form.goals.map((goal) => goal.goalKey));
      const complete =
        judged.size === state.planGoalKeys.length && state.planGoalKeys.every((key) => judged.has(key));
      return complete ? null : "须逐一评估计划中的每个目标";
    },
    apply: (state, _form, on) => enter(state, "evaluation", on),
  }),
  submitClosing: transition({
    from: ["evaluation"],
    to: "same",
    actors: casework,
    permission: "cases.manage",
    form: closingFormSchema,
    approval: { of: "closing", step: "submit" },
    guard: (state) => awaiting(state.closingApproval, "结案"),
    apply: (state) => ({ ...state, closingApproval: "pending" }),
  }),
  approveClosing: transition({
    from: ["evaluation"],
    to: "closed",
    actors: approvers,
    permission: "cases.approve",
    form: noteFormSchema,
    approval: { of: "closing", step: "approve" },
    guard: (state) => pending(state.closingApproval, "结案"),
    apply: (state, _form, on) => ({
      ...end(state, "closed", on),
      closingApproval: "approved",
      returnReason: null,
    }),
  }),
  returnClosing: transition({
    from: ["evaluation"],
    to: "same",
    actors: approvers,
    permission: "cases.approve",
    form: reasonFormSchema,
    approval: { of: "closing", step: "return" },
    guard: (state) => pending(state.closingApproval, "结案"),
    apply: (state, form) => ({ ...state, closingApproval: "returned", returnReason: form.reason }),
  }),
  suspend: transition({
    from: activeCaseStages,
    to: "suspended",
    actors: handlers,
    permission: "cases.manage",
    form: reasonFormSchema,
    apply: (state, _form, on) => ({
      ...enter(state, "suspended", on),
      suspendedFrom: state.stage as ActiveCaseStage,
    }),
  }),
  resume: transition({
    from: ["suspended"],
    to: "resumed",
    actors: handlers,
    permission: "cases.manage",
    form: noteFormSchema,
    apply: (state, _form, on) => ({
      ...enter(state, state.suspendedFrom ?? "intake", on),
      suspendedFrom: null,
    }),
  }),
  refer: transition({
    from: activeCaseStages,
    to: "referred",
    actors: ["assignedWorker", "stationHead"],
    permission: "cases.manage",
    form: referFormSchema,
    apply: (state, _form, on) => end(state, "referred", on),
  }),
  reopen: transition({
    from: reopenableCaseStages,
    to: "assessment",
    actors: handlers,
    permission: "cases.manage",
    form: reasonFormSchema,
    guard: (state, { today, settings = defaultCaseWorkflowSettings }) => {
      const lastDay = addIsoDays(state.endedOn ?? today, settings.reopenWindowDays);
      return today <= lastDay ? null : `结案已超过 ${settings.reopenWindowDays} 天，不能重开，请重新接案`;
    },
    // A reopened case is assessed anew: the old plan and closing no longer stand.
    apply: (state, _form, on) => ({
      ...enter(state, "assessment", on),
      endedOn: null,
      planApproval: "none",
      closingApproval: "none",
      returnReason: null,
      planGoalKeys: [],
      serviceRecordCount: 0,
    }),
  }),
  assign: transition({
    from: activeOrSuspended,
    to: "same",
    actors: ["stationHead", "supervisor", "districtOfficer"],
    permission: "cases.assign",
    form: assignFormSchema,
    formGuard: (state, form) => (form.workerId === state.assignedWorkerId ? "该社工已是负责社工" : null),
    apply: (state, form) => ({ ...state, assignedWorkerId: form.workerId, pendingTransfer: null }),
  }),
  // Until the receiver accepts, the sender keeps the case (Primero's transfer).
  transfer: transition({
    from: activeOrSuspended,
    to: "same",
    actors: casework,
    permission: "cases.manage",
    form: transferFormSchema,
    guard: (state) => (state.pendingTransfer ? "已有待接收的移交" : null),
    formGuard: (state, form) =>
      form.toWorkerId === state.assignedWorkerId ? "接收社工不能是当前负责社工" : null,
    apply: (state, form) => ({ ...state, pendingTransfer: { toWorkerId: form.toWorkerId } }),
  }),
  acceptTransfer: transition({
    from: activeOrSuspended,
    to: "same",
    actors: ["transferReceiver"],
    permission: "cases.manage",
    form: noteFormSchema,
    guard: (state) => (state.pendingTransfer ? null : "没有待接收的移交"),
    apply: (state) => ({
      ...state,
      assignedWorkerId: state.pendingTransfer?.toWorkerId ?? state.assignedWorkerId,
      pendingTransfer: null,
    }),
  }),
  rejectTransfer: transition({
    from: activeOrSuspended,
    to: "same",
    actors: ["transferReceiver"],
    permission: "cases.manage",
    form: reasonFormSchema,
    guard: (state) => (state.pendingTransfer ? null : "没有待接收的移交"),
    apply: (state) => ({ ...state, pendingTransfer: null }),
  }),
} satisfies Record<string, CaseTransitionDefinition>;

export type CaseAction = keyof typeof caseTransitions;
export const caseActions = Object.keys(caseTransitions) as CaseAction[];
export type { CaseTransitionDefinition };

/** The stage the action leads the case to: what the web shows beside the button ("→ 介入"). */
export function transitionTarget(state: CaseState, action: CaseAction): CaseStage {
  const { to } = caseTransitions[action] as CaseTransitionDefinition;
  if (to === "same") return state.stage;
  if (to === "resumed") return state.suspendedFrom ?? state.stage;
  return to;
}

/** The permission that lets a worker refer a client who has not consented (with a reason). */
export const referWithoutConsentPermission = "cases.refer_without_consent";

export type TransitionCheck = { ok: true } | { ok: false; reason: string };
const refuse = (reason: string): TransitionCheck => ({ ok: false, reason });

/** Whether the case, as it stands, allows the action at all (whoever asks). */
function stateAllows(state: CaseState, action: CaseAction, context: TransitionContext): TransitionCheck {
  const definition: CaseTransitionDefinition = caseTransitions[action];
  if (!definition.from.includes(state.stage)) {
    return refuse(`个案当前处于“${caseStageLabels[state.stage]}”阶段，不能执行此操作`);
  }
  const problem = definition.guard?.(state, context);
  return problem ? refuse(problem) : { ok: true };
}

/**
 * Whether the actor may take the action on the case now, or why not (zh-CN, for the user). With
 * a form, also what the form asks of the actor (转介 without consent needs its permission).
 */
export function canTransition(
  state: CaseState,
  action: CaseAction,
  actor: CaseActor,
  context: TransitionContext & { form?: unknown } = { today: isoDateToday() },
): TransitionCheck {
  const definition: CaseTransitionDefinition = caseTransitions[action];
  const relations = relationsToCase(state, actor);
  if (!definition.actors.some((relation) => relations.has(relation))) {
    const who = definition.actors.map((relation) => caseActorRelationLabels[relation]).join("、");
    return refuse(`仅${who}可执行此操作`);
  }
  if (!actor.permissions.includes(definition.permission)) return refuse("没有权限执行此操作");
  // The worker who wrote the plan or closing does not sign it, whatever else they are.
  if (definition.approval && definition.approval.step !== "submit" && relations.has("assignedWorker")) {
    return refuse("审批人不能是本个案的负责社工");
  }
  const allowed = stateAllows(state, action, context);
  if (!allowed.ok) return allowed;
  if (action === "refer" && isReferralWithoutConsent(context.form)) {
    if (!actor.permissions.includes(referWithoutConsentPermission)) {
      return refuse("未取得服务对象同意的转介须有相应权限");
    }
  }
  return { ok: true };
}

function isReferralWithoutConsent(form: unknown): boolean {
  return (
    typeof form === "object" && form !== null && (form as { consentGiven?: unknown }).consentGiven === false
  );
}

/** The actions the actor may take on the case now: what the web offers as buttons. */
export function availableTransitions(
  state: CaseState,
  actor: CaseActor,
  context: TransitionContext = { today: isoDateToday() },
): CaseAction[] {
  return caseActions.filter((action) => canTransition(state, action, actor, context).ok);
}

export type TransitionResult =
  | { ok: true; state: CaseState; form: unknown }
  | { ok: false; reason: string; issues?: z.core.$ZodIssue[] };

/**
 * The case after the action, given its form, on the day `on` (pure). Checks the case and the
 * form, not the actor: that is canTransition's, which the caller asks first.
 */
export function applyTransition(
  state: CaseState,
  action: CaseAction,
  form: unknown,
  on: string,
  settings?: CaseWorkflowSettings,
): TransitionResult {
  const definition: CaseTransitionDefinition = caseTransitions[action];
  const allowed = stateAllows(state, action, { today: on, settings });
  if (!allowed.ok) return allowed;
  const parsed = definition.form.safeParse(form);
  if (!parsed.success) return { ok: false, reason: "表单填写有误", issues: parsed.error.issues };
  const problem = definition.formGuard?.(state, parsed.data);
  if (problem) return { ok: false, reason: problem };
  return { ok: true, state: definition.apply(state, parsed.data, on), form: parsed.data };
}

/** canTransition, then applyTransition: what the server's transition route does. */
export function attemptTransition(
  state: CaseState,
  action: CaseAction,
  actor: CaseActor,
  form: unknown,
  on: string,
  settings?: CaseWorkflowSettings,
): TransitionResult {
  const check = canTransition(state, action, actor, { today: on, settings, form });
  if (!check.ok) return check;
  return applyTransition(state, action, form, on, settings);
}
