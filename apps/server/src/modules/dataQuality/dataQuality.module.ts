import { defineServerModule } from "../../platform/serverModule.ts";

/** 数据质量: implausible, missing and stale data in the registries, found before a report goes up. */
export const dataQualityModule = defineServerModule({
  name: "dataQuality",
  routes: () => {},
});
