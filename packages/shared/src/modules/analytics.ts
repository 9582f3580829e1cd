import { defineModuleContract } from "../moduleContract.ts";
import { reportsAnalytics } from "./reports.analytics.ts";

/**
 * 统计分析: the dashboards (read with `dashboard.view`, everyone's, each in their own scope), the
 * periodic reports districts submit and the city approves, and the data-quality checks.
 */
export const analyticsContract = defineModuleContract({
  permissions: [
    /** Read the periodic reports of the scope (the leader too). */
    "reports.read",
    /** Fill a report's own fields and submit it (a district for its district). */
    "reports.prepare",
    /** Approve a submitted report, which locks its figures, or return it with a reason. */
    "reports.approve",
    /** See the data-quality findings of the scope, each linking to the record to fix. */
    "data_quality.read",
    /** Set the analytics' thresholds: data-quality limits, the staffing target. */
    "analytics.configure",
  ],
  auditEntities: { periodicReport: [], dashboard: [], analyticsSettings: [] },
  auditActions: {
    "periodicReport.create": [],
    "periodicReport.update": [],
    "periodicReport.submit": [],
    "periodicReport.approve": [],
    "periodicReport.return": [],
    "periodicReport.export": [],
    "dashboard.export": [],
    "analyticsSettings.update": [],
  },
  analytics: reportsAnalytics,
});
