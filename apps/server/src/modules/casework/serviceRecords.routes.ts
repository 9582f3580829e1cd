import {
  createServiceRecordBodySchema,
  pageOf,
  serviceRecordDetailSchema,
  serviceRecordExportQuerySchema,
  serviceRecordFieldLabels,
  serviceRecordListQuerySchema,
  serviceRecordSchema,
  serviceRecordWorkerOptionSchema,
  updateServiceRecordBodySchema,
  voidServiceRecordBodySchema,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import { sendXlsx } from "../../platform/httpFiles.ts";
import { registerImportRoute } from "../../platform/importRoute.ts";
import { exportServiceRecords } from "./serviceRecords.export.ts";
import { importServiceRecords, serviceRecordsTemplate } from "./serviceRecords.import.ts";
import * as service from "./serviceRecords.service.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });

/**
 * Routes of service records (服务记录). Reading needs cases.read, which a leader lacks; who sees
 * which record is the case's rule (caseVisibility.ts) or, standalone, the region's.
 */
export function registerServiceRecordRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["casework 服务记录"];
  const read = { permission: "cases.read", fieldLabels: serviceRecordFieldLabels } as const;
  const manage = { permission: "cases.manage", fieldLabels: serviceRecordFieldLabels } as const;

  api.get(
    "/api/service-records",
    {
      config: read,
      schema: {
        tags,
        summary: "服务记录列表（按日期、区划、服务方式、类型、领域、个案、服务对象、社工筛选）",
        querystring: serviceRecordListQuerySchema,
        response: { 200: pageOf(serviceRecordSchema) },
      },
    },
    (request) => service.listServiceRecords(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/service-records/export",
    {
      config: {
        permission: { allOf: ["registries.export", "cases.read"] },
        fieldLabels: serviceRecordFieldLabels,
      },
      schema: {
        tags,
        summary: "导出当前筛选的服务记录（.xlsx；不含服务记录内容）",
        querystring: serviceRecordExportQuerySchema,
      },
    },
    (request, reply) => exportServiceRecords(ctx, userOf(request), request.query, request.ip, reply),
  );

  api.get(
    "/api/service-records/template",
    {
      config: { permission: { allOf: ["registries.import", "cases.manage"] } },
      schema: { tags, summary: "服务记录导入模板（.xlsx）" },
    },
    async (_request, reply) => sendXlsx(reply, "服务记录导入模板.xlsx", await serviceRecordsTemplate()),
  );

  registerImportRoute(app, ctx, {
    url: "/api/service-records/import",
    tags,
    summary:
      "导入服务记录（请求体为 .xlsx 文件；志愿者时长记入志愿服务记录；与已有记录相同的行不会重复导入；返回后台任务，结果见 GET /api/jobs/:id）",
    permission: { allOf: ["registries.import", "cases.manage"] },
    kind: "serviceRecords.import",
    run: importServiceRecords,
  });

  api.get(
    "/api/service-records/worker-options",
    {
      config: { permission: "cases.manage" },
      schema: {
        tags,
        summary: "可选的服务社工（管辖范围内在岗的社工、社工站工作人员与督导；按姓名或用户名搜索）",
        querystring: z.object({ q: z.string().trim().max(50).optional() }),
        response: { 200: z.array(serviceRecordWorkerOptionSchema) },
      },
    },
    (request) => service.workerOptions(ctx, userOf(request), request.query.q),
  );

  api.get(
    "/api/service-records/:id",
    {
      config: read,
      schema: {
        tags,
        summary: "服务记录详情（含服务记录内容，查看记录审计日志）",
        params: idParams,
        response: { 200: serviceRecordDetailSchema },
      },
    },
    (request) => service.getServiceRecord(ctx, userOf(request), request.params.id, request.ip),
  );

  api.post(
    "/api/service-records",
    {
      config: manage,
      schema: {
        tags,
        summary: "登记服务记录（关联个案或独立服务；志愿者时长同一事务记入志愿服务记录与累计时长）",
        body: createServiceRecordBodySchema,
        response: { 201: serviceRecordDetailSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createServiceRecord(ctx, userOf(request), request.body, request.ip)),
  );

  api.patch(
    "/api/service-records/:id",
    {
      config: manage,
      schema: {
        tags,
        summary: "更正服务记录（志愿者时长不在此更正：作废后重新登记）",
        params: idParams,
        body: updateServiceRecordBodySchema,
        response: { 200: serviceRecordDetailSchema },
      },
    },
    (request) =>
      service.updateServiceRecord(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  api.post(
    "/api/service-records/:id/void",
    {
      config: manage,
      schema: {
        tags,
        summary: "作废服务记录（保留记录，冲销其志愿服务时长，个案服务次数减一）",
        params: idParams,
        body: voidServiceRecordBodySchema,
        response: { 200: serviceRecordDetailSchema },
      },
    },
    (request) => service.voidServiceRecord(ctx, userOf(request), request.params.id, request.body, request.ip),
  );
}
