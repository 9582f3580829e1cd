import type { VolunteerAbilities, VolunteerTeamDetail } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { mayManageRecord, mayReveal, type PolicyRecord, recordAbilities } from "../../platform/policy.ts";

/**
 * What a user may do to a volunteer or a team (platform/policy.ts has the shape):
 * volunteers.manage to write, volunteers.record_hours to record hours (an active volunteer's)
 * and issue certificates, personal.reveal to see the ID number and phone — each for a record in
 * the user's scope.
 */
export function abilitiesOf(user: RequestUser, volunteer: PolicyRecord): VolunteerAbilities {
  const mayRecord = mayManageRecord(user, "volunteers.record_hours", volunteer);
  return {
    ...recordAbilities(user, "volunteers.manage", volunteer),
    recordHours: mayRecord && volunteer.isActive,
    issueCertificate: mayRecord,
    reveal: mayReveal(user, volunteer),
  };
}

export function teamAbilitiesOf(user: RequestUser, team: PolicyRecord): VolunteerTeamDetail["abilities"] {
  return {
    ...recordAbilities(user, "volunteers.manage", team),
    manageMembers: mayManageRecord(user, "volunteers.manage", team) && team.isActive,
  };
}
