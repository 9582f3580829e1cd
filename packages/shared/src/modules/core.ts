import { defineModuleContract } from "../moduleContract.ts";
import { coreAnalytics } from "./core.analytics.ts";

/**
 * The shell every module stands on: accounts, the region tree, the audit log, and the
 * permissions registries share (reading, importing and exporting any registry; revealing and
 * exporting personal data).
 */
export const coreContract = defineModuleContract({
  permissions: [
    "dashboard.view",
    "regions.read",
    "regions.residents.edit",
    "users.read",
    "users.manage",
    "audit.read",
    /** See ID numbers and phones unmasked (each reveal is audited). */
    "personal.reveal",
    /** Export personal data unmasked (audited). */
    "personal.export",
    "registries.read",
    "registries.import",
    "registries.export",
  ],
  auditEntities: { user: [], region: [] },
  auditActions: {
    "user.login": ["auth.login"],
    "user.logout": ["auth.logout"],
    "user.create": [],
    "user.update": [],
    "user.activate": ["user.enable"],
    "user.deactivate": ["user.disable"],
    "user.password.reset": [],
    "user.password.change": [],

    "region.residents.update": [],
    "region.residents.import": [],
    "region.export": [],
  },
  analytics: coreAnalytics,
});
