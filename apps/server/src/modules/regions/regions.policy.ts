import { regionLevelOf } from "@xinqiao/shared";
import { can, type RequestUser } from "../../platform/auth/requestUser.ts";
import { isInScope } from "../../platform/scope.ts";

/**
 * Residents are entered per community (the finest level); streets, districts and the city show
 * roll-ups, so only a community's figure is editable — by a user holding the permission whose
 * scope contains it.
 */
export function canEditResidents(user: RequestUser, code: string): boolean {
  return can(user, "regions.residents.edit") && regionLevelOf(code) === "community" && isInScope(user, code);
}
