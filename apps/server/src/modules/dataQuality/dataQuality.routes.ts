import {
  dataQualityAnswerSchema,
  dataQualityFieldLabels,
  dataQualityQuerySchema,
  dataQualitySettingsSchema,
  dataQualityThresholdsSchema,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import { listFindings } from "./dataQuality.service.ts";
import { readDataQualitySettings, updateDataQualitySettings } from "./dataQualitySettings.service.ts";

export function registerDataQualityRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["data quality 数据质量"];
  const read = { permission: "data_quality.read", fieldLabels: dataQualityFieldLabels } as const;

  api.get(
    "/api/data-quality",
    {
      config: read,
      schema: {
        tags,
        summary:
          "数据质量：管辖范围内某区划（默认本人所在）的各规则问题数，及按规则、严重程度筛选的问题列表（每条含记录、所在区划、发现值、阈值与修改链接）",
        querystring: dataQualityQuerySchema,
        response: { 200: dataQualityAnswerSchema },
      },
    },
    (request) => listFindings(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/data-quality/settings",
    {
      config: read,
      schema: {
        tags,
        summary: "数据质量阈值（全市统一；未设置时为默认值）",
        response: { 200: dataQualitySettingsSchema },
      },
    },
    (request) => readDataQualitySettings(ctx, userOf(request)),
  );

  api.put(
    "/api/data-quality/settings",
    {
      config: { permission: "analytics.configure", fieldLabels: dataQualityFieldLabels },
      schema: {
        tags,
        summary: "修改数据质量阈值（市级；每项须在允许范围内，写入审计日志）",
        body: dataQualityThresholdsSchema,
        response: { 200: dataQualitySettingsSchema },
      },
    },
    (request) => updateDataQualitySettings(ctx, userOf(request), request.body, request.ip),
  );
}
