import type { ErrorField } from "@xinqiao/shared";
import { type RegionLevel, type RoleId, regionLevelOf, roleRegionLevels } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";

/**
 * Rules for managing users beyond the route's permission: the target must lie in the manager's
 * scope (checked by the service with assertInScope), nobody disables themselves, and a role is
 * attached to a region of the level it works at (a district officer to a district, …).
 */
export function roleRegionProblem(roleId: RoleId, regionCode: string): ErrorField | null {
  const allowed: RegionLevel[] = roleRegionLevels[roleId];
  if (allowed.includes(regionLevelOf(regionCode))) return null;
  const names: Record<RegionLevel, string> = {
    city: "市",
    district: "区（县）",
    street: "街道（乡镇）",
    community: "社区（村）",
  };
  return {
    path: "regionCode",
    message: `所属区划：该角色只能设在${allowed.map((level) => names[level]).join("或")}一级`,
  };
}

export function canDisable(actor: RequestUser, targetId: number): boolean {
  return actor.id !== targetId;
}
