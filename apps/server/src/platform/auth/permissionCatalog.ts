import { type Permission, permissions, type RoleId } from "@xinqiao/shared";
import type { Queryable } from "../db/database.ts";

/**
 * Role → permissions, read from the database (roles are data) and held in memory because every
 * request consults it. Reload after changing role_permissions.
 */
export class PermissionCatalog {
  private byRole = new Map<string, ReadonlySet<Permission>>();

  async load(db: Queryable): Promise<void> {
    const rows = await db.selectFrom("role_permissions").select(["role_id", "permission"]).execute();
    const known = new Set<string>(permissions);
    const next = new Map<string, Set<Permission>>();
    for (const row of rows) {
      if (!known.has(row.permission)) continue;
      const set = next.get(row.role_id) ?? new Set<Permission>();
      set.add(row.permission);
      next.set(row.role_id, set);
    }
    this.byRole = next;
  }

  of(roleId: RoleId | string): ReadonlySet<Permission> {
    return this.byRole.get(roleId) ?? new Set();
  }
}
