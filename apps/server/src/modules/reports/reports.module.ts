import { periodKindOf, periodLabel, reportKindLabels } from "@xinqiao/shared";
import type { AuditSubject } from "../../platform/serverModule.ts";
import { defineServerModule } from "../../platform/serverModule.ts";
import * as periodicReportTables from "./migrations/2026120910_periodic_reports.ts";
import { reportMeasures } from "./reports.measures.ts";
import { reportSubjects } from "./reports.repository.ts";
import { registerReportRoutes } from "./reports.routes.ts";
import "./reports.tables.ts";

/**
 * 定期报表: monthly, quarterly and yearly reports of a district, filled from the dashboards'
 * figures, submitted by the district and approved (locked) or returned by the city; their
 * completeness and timeliness are indicators of the dashboards. Its permissions are the analytics
 * contract's (granted in analytics.module.ts).
 */
export const reportsModule = defineServerModule({
  name: "reports",
  routes: registerReportRoutes,
  migrations: { "2026120910_periodic_reports": periodicReportTables },
  measureSources: [reportMeasures],
  auditSubjects: {
    periodicReport: async (db, ids) => {
      const numeric = ids.map(Number).filter((id) => Number.isSafeInteger(id) && id > 0);
      const found = new Map<string, AuditSubject>();
      for (const row of await reportSubjects(db, numeric)) {
        found.set(String(row.id), {
          name: `${row.region_name}${periodLabel(row.period, "zh-CN")}${reportKindLabels[periodKindOf(row.period)]}`,
          regionCode: row.region_code,
        });
      }
      return found;
    },
  },
});
