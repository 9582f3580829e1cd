import { defineModuleContract, legacyAuditNames } from "../moduleContract.ts";
import { platformsAnalytics } from "./platforms.analytics.ts";

/** 社会工作服务平台 (stations and centres). */
export const platformsContract = defineModuleContract({
  permissions: ["platforms.manage"],
  auditEntities: { platform: [] },
  auditActions: {
    "platform.create": [],
    "platform.update": [],
    "platform.deactivate": [],
    "platform.activate": [],
    "platform.import.create": [],
    "platform.import.update": [],
    "platform.export": legacyAuditNames.exportOf("platform"),
  },
  analytics: platformsAnalytics,
});
