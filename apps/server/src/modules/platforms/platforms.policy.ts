import type { Platform } from "@xinqiao/shared";
import { can, type RequestUser } from "../../platform/auth/requestUser.ts";

/**
 * Who may do what to a platform, beyond the route's permission and the region scope the service
 * checks: platforms.manage writes (a street's station staff manage their own street's platforms,
 * a district officer the district's).
 */
export function canManage(user: RequestUser): boolean {
  return can(user, "platforms.manage");
}

export function abilitiesOf(user: RequestUser, record: { isActive: boolean }): Platform["abilities"] {
  const manage = canManage(user);
  return { edit: manage, deactivate: manage && record.isActive, activate: manage && !record.isActive };
}
