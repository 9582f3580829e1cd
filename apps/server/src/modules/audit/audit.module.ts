import { defineServerModule } from "../../platform/serverModule.ts";
import { registerAuditRoutes } from "./audit.routes.ts";

/** The audit log, read-only. */
export const auditModule = defineServerModule({
  name: "audit",
  routes: registerAuditRoutes,
  grants: { "audit.read": ["system_admin", "city_officer"] },
});
