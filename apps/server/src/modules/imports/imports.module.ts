import { roleIds } from "@xinqiao/shared";
import { defineServerModule } from "../../platform/serverModule.ts";
import { registerImportRoutes } from "./imports.routes.ts";

const registryOfficers = ["city_officer", "district_officer", "station_staff"] as const;

/**
 * Import jobs (progress, reports, undo) and the permissions every registry shares: reading,
 * importing and exporting a registry, and seeing or exporting its personal data unmasked.
 */
export const importsModule = defineServerModule({
  name: "imports",
  routes: registerImportRoutes,
  grants: {
    "dashboard.view": roleIds,
    "registries.read": roleIds,
    "registries.import": registryOfficers,
    "registries.export": [...registryOfficers, "leader"],
    "personal.reveal": registryOfficers,
    "personal.export": ["city_officer", "district_officer"],
  },
});
