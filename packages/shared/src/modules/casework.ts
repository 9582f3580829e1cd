import type { CaseAction } from "../casework/caseTransitions.ts";
import { defineModuleContract } from "../moduleContract.ts";
import { caseworkAnalytics } from "./casework.analytics.ts";

/**
 * 个案 (casework): cases through 接案 … 结案, their service records and hand-overs. Clients
 * themselves and their consents are the clients module's (`clients.*`).
 */
export const caseworkContract = defineModuleContract({
  permissions: [
    /** See cases inside the scope (names masked as for clients); leaders hold none: aggregates only. */
    "cases.read",
    /** Open cases and take the worker's steps: forms, submissions, service records, 中止, 转介, 重开. */
    "cases.manage",
    /** Approve or return a plan or a closing (督导, 社工站负责人); never on a case one is assigned to. */
    "cases.approve",
    /** Assign a case to a worker in scope, over the worker's head (no acceptance needed). */
    "cases.assign",
    /** Refer a client who has not consented, with a written reason (audited apart). */
    "cases.refer_without_consent",
    /** Change a district's (or the city's) casework settings: stage time limits, windows. */
    "cases.configure",
  ],
  auditEntities: { case: [], caseServiceRecord: [], need: [], caseworkSettings: [] },
  auditActions: {
    "case.create": [],
    "case.update": [],
    "case.accept": [],
    "case.decline": [],
    "case.assessment.complete": [],
    "case.plan.submit": [],
    "case.plan.approve": [],
    "case.plan.return": [],
    "case.intervention.start": [],
    "case.evaluation.submit": [],
    "case.closing.submit": [],
    "case.closing.approve": [],
    "case.closing.return": [],
    "case.suspend": [],
    "case.resume": [],
    "case.refer": [],
    /** A referral without the client's consent, under cases.refer_without_consent. */
    "case.refer.withoutConsent": [],
    "case.reopen": [],
    "case.assign": [],
    "case.transfer.request": [],
    "case.transfer.accept": [],
    "case.transfer.reject": [],
    "case.personalData.reveal": [],
    "case.export": [],
    "case.followUp.schedule": [],
    "case.followUp.complete": [],
    /** A follow-up's plan and result read: case notes. */
    "case.followUp.view": [],
    "caseworkSettings.update": [],
    "need.create": [],
    /** Triage: a case opened, a one-off service given, or closed with a reason. */
    "need.triage": [],
    "caseServiceRecord.create": [],
    "caseServiceRecord.update": [],
    /** Voiding a record: its volunteers' ledger entries are reversed, never deleted. */
    "caseServiceRecord.void": [],
    /** Case notes of a record read in its detail. */
    "caseServiceRecord.notes.view": [],
    "caseServiceRecord.import.create": [],
    "caseServiceRecord.export": [],
  },
  analytics: caseworkAnalytics,
});

type CaseworkAuditAction = keyof typeof caseworkContract.auditActions;

/**
 * The audit action each transition is written under, with the vocabulary's dotted verbs
 * (`case.plan.approve`, not `case.approvePlan`); typed so a new transition cannot go unaudited.
 */
export const caseTransitionAuditActions = {
  accept: "case.accept",
  decline: "case.decline",
  completeAssessment: "case.assessment.complete",
  submitPlan: "case.plan.submit",
  approvePlan: "case.plan.approve",
  returnPlan: "case.plan.return",
  startIntervention: "case.intervention.start",
  submitEvaluation: "case.evaluation.submit",
  submitClosing: "case.closing.submit",
  approveClosing: "case.closing.approve",
  returnClosing: "case.closing.return",
  suspend: "case.suspend",
  resume: "case.resume",
  refer: "case.refer",
  reopen: "case.reopen",
  assign: "case.assign",
  transfer: "case.transfer.request",
  acceptTransfer: "case.transfer.accept",
  rejectTransfer: "case.transfer.reject",
} as const satisfies Record<CaseAction, CaseworkAuditAction>;

/** The audit action of a transition as taken: a referral without consent is logged apart. */
export function caseTransitionAuditAction(action: CaseAction, form: unknown): CaseworkAuditAction {
  const withoutConsent =
    action === "refer" &&
    typeof form === "object" &&
    form !== null &&
    "consentGiven" in form &&
    !form.consentGiven;
  return withoutConsent ? "case.refer.withoutConsent" : caseTransitionAuditActions[action];
}
