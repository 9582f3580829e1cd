import type { Permission } from "@xinqiao/shared";
import { can, type RequestUser } from "./auth/requestUser.ts";
import { isInScope } from "./scope.ts";

/**
 * The shape every module's policy (`<module>.policy.ts`) takes: `abilitiesOf(user, record)`
 * answers what the user may do to one record, and the presenter sends it with the record so the
 * web shows only the buttons the server would accept. The route's permission is the first gate
 * (the guard answers 403 before any handler) and the scope loader the second (404), so a service
 * checks a policy itself only where the answer depends on the record or the body.
 */
export interface PolicyRecord {
  regionCode: string;
  isActive: boolean;
}

export interface RecordAbilities {
  edit: boolean;
  deactivate: boolean;
  activate: boolean;
}

/** Managing a record needs the module's permission and the record inside the user's scope. */
export function mayManageRecord(user: RequestUser, permission: Permission, record: PolicyRecord): boolean {
  return can(user, permission) && isInScope(user, record.regionCode);
}

/** Edit, deactivate and activate as every registry offers them. */
export function recordAbilities(
  user: RequestUser,
  permission: Permission,
  record: PolicyRecord,
): RecordAbilities {
  const manage = mayManageRecord(user, permission, record);
  return { edit: manage, deactivate: manage && record.isActive, activate: manage && !record.isActive };
}

/** Seeing a record's personal data unmasked: the permission, and the record in scope. */
export function mayReveal(user: RequestUser, record: PolicyRecord): boolean {
  return can(user, "personal.reveal") && isInScope(user, record.regionCode);
}
