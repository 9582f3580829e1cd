import {
  isReportEditable,
  type ReportAbilities,
  type ReportStatus,
  reportTransitionRefusal,
  reportTransitions,
} from "@xinqiao/shared";
import { can, type RequestUser } from "../../platform/auth/requestUser.ts";
import { isInScope } from "../../platform/scope.ts";

/**
 * What a user may do to one report, from the shared lifecycle: preparing (edit, submit) needs
 * reports.prepare, deciding (approve, return) reports.approve, each with the report's district in
 * the user's scope and the report in a status the step starts from; nobody decides a report they
 * submitted themselves (a city officer may prepare a district's report). The web shows exactly
 * these.
 */
export interface ReportPolicyRecord {
  regionCode: string;
  status: ReportStatus;
  submittedBy: number | null;
}

export function abilitiesOf(user: RequestUser, record: ReportPolicyRecord): ReportAbilities {
  const inScope = isInScope(user, record.regionCode);
  const may = (name: keyof typeof reportTransitions) =>
    inScope &&
    can(user, reportTransitions[name].permission) &&
    reportTransitionRefusal(name, record.status) === null;
  return {
    edit: inScope && can(user, "reports.prepare") && isReportEditable(record.status),
    submit: may("submit"),
    approve: may("approve") && !isOwnSubmission(user, record),
    return: may("return") && !isOwnSubmission(user, record),
  };
}

export const isOwnSubmission = (user: RequestUser, record: Pick<ReportPolicyRecord, "submittedBy">) =>
  record.submittedBy === user.id;
