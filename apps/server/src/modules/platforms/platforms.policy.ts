import type { Platform } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { type PolicyRecord, recordAbilities } from "../../platform/policy.ts";

/**
 * What a user may do to a platform (platform/policy.ts has the shape): platforms.manage and the
 * platform in scope — a street's station staff their street's, a district officer the district's.
 */
export function abilitiesOf(user: RequestUser, platform: PolicyRecord): Platform["abilities"] {
  return recordAbilities(user, "platforms.manage", platform);
}
