import {
  importModeSchema,
  importResultSchema,
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
import { sendXlsx, xlsxBody } from "../../platform/httpFiles.ts";
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
        summary: "下级区划（默认为用户管辖范围的根），或按名称/拼音/首字母搜索管辖范围内的区划",
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

  api.post(
    "/api/regions/residents/import",
    {
      config: { permission: "regions.residents.edit" },
      bodyLimit: xlsxBody.limit,
      schema: {
        tags,
        summary: "导入常住人口（请求体为 .xlsx 文件）",
        querystring: z.object({ mode: importModeSchema.default("all-or-nothing") }),
        response: { 200: importResultSchema },
      },
    },
    (request) =>
      service.importResidents(
        ctx,
        userOf(request),
        xlsxBody.of(request.body),
        request.query.mode,
        request.ip,
      ),
  );

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
