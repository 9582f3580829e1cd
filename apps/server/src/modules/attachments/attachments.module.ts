import type { AuditSubject } from "../../platform/serverModule.ts";
import { defineServerModule } from "../../platform/serverModule.ts";
import { registerAttachmentRoutes } from "./attachments.routes.ts";
import * as attachmentsTables from "./migrations/2026120850_attachments.ts";
import "./attachments.tables.ts";

/**
 * 附件 (attachments) on records of any module that declares itself an owner kind in its manifest
 * (`attachmentOwners`): stored once by content hash (platform/attachments/), shown only to those
 * who may see the owning record. No permission of its own and so no grants.
 */
export const attachmentsModule = defineServerModule({
  name: "attachments",
  routes: registerAttachmentRoutes,
  migrations: { "2026120850_attachments": attachmentsTables },
  auditSubjects: {
    attachment: async (db, ids) => {
      const numeric = [...new Set(ids.map(Number).filter((id) => Number.isSafeInteger(id) && id > 0))];
      const found = new Map<string, AuditSubject>();
      if (numeric.length === 0) return found;
      const rows = await db
        .selectFrom("attachments")
        .select(["id", "name", "region_code"])
        .where("id", "in", numeric)
        .execute();
      for (const row of rows) found.set(String(row.id), { name: row.name, regionCode: row.region_code });
      return found;
    },
  },
});
