import type { ClientAbilities } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { mayManageRecord, mayReveal, type PolicyRecord, recordAbilities } from "../../platform/policy.ts";

/**
 * What a user may do to a client (platform/policy.ts has the shape): clients.manage to write and
 * to record or withdraw consents, personal.reveal to see the ID number, phone and address — each
 * for a client in the user's scope.
 */
export function abilitiesOf(user: RequestUser, client: PolicyRecord): ClientAbilities {
  const manage = mayManageRecord(user, "clients.manage", client);
  return {
    ...recordAbilities(user, "clients.manage", client),
    reveal: mayReveal(user, client),
    manageConsents: manage && client.isActive,
    withdrawConsent: manage,
  };
}
