import type { Permission, RegionLevel, RoleId } from "@xinqiao/shared";
import type { Actor } from "../audit.ts";

/** Who is making the request, as every module sees it. */
export interface RequestUser {
  id: number;
  username: string;
  displayName: string;
  roleId: RoleId;
  permissions: ReadonlySet<Permission>;
  /** Root of the user's data scope: the user sees this region and everything under it. */
  regionCode: string;
  regionName: string;
  regionLevel: RegionLevel;
  organizationId: number | null;
  organizationName: string | null;
  mustChangePassword: boolean;
  sessionId: string;
  csrfToken: string;
}

export function can(user: RequestUser, permission: Permission): boolean {
  return user.permissions.has(permission);
}

export function actorOf(user: RequestUser | null, ip: string | null): Actor {
  return { id: user?.id ?? null, username: user?.username ?? null, ip };
}
