import { defineModuleContract } from "../moduleContract.ts";

/**
 * 附件 (attachments): files on records of other modules (a client's signed consent form, a case's
 * documents, an activity's photos). No permission of its own: who may see or attach is the
 * owning record's rule, asked on every request (platform/attachments/owners.ts). Downloads are
 * audited — most attachments are personal data (a signed form names the person).
 */
export const attachmentsContract = defineModuleContract({
  permissions: [],
  auditEntities: { attachment: [] },
  auditActions: {
    "attachment.upload": [],
    "attachment.download": [],
    "attachment.delete": [],
  },
});
