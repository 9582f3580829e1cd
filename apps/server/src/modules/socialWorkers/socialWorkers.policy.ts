import type { SocialWorkerAbilities } from "@xinqiao/shared";
import { can, type RequestUser } from "../../platform/auth/requestUser.ts";
import { forbidden } from "../../platform/errors.ts";
import { isInScope } from "../../platform/scope.ts";

/**
 * Who may do what to a social worker, beyond the route's permission: reading needs
 * registries.read and the record in scope (out of scope is 404, checked by the service);
 * creating, editing, (de)activating and recording hours need workers.manage; importing needs
 * registries.import (the route) and workers.manage (here); revealing needs personal.reveal.
 */
export function mayManageWorkers(user: RequestUser): boolean {
  return can(user, "workers.manage");
}

export function assertMayManageWorkers(user: RequestUser): void {
  if (!mayManageWorkers(user)) throw forbidden("没有管理社会工作者的权限");
}

export function abilitiesOf(
  user: RequestUser,
  worker: { regionCode: string; isActive: boolean },
): SocialWorkerAbilities {
  const mayManage = mayManageWorkers(user) && isInScope(user, worker.regionCode);
  return {
    edit: mayManage,
    deactivate: mayManage && worker.isActive,
    activate: mayManage && !worker.isActive,
    reveal: can(user, "personal.reveal"),
    recordEducationHours: mayManage && worker.isActive,
  };
}
