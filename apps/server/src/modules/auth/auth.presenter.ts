import type { CurrentUser, Permission, SessionResponse } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";

export function presentSession(user: RequestUser, idleTimeoutSeconds: number): SessionResponse {
  const current: CurrentUser = {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roleId: user.roleId,
    permissions: [...user.permissions].sort() as Permission[],
    organization: user.organizationId ? { id: user.organizationId, name: user.organizationName ?? "" } : null,
    region: { code: user.regionCode, name: user.regionName, level: user.regionLevel },
    mustChangePassword: user.mustChangePassword,
  };
  return { user: current, csrfToken: user.csrfToken, idleTimeoutSeconds };
}
