import {
  applicantBudgetStatuses,
  availableProjectActions,
  editableStatuses,
  funderBudgetStatuses,
  moneyOpenStatuses,
  type ProjectAbilities,
  type ProjectState,
  reversibleStatuses,
} from "@xinqiao/shared";
import { can, type RequestUser } from "../../platform/auth/requestUser.ts";
import { isInScope } from "../../platform/scope.ts";

/**
 * What a user may do to one project, from the shared lifecycle and the project's status: the
 * applicant (projects.manage) edits and budgets while drafting or after a return; the funder
 * (projects.approve) adjusts the budget from the application until 结项; money is recorded
 * (funds.record) between 立项 and 结项 and reversed after 立项. A leader holds none of these.
 */
export interface ProjectPolicyRecord extends ProjectState {
  regionCode: string;
}

export function abilitiesOf(user: RequestUser, record: ProjectPolicyRecord): ProjectAbilities {
  const inScope = isInScope(user, record.regionCode);
  const holds = (permission: Parameters<typeof can>[1]) => inScope && can(user, permission);
  return {
    edit: holds("projects.manage") && editableStatuses.includes(record.status),
    transitions: inScope ? availableProjectActions(record, user.permissions) : [],
    budget: mayBudget(user, record),
    recordFunds: holds("funds.record") && moneyOpenStatuses.includes(record.status),
    reverseFunds: holds("funds.record") && reversibleStatuses.includes(record.status),
    overspend: holds("funds.overspend") && moneyOpenStatuses.includes(record.status),
    progress: holds("projects.manage") && ["implementing", "midterm", "closed"].includes(record.status),
  };
}

export function mayBudget(user: RequestUser, record: ProjectPolicyRecord): boolean {
  if (!isInScope(user, record.regionCode)) return false;
  if (applicantBudgetStatuses.includes(record.status)) return can(user, "projects.manage");
  if (funderBudgetStatuses.includes(record.status)) return can(user, "projects.approve");
  return false;
}
