import { type AuditEntry, auditEntrySchema, auditListQuerySchema, pageOf } from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../platform/context.ts";
import type { AuditLogRow } from "../../platform/db/tables.ts";
import { pageWindow, toPage } from "../../platform/pagination.ts";
import { countAuditEntries, listAuditEntries } from "./audit.repository.ts";

function presentAuditEntry(row: AuditLogRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor_id !== null ? { id: row.actor_id, username: row.actor_username ?? "" } : null,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: row.before_json ? JSON.parse(row.before_json) : null,
    after: row.after_json ? JSON.parse(row.after_json) : null,
    result: row.result === "failure" ? "failure" : "success",
    ip: row.ip,
  };
}

/** The audit log is read-only through the API: this module registers GET routes only. */
export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/audit",
    {
      config: { permission: "audit.read" },
      schema: {
        tags: ["audit 审计日志"],
        summary: "审计日志（只读）",
        querystring: auditListQuerySchema,
        response: { 200: pageOf(auditEntrySchema) },
      },
    },
    async (request) => {
      const query = request.query;
      const { limit, offset } = pageWindow(query);
      const [rows, total] = await Promise.all([
        listAuditEntries(ctx.db, query, limit, offset),
        countAuditEntries(ctx.db, query),
      ]);
      return toPage(rows.map(presentAuditEntry), total, query);
    },
  );
}
