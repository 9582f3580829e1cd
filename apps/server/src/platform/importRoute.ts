import { type ImportMode, type ImportResult, importModeSchema, jobStartedSchema } from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { type RoutePermission, userOf } from "./auth/guard.ts";
import type { RequestUser } from "./auth/requestUser.ts";
import type { AppContext } from "./context.ts";
import { xlsxBody } from "./httpFiles.ts";
import type { JobProgress } from "./jobs.ts";

/**
 * The import route of every registry, written once: POST <url>?mode=… with the .xlsx as the
 * body → the route's permission, checked once by the guard before anything else (403, and no
 * job starts) → the file → a background job → 202 { job }. The browser then polls
 * GET /api/jobs/:id. The module's import function does the rest and checks no permission again.
 */
export interface ImportRouteOptions {
  url: string;
  tags: string[];
  summary: string;
  /**
   * Every permission the import needs: registries.import and the registry's write permission,
   * `{ allOf: [...] }` (residents: regions.residents.edit alone).
   */
  permission: RoutePermission;
  /** The job's kind, as GET /api/jobs/:id reports it. */
  kind: string;
  run(
    ctx: AppContext,
    user: RequestUser,
    file: Buffer,
    mode: ImportMode,
    ip: string | null,
    report: (progress: JobProgress) => void,
  ): Promise<ImportResult>;
}

export function registerImportRoute(
  app: FastifyInstance,
  ctx: AppContext,
  options: ImportRouteOptions,
): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    options.url,
    {
      config: { permission: options.permission },
      bodyLimit: xlsxBody.limit,
      schema: {
        tags: options.tags,
        summary: options.summary,
        querystring: z.object({ mode: importModeSchema.default("all-or-nothing") }),
        response: { 202: jobStartedSchema },
      },
    },
    (request, reply) => {
      const user = userOf(request);
      const file = xlsxBody.of(request.body);
      const { mode } = request.query;
      const job = ctx.jobs.start(user.id, options.kind, (report) =>
        options.run(ctx, user, file, mode, request.ip, report),
      );
      reply.status(202);
      return { job };
    },
  );
}
