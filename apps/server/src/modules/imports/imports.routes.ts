import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/errors.ts";
import { sendXlsx } from "../../platform/httpFiles.ts";

/** Downloads of import error reports; a report belongs to the user who ran the import. */
export function registerImportRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/imports/:id/errors",
    {
      schema: {
        tags: ["imports 导入"],
        summary: "下载导入错误报告（原始行 + 错误原因）",
        params: z.object({ id: z.uuid() }),
      },
    },
    (request, reply) => {
      const report = ctx.importReports.find(request.params.id, userOf(request).id);
      if (!report) throw notFound("错误报告不存在或已过期");
      return sendXlsx(reply, report.fileName, report.content);
    },
  );
}
