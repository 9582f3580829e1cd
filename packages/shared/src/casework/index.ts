export {
  caseTransitionAuditAction,
  caseTransitionAuditActions,
  caseworkContract,
} from "../modules/casework.ts";
export * from "./caseActors.ts";
export * from "./caseForms.ts";
export * from "./caseNumber.ts";
export * from "./caseStages.ts";
export * from "./caseState.ts";
export * from "./caseTransitions.ts";
