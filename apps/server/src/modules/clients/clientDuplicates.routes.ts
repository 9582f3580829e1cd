import {
  clientDuplicateListQuerySchema,
  clientDuplicatePairSchema,
  clientMergeResultSchema,
  mergeClientDuplicateBodySchema,
  pageOf,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import type { ClientReference, ModuleHost } from "../../platform/serverModule.ts";
import * as service from "./clientDuplicates.service.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });

/** Every column that refers to a client: the clients module's own and what each module declares. */
export function clientReferencesOf(host: Pick<ModuleHost, "modules">): ClientReference[] {
  return [...service.ownClientReferences, ...host.modules.flatMap((module) => module.clientReferences ?? [])];
}

/** The duplicates queue (疑似重复): list in scope, dismiss, merge. */
export function registerClientDuplicateRoutes(app: FastifyInstance, ctx: AppContext, host: ModuleHost): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["clients 服务对象"];
  const references = clientReferencesOf(host);

  api.get(
    "/api/client-duplicates",
    {
      config: { permission: "clients.read" },
      schema: {
        tags,
        summary: "疑似重复的服务对象（同名、同出生日期、同社区；只列出两条记录您都能看到的）",
        querystring: clientDuplicateListQuerySchema,
        response: { 200: pageOf(clientDuplicatePairSchema) },
      },
    },
    (request) => service.listDuplicates(ctx, userOf(request), request.query, references),
  );

  api.post(
    "/api/client-duplicates/:id/dismiss",
    {
      config: { permission: "clients.manage" },
      schema: {
        tags,
        summary: "忽略疑似重复（确认不是同一人；此后不再提示这一对）",
        params: idParams,
      },
    },
    async (request, reply) => {
      await service.dismissDuplicate(ctx, userOf(request), request.params.id, request.ip);
      return reply.status(204).send();
    },
  );

  api.post(
    "/api/client-duplicates/:id/merge",
    {
      config: { permission: "clients.manage" },
      schema: {
        tags,
        summary:
          "合并疑似重复（保留一条；个案、同意记录等移至保留的记录，另一条停用并指向保留的记录；社工站、区县、市级工作人员）",
        params: idParams,
        body: mergeClientDuplicateBodySchema,
        response: { 200: clientMergeResultSchema },
      },
    },
    (request) =>
      service.mergeDuplicate(
        ctx,
        userOf(request),
        request.params.id,
        request.body.keepId,
        request.ip,
        references,
      ),
  );
}
