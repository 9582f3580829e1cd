import { auditSubjectsOfTable } from "../../platform/auditSubjects.ts";
import { defineServerModule } from "../../platform/serverModule.ts";
import * as permissionMatrix from "./migrations/2026120750_permission_matrix.ts";
import { registerUserRoutes } from "./users.routes.ts";

/**
 * Accounts and their roles. Officers manage the accounts below them inside their region (分级管理,
 * users.policy.ts says whose); the administrator manages every account.
 */
export const usersModule = defineServerModule({
  name: "users",
  routes: registerUserRoutes,
  migrations: { "2026120750_permission_matrix": permissionMatrix },
  grants: {
    "users.read": ["system_admin", "city_officer", "district_officer"],
    "users.manage": ["system_admin", "city_officer", "district_officer"],
  },
  auditSubjects: { user: auditSubjectsOfTable("users", "display_name") },
});
