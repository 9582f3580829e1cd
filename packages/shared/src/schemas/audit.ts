import { z } from "zod";
import { listQuerySchema } from "./pagination.ts";

export const auditListQuerySchema = listQuerySchema.extend({
  userId: z.coerce.number().int().positive().optional(),
  action: z.string().max(60).optional(),
  entity: z.string().max(60).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AuditListQuery = z.infer<typeof auditListQuerySchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.number().int(), username: z.string() }).nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  result: z.enum(["success", "failure"]),
  ip: z.string().nullable(),
  /**
   * The record the entry is about, for a reader of the log: its name as the entry wrote it down
   * (else today's), its region path, and whether the reader may open it. Null when unknown.
   */
  subject: z
    .object({ id: z.string(), name: z.string(), isVisible: z.boolean(), regionPath: z.string().nullable() })
    .nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
