import { jobViewSchema } from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/errors.ts";
import { sendXlsx } from "../../platform/httpFiles.ts";

/**
 * Long work seen from the browser: a job's progress and result, and the error report of an
 * import. Both belong to the user who started them; for anyone else they do not exist.
 */
export function registerImportRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/jobs/:id",
    {
      config: { signedIn: true },
      schema: {
        tags: ["imports 导入"],
        summary: "后台任务的进度与结果（导入等）",
        params: z.object({ id: z.uuid() }),
        response: { 200: jobViewSchema },
      },
    },
    (request) => {
      const job = ctx.jobs.find(request.params.id, userOf(request).id);
      if (!job) throw notFound("任务不存在或已过期");
      return job;
    },
  );

  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/imports/:id/errors",
    {
      config: { signedIn: true },
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
