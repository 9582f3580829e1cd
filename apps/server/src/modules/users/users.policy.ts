import type { ErrorField } from "@xinqiao/shared";
import {
  managedRoles,
  type RegionLevel,
  type RoleId,
  regionLevelOf,
  roleRegionLevels,
} from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { isInScope } from "../../platform/scope.ts";

/**
 * Whose accounts a user manages (分级管理, `managedRoles` in packages/shared/src/roles.ts): the
 * roles below theirs, inside their region. Such an account is the only kind they list or open;
 * any other answers 404 like a missing id, because a district officer has no business knowing
 * which officers or administrators exist. Assigning a role they do not manage is a 403. A role is
 * also attached to a region of the level it works at (a district officer to a district, …), and
 * nobody disables their own account or changes their own role.
 */
type Actor = Pick<RequestUser, "id" | "roleId" | "regionCode">;

export function rolesManagedBy(actor: Pick<RequestUser, "roleId">): readonly RoleId[] {
  return managedRoles[actor.roleId];
}

export function mayAssignRole(actor: Pick<RequestUser, "roleId">, roleId: RoleId): boolean {
  return rolesManagedBy(actor).includes(roleId);
}

export function mayReachAccount(actor: Actor, account: { roleId: RoleId; regionCode: string }): boolean {
  return mayAssignRole(actor, account.roleId) && isInScope(actor, account.regionCode);
}

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

export function canDisable(actor: Actor, targetId: number): boolean {
  return actor.id !== targetId;
}

/** An administrator who made themselves a leader could not undo it. */
export function canChangeRole(actor: Actor, targetId: number, roleId: RoleId): boolean {
  return actor.id !== targetId || actor.roleId === roleId;
}
