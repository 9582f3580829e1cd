import { auditEntrySchema, auditListQuerySchema, pageOf } from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { presentAuditEntry } from "../../platform/audit.ts";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import { pageWindow, toPage } from "../../platform/pagination.ts";
import type { ModuleHost } from "../../platform/serverModule.ts";
import { countAuditEntries, listAuditEntries } from "./audit.repository.ts";
import { auditSubjectsOf } from "./audit.subjects.ts";

/** The audit log is read-only through the API: this module registers GET routes only. */
export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext, host: ModuleHost): void {
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
      const subjects = await auditSubjectsOf(ctx.db, userOf(request), rows, host.modules);
      return toPage(
        rows.map((row) => ({ ...presentAuditEntry(row), subject: subjects.get(row.id) ?? null })),
        total,
        query,
      );
    },
  );
}
