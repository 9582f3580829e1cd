import type { SocialWorkerAbilities } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { mayManageRecord, mayReveal, type PolicyRecord, recordAbilities } from "../../platform/policy.ts";

/**
 * What a user may do to a social worker (platform/policy.ts has the shape): workers.manage and
 * the record in scope to write or record education hours (an active worker's), personal.reveal
 * to see the ID number and phone.
 */
export function abilitiesOf(user: RequestUser, worker: PolicyRecord): SocialWorkerAbilities {
  return {
    ...recordAbilities(user, "workers.manage", worker),
    reveal: mayReveal(user, worker),
    recordEducationHours: mayManageRecord(user, "workers.manage", worker) && worker.isActive,
  };
}
