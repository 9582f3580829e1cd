import { defineModuleContract, legacyAuditNames } from "../moduleContract.ts";
import { socialWorkersAnalytics } from "./socialWorkers.analytics.ts";

/** 社会工作者 registry and their continuing-education hours. */
export const socialWorkersContract = defineModuleContract({
  permissions: ["workers.manage"],
  auditEntities: { socialWorker: [] },
  auditActions: {
    "socialWorker.create": [],
    "socialWorker.update": [],
    "socialWorker.deactivate": [],
    "socialWorker.activate": [],
    "socialWorker.import.create": [],
    "socialWorker.import.update": [],
    "socialWorker.educationHours.add": [],
    "socialWorker.educationHours.reverse": [],
    "socialWorker.personalData.reveal": legacyAuditNames.revealOf("socialWorker"),
    "socialWorker.export": legacyAuditNames.exportOf("socialWorker"),
    "socialWorker.export.unmasked": legacyAuditNames.unmaskedExportOf("socialWorker"),
  },
  analytics: socialWorkersAnalytics,
});
