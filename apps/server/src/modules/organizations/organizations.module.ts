import { defineServerModule } from "../../platform/serverModule.ts";
import { registerOrganizationRoutes } from "./organizations.routes.ts";

/** The departments and stations users belong to. */
export const organizationsModule = defineServerModule({
  name: "organizations",
  routes: registerOrganizationRoutes,
});
