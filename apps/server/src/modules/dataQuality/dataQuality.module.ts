import { defineServerModule } from "../../platform/serverModule.ts";
import { registerDataQualityRoutes } from "./dataQuality.routes.ts";

/**
 * 数据质量: implausible, missing and stale data in the registries, found before a report goes up.
 * No tables of its own (the thresholds live in the settings table) and no grants: its
 * permissions are the analytics contract's, granted by the analytics module.
 */
export const dataQualityModule = defineServerModule({
  name: "dataQuality",
  routes: registerDataQualityRoutes,
});
