import type { User } from "@xinqiao/shared";
import type { UserRecord } from "./users.repository.ts";

export function presentUser(row: UserRecord, now: Date): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roleId: row.role_id,
    organization:
      row.organization_id !== null ? { id: row.organization_id, name: row.organization_name ?? "" } : null,
    region: { code: row.region_code, name: row.region_name },
    phone: row.phone,
    isActive: row.is_active === 1,
    isLocked: row.locked_until !== null && row.locked_until > now.toISOString(),
    mustChangePassword: row.must_change_password === 1,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
  };
}

/** The fields an audit entry records for a user: never the password hash. */
export function auditedUser(user: User): Record<string, unknown> {
  return {
    username: user.username,
    displayName: user.displayName,
    roleId: user.roleId,
    organizationId: user.organization?.id ?? null,
    regionCode: user.region.code,
    phone: user.phone,
    isActive: user.isActive,
    mustChangePassword: user.mustChangePassword,
  };
}
