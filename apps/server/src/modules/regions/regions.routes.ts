import {
  pageOf,
  regionCodeParamSchema,
  regionListQuerySchema,
  regionSchema,
  updateResidentsBodySchema,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import { sendXlsx } from "../../platform/httpFiles.ts";
import { registerImportRoute } from "../../platform/importRoute.ts";
import { exportRegions } from "./regions.export.ts";
import * as service from "./regions.service.ts";

const parentQuery = z.object({ parent: regionListQuerySchema.shape.parent });

export function registerRegionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["regions 区划与人口"];

  api.get(
    "/api/regions",
    {
      config: { permission: "regions.read" },
      schema: {
        tags,
        summary:
          "下级区划（默认为用户管辖范围的根），或按名称/拼音/首字母搜索管辖范围内各级区划（levels 限定级别，由上到下排列，附路径）",
        querystring: regionListQuerySchema,
        response: { 200: pageOf(regionSchema) },
      },
    },
    (request) => service.listRegions(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/regions/residents/template",
    {
      config: { permission: "regions.residents.edit" },
      schema: { tags, summary: "常住人口导入模板（含管辖范围内的社区/村）", querystring: parentQuery },
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        "常住人口导入模板.xlsx",
        await service.residentsTemplate(ctx, userOf(request), request.query.parent),
      ),
  );

  registerImportRoute(app, ctx, {
    url: "/api/regions/residents/import",
    tags,
    summary: "导入常住人口（请求体为 .xlsx 文件；返回后台任务，结果见 GET /api/jobs/:id）",
    permission: "regions.residents.edit",
    kind: "regions.residents.import",
    run: service.importResidents,
  });

  api.get(
    "/api/regions/export",
    {
      config: { permission: "regions.read" },
      schema: { tags, summary: "导出管辖范围内的区划与常住人口（.xlsx）", querystring: parentQuery },
    },
    (request, reply) => exportRegions(ctx, userOf(request), request.query.parent, request.ip, reply),
  );

  api.get(
    "/api/regions/:code",
    {
      config: { permission: "regions.read" },
      schema: { tags, summary: "区划详情", params: regionCodeParamSchema, response: { 200: regionSchema } },
    },
    (request) => service.getRegion(ctx, userOf(request), request.params.code),
  );

  api.put(
    "/api/regions/:code/residents",
    {
      config: { permission: "regions.residents.edit" },
      schema: {
        tags,
        summary: "填报社区（村）常住人口",
        params: regionCodeParamSchema,
        body: updateResidentsBodySchema,
        response: { 200: regionSchema },
      },
    },
    (request) =>
      service.updateResidents(ctx, userOf(request), request.params.code, request.body.residents, request.ip),
  );
}
