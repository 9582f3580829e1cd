import type { VolunteerAbilities } from "@xinqiao/shared";
import { can, type RequestUser } from "../../platform/auth/requestUser.ts";
import { isInScope } from "../../platform/scope.ts";

/**
 * Who may do what to which volunteer or team. The route's permission is the first gate; these
 * rules add the record's side (in scope, active), and the presenter sends the answers with the
 * record so the UI shows the buttons the server would accept.
 */
export function volunteerAbilities(
  user: RequestUser,
  volunteer: { region_code: string; is_active: number },
): VolunteerAbilities {
  const isVisible = isInScope(user, volunteer.region_code);
  const mayManage = isVisible && can(user, "volunteers.manage");
  const mayRecord = isVisible && can(user, "volunteers.record_hours");
  const isActive = volunteer.is_active === 1;
  return {
    edit: mayManage,
    deactivate: mayManage && isActive,
    activate: mayManage && !isActive,
    recordHours: mayRecord && isActive,
    issueCertificate: mayRecord,
    reveal: isVisible && can(user, "personal.reveal"),
  };
}

export function volunteerTeamAbilities(
  user: RequestUser,
  team: { region_code: string; is_active: number },
): { edit: boolean; deactivate: boolean; activate: boolean; manageMembers: boolean } {
  const mayManage = isInScope(user, team.region_code) && can(user, "volunteers.manage");
  const isActive = team.is_active === 1;
  return {
    edit: mayManage,
    deactivate: mayManage && isActive,
    activate: mayManage && !isActive,
    manageMembers: mayManage && isActive,
  };
}
