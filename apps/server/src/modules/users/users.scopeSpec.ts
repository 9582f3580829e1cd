import { managedRoles } from "@xinqiao/shared";
import type { ScopeSpec } from "../../../test/scopeSpecs.ts";

/** How the generic scope properties (test/scope.properties.test.ts) exercise this module. */
export const scopeSpecs: ScopeSpec[] = [
  {
    name: "users",
    path: "/api/users",
    table: "users",
    nameColumn: "display_name",
    otherRecordRoutes: ["/api/users/:id/disable", "/api/users/:id/enable", "/api/users/:id/reset-password"],
    bulkActivation: { deactivate: "disable", activate: "enable" },
    // 分级管理: inside the region, only accounts of the roles the user manages.
    mayReach: async (db, user, id) => {
      const account = await db
        .selectFrom("users")
        .select("role_id")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      return managedRoles[user.roleId].includes(account.role_id);
    },
  },
];
