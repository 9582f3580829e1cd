import { defineServerModule } from "../../platform/serverModule.ts";
import { startAggregateSchedule } from "./aggregateSchedule.ts";
import { registerAnalyticsRoutes } from "./analytics.routes.ts";
import * as analyticsTables from "./migrations/2026120901_analytics.ts";
import * as analyticsRollups from "./migrations/2026120920_analytics_rollups.ts";
import "./analytics.tables.ts";

/**
 * 统计分析: the indicator catalogue, the maintained aggregates every module's measure sources
 * feed, and the dashboards that read them. Registered after every module whose counts it keeps.
 */
export const analyticsModule = defineServerModule({
  name: "analytics",
  routes: registerAnalyticsRoutes,
  migrations: {
    "2026120901_analytics": analyticsTables,
    "2026120920_analytics_rollups": analyticsRollups,
  },
  startBackgroundWork: startAggregateSchedule,
  grants: {
    "reports.read": ["city_officer", "district_officer", "leader"],
    "reports.prepare": ["city_officer", "district_officer"],
    "reports.approve": ["city_officer"],
    "data_quality.read": ["city_officer", "district_officer", "station_staff"],
    "analytics.configure": ["city_officer", "district_officer"],
  },
});
