import { roleIds } from "@xinqiao/shared";
import { defineServerModule } from "../../platform/serverModule.ts";
import { registerRegionRoutes } from "./regions.routes.ts";

/** The region tree (区划) and its residents. */
export const regionsModule = defineServerModule({
  name: "regions",
  routes: registerRegionRoutes,
  grants: {
    "regions.read": roleIds,
    "regions.residents.edit": ["system_admin", "city_officer", "district_officer", "station_staff"],
  },
});
