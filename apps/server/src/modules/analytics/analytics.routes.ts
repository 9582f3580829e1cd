import {
  analyticsParameters,
  analyticsProblems,
  dashboardQuerySchema,
  dashboardSchema,
  indicatorCatalogue,
  measureCatalogue,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import { exportDashboard } from "./dashboard.export.ts";
import { dashboardOf } from "./dashboard.service.ts";

export function registerAnalyticsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["analytics 统计分析"];

  api.get(
    "/api/indicators",
    {
      config: { permission: "dashboard.view" },
      schema: { tags, summary: "指标目录：各模块的计数（measures）与其上的指标公式、方向、所属问题" },
    },
    async () => ({
      problems: analyticsProblems,
      parameters: analyticsParameters,
      measures: measureCatalogue,
      indicators: indicatorCatalogue,
    }),
  );

  api.get(
    "/api/dashboard",
    {
      config: { permission: "dashboard.view" },
      schema: {
        tags,
        summary:
          "区域仪表盘：管辖范围内某区划（默认本人所在）及其下级单位的全部指标、中位数比、变异系数、综合发展指数、短板、人才结构与 24 个月趋势（只读聚合表）",
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema },
      },
    },
    (request) => dashboardOf(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/dashboard/export",
    {
      config: { permission: "dashboard.view" },
      schema: {
        tags,
        summary:
          "导出区域仪表盘（.xlsx）：与 GET /api/dashboard 同一答案、同一管辖范围——各问题的单位×指标表（含中位数比、短板）、综合指数排名、人才结构、24 个月趋势与指标说明",
        querystring: dashboardQuerySchema,
      },
    },
    (request, reply) => exportDashboard(ctx, userOf(request), request.query, request.ip, reply),
  );
}
