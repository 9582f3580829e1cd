import type { ActivityAbilities, ActivityStatus } from "@xinqiao/shared";
import { can, type RequestUser } from "../../platform/auth/requestUser.ts";
import { mayManageRecord } from "../../platform/policy.ts";

/**
 * What a user may do to one activity. Organizing needs activities.manage and the activity in the
 * scope; each step also needs the activity in the right status (draft → published → done, or
 * cancelled), so the web shows only the buttons the server accepts.
 */
export interface ActivityPolicyRecord {
  regionCode: string;
  status: ActivityStatus;
  hoursConfirmed: boolean;
}

export function abilitiesOf(user: RequestUser, record: ActivityPolicyRecord): ActivityAbilities {
  const manage = mayManageRecord(user, "activities.manage", {
    regionCode: record.regionCode,
    isActive: true,
  });
  const open = record.status === "published" && !record.hoursConfirmed;
  return {
    edit: manage,
    publish: manage && record.status === "draft",
    cancel: manage && (record.status === "draft" || record.status === "published"),
    signUp: manage && open,
    attend: manage && open,
    confirmHours: manage && open,
    reverseHours: manage && record.hoursConfirmed && can(user, "volunteers.record_hours"),
  };
}

/** Participants are clients: their names only for a user who may read clients (never a leader). */
export function maySeeParticipants(user: RequestUser): boolean {
  return can(user, "clients.read");
}
