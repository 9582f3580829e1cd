import type { CurrentUser, RoleId } from "@xinqiao/shared";

/** Roles whose day starts with casework: their first screen is the desk, not the overview. */
const deskRoles: readonly RoleId[] = ["social_worker", "station_staff", "supervisor"];

/** Where a user lands after signing in (or changing their password) when no page was asked for. */
export function landingPathOf(user: Pick<CurrentUser, "roleId" | "permissions">): string {
  return deskRoles.includes(user.roleId) && user.permissions.includes("cases.read") ? "/desk" : "/";
}
