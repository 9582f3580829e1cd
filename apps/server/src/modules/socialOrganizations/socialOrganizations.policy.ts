import type { SocialOrganization } from "@xinqiao/shared";
import { can, type RequestUser } from "../../platform/auth/requestUser.ts";
import { type PolicyRecord, recordAbilities } from "../../platform/policy.ts";
import { isInScope } from "../../platform/scope.ts";

/**
 * What a user may do to a social organization (platform/policy.ts has the shape), and the one
 * rule that depends on the body. Writing needs organizations.manage; accepting a credit code
 * whose check character fails needs organizations.override_credit_code and a reason. A role
 * given the override alone (none is by default) may save exactly such an override — that is
 * what the permission exists for — and nothing else.
 */
export function canManage(user: RequestUser): boolean {
  return can(user, "organizations.manage");
}

export function canOverrideCreditCode(user: RequestUser): boolean {
  return can(user, "organizations.override_credit_code");
}

/** Saving a create or an update: managing, or exactly a credit-code override by its holder. */
export function canWrite(user: RequestUser, write: { isCreditCodeOverride: boolean }): boolean {
  return canManage(user) || (write.isCreditCodeOverride && canOverrideCreditCode(user));
}

export function abilitiesOf(
  user: RequestUser,
  organization: PolicyRecord & { isCreditCodeCheckValid: boolean },
): SocialOrganization["abilities"] {
  const standard = recordAbilities(user, "organizations.manage", organization);
  const mayOverride = canOverrideCreditCode(user) && isInScope(user, organization.regionCode);
  return {
    ...standard,
    edit: standard.edit || (!organization.isCreditCodeCheckValid && mayOverride),
    overrideCreditCode: mayOverride,
  };
}
