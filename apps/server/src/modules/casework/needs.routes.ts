import {
  createNeedBodySchema,
  needDetailSchema,
  needFieldLabels,
  needListQuerySchema,
  needSchema,
  pageOf,
  triageNeedBodySchema,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import * as service from "./needs.service.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });

/** Routes of 需求 (needs): intake, list, detail, triage. A leader holds none of it. */
export function registerNeedRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["needs 需求"];
  const read = { permission: "cases.read", fieldLabels: needFieldLabels } as const;
  const manage = { permission: "cases.manage", fieldLabels: needFieldLabels } as const;

  api.get(
    "/api/needs",
    {
      config: read,
      schema: {
        tags,
        summary: "需求列表（按状态、紧急程度、服务领域、区划筛选；按服务对象姓名搜索）",
        querystring: needListQuerySchema,
        response: { 200: pageOf(needSchema) },
      },
    },
    (request) => service.listNeeds(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/needs/:id",
    {
      config: read,
      schema: { tags, summary: "需求详情", params: idParams, response: { 200: needDetailSchema } },
    },
    (request) => service.getNeed(ctx, userOf(request), request.params.id),
  );

  api.post(
    "/api/needs",
    {
      config: manage,
      schema: {
        tags,
        summary: "登记需求（来访、电话、走访、转介、网格上报等）",
        body: createNeedBodySchema,
        response: { 201: needDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createNeed(ctx, userOf(request), request.body, request.ip)),
  );

  api.post(
    "/api/needs/:id/triage",
    {
      config: manage,
      schema: {
        tags,
        summary: "需求分流：开案、一次性服务或关闭（写明理由）",
        params: idParams,
        body: triageNeedBodySchema,
        response: { 200: needDetailSchema },
      },
    },
    (request) => service.triageNeed(ctx, userOf(request), request.params.id, request.body, request.ip),
  );
}
