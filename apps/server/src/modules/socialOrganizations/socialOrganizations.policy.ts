import type { SocialOrganization } from "@xinqiao/shared";
import { can, type RequestUser } from "../../platform/auth/requestUser.ts";

/**
 * Who may do what to a social organization, beyond the route's permission and the region scope
 * the service checks. Writing needs organizations.manage; accepting a credit code whose check
 * character fails needs organizations.override_credit_code and a reason. A holder of the override
 * permission alone (the system administrator) may save exactly such an override — that is what
 * the permission exists for — and nothing else.
 */
export function canManage(user: RequestUser): boolean {
  return can(user, "organizations.manage");
}

export function canOverrideCreditCode(user: RequestUser): boolean {
  return can(user, "organizations.override_credit_code");
}

export function canWrite(user: RequestUser, write: { isCreditCodeOverride: boolean }): boolean {
  return canManage(user) || (write.isCreditCodeOverride && canOverrideCreditCode(user));
}

export function abilitiesOf(
  user: RequestUser,
  record: { isActive: boolean; isCreditCodeCheckValid: boolean },
): SocialOrganization["abilities"] {
  const manage = canManage(user);
  return {
    edit: manage || (!record.isCreditCodeCheckValid && canOverrideCreditCode(user)),
    deactivate: manage && record.isActive,
    activate: manage && !record.isActive,
    overrideCreditCode: canOverrideCreditCode(user),
  };
}
