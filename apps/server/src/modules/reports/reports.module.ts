import { defineServerModule } from "../../platform/serverModule.ts";

/** 定期报表: monthly, quarterly and yearly reports of a district, submitted and approved. */
export const reportsModule = defineServerModule({
  name: "reports",
  routes: () => {},
});
