import { defineServerModule } from "../../platform/serverModule.ts";
import { registerUserRoutes } from "./users.routes.ts";

/** Accounts and their roles. */
export const usersModule = defineServerModule({
  name: "users",
  routes: registerUserRoutes,
  grants: { "users.read": ["system_admin"], "users.manage": ["system_admin"] },
});
