import {
  createPlatformBodySchema,
  pageOf,
  platformDetailSchema,
  platformExportQuerySchema,
  platformFieldLabels,
  platformHistorySchema,
  platformListQuerySchema,
  platformSchema,
  stationCoverageSchema,
  updatePlatformBodySchema,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import { registerBulkActivationRoutes } from "../../platform/bulkActivation.ts";
import type { AppContext } from "../../platform/context.ts";
import { sendXlsx } from "../../platform/httpFiles.ts";
import { templateRegionsOf } from "../../platform/importRegions.ts";
import { registerImportRoute } from "../../platform/importRoute.ts";
import { stationCoverage } from "./platforms.coverage.ts";
import { exportPlatforms } from "./platforms.export.ts";
import { importPlatforms, platformTemplate } from "./platforms.import.ts";
import * as service from "./platforms.service.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });

/** /api/platforms: thin handlers; scope and rules live in the service and policy. */
export function registerPlatformRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["platforms 服务平台"];
  const fieldLabels = platformFieldLabels;
  const manage = { permission: "platforms.manage", fieldLabels } as const;

  api.get(
    "/api/platforms",
    {
      config: { permission: "registries.read", fieldLabels },
      schema: {
        tags,
        summary: "服务平台列表（管辖范围内；q 按名称、拼音或首字母搜索）",
        querystring: platformListQuerySchema,
        response: { 200: pageOf(platformSchema) },
      },
    },
    (request) => service.listPlatforms(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/platforms/coverage",
    {
      config: { permission: "registries.read" },
      schema: {
        tags,
        summary: "各区（县）街道社工站覆盖率及低于人员/面积标准的站点数（按管辖范围）",
        response: { 200: stationCoverageSchema },
      },
    },
    (request) => stationCoverage(ctx, userOf(request)),
  );

  api.get(
    "/api/platforms/template",
    {
      config: { permission: "registries.import" },
      schema: { tags, summary: "服务平台导入模板（重复导入按 类型+区划+名称 更新）" },
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        "服务平台导入模板.xlsx",
        await platformTemplate(await templateRegionsOf(ctx.db, userOf(request))),
      ),
  );

  registerImportRoute(app, ctx, {
    url: "/api/platforms/import",
    tags,
    summary:
      "导入服务平台（请求体为 .xlsx；按 类型+区划+名称 新增或更新；另需 platforms.manage 权限；返回后台任务）",
    permission: { allOf: ["registries.import", "platforms.manage"] },
    kind: "platforms.import",
    run: importPlatforms,
  });

  api.get(
    "/api/platforms/export",
    {
      config: { permission: "registries.export", fieldLabels },
      schema: {
        tags,
        summary: "导出当前筛选的服务平台（.xlsx，流式，记入审计）",
        querystring: platformExportQuerySchema,
      },
    },
    (request, reply) => exportPlatforms(ctx, userOf(request), request.query, request.ip, reply),
  );

  api.get(
    "/api/platforms/:id",
    {
      config: { permission: "registries.read" },
      schema: {
        tags,
        summary: "服务平台详情（含在岗社会工作者）",
        params: idParams,
        response: { 200: platformDetailSchema },
      },
    },
    (request) => service.getPlatform(ctx, userOf(request), request.params.id),
  );

  api.get(
    "/api/platforms/:id/history",
    {
      config: { permission: "registries.read" },
      schema: {
        tags,
        summary: "服务平台变更记录",
        params: idParams,
        response: { 200: platformHistorySchema },
      },
    },
    (request) => service.platformHistory(ctx, userOf(request), request.params.id),
  );

  api.post(
    "/api/platforms",
    {
      config: manage,
      schema: {
        tags,
        summary: "新增服务平台",
        body: createPlatformBodySchema,
        response: { 201: platformDetailSchema },
      },
    },
    async (request, reply) => {
      const created = await service.createPlatform(ctx, userOf(request), request.body, request.ip);
      return reply.status(201).send(created);
    },
  );

  api.patch(
    "/api/platforms/:id",
    {
      config: manage,
      schema: {
        tags,
        summary: "修改服务平台",
        params: idParams,
        body: updatePlatformBodySchema,
        response: { 200: platformDetailSchema },
      },
    },
    (request) => service.updatePlatform(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  registerBulkActivationRoutes(app, ctx, {
    base: "/api/platforms",
    tags,
    what: "服务平台",
    permission: "platforms.manage",
    target: service.platformActivation,
  });

  for (const [path, isActive, summary] of [
    ["deactivate", false, "停用服务平台（不删除）"],
    ["activate", true, "重新启用服务平台"],
  ] as const) {
    api.post(
      `/api/platforms/:id/${path}`,
      {
        config: { permission: "platforms.manage" },
        schema: { tags, summary, params: idParams, response: { 200: platformDetailSchema } },
      },
      (request) => service.setPlatformActive(ctx, userOf(request), request.params.id, isActive, request.ip),
    );
  }
}
