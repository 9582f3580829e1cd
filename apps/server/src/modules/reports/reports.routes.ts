import {
  createPeriodicReportBodySchema,
  pageOf,
  periodicReportDetailSchema,
  periodicReportFieldLabels,
  periodicReportListQuerySchema,
  periodicReportSchema,
  reportTransitions,
  returnPeriodicReportBodySchema,
  updatePeriodicReportBodySchema,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import { exportReport } from "./reports.export.ts";
import * as service from "./reports.service.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });

/** /api/reports: thin handlers; the lifecycle's rules are the shared definition's. */
export function registerReportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["reports 定期报表"];
  const fieldLabels = periodicReportFieldLabels;

  api.get(
    "/api/reports",
    {
      config: { permission: "reports.read", fieldLabels },
      schema: {
        tags,
        summary: "定期报表列表（管辖范围内；按报表类型、状态、统计期、区县筛选；q 按区县名称或拼音）",
        querystring: periodicReportListQuerySchema,
        response: { 200: pageOf(periodicReportSchema) },
      },
    },
    (request) => service.listReports(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/reports/:id",
    {
      config: { permission: "reports.read" },
      schema: {
        tags,
        summary:
          "报表详情：草稿与已退回为实时数据；已提交、已通过为提交时的快照，并列出此后实时数据已变化的指标",
        params: idParams,
        response: { 200: periodicReportDetailSchema },
      },
    },
    (request) => service.getReport(ctx, userOf(request), request.params.id),
  );

  api.get(
    "/api/reports/:id/export",
    {
      config: { permission: "reports.read" },
      schema: { tags, summary: "导出报表（.xlsx，记入审计）", params: idParams },
    },
    (request, reply) => exportReport(ctx, userOf(request), request.params.id, request.ip, reply),
  );

  api.post(
    "/api/reports",
    {
      config: { permission: "reports.prepare", fieldLabels },
      schema: {
        tags,
        summary: "新建报表（区县社会工作部为本区县，市委社会工作部为任一区县；每个区县每个统计期一份）",
        body: createPeriodicReportBodySchema,
        response: { 201: periodicReportDetailSchema },
      },
    },
    async (request, reply) => {
      const created = await service.createReport(ctx, userOf(request), request.body, request.ip);
      return reply.status(201).send(created);
    },
  );

  api.put(
    "/api/reports/:id",
    {
      config: { permission: "reports.prepare", fieldLabels },
      schema: {
        tags,
        summary: "修改报表的总体情况、亮点、问题与建议（仅草稿或已退回时）",
        params: idParams,
        body: updatePeriodicReportBodySchema,
        response: { 200: periodicReportDetailSchema },
      },
    },
    (request) => service.updateReport(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  api.post(
    "/api/reports/:id/submit",
    {
      config: { permission: reportTransitions.submit.permission },
      schema: {
        tags,
        summary: "提交报表（草稿或已退回；提交时的数据留作快照）",
        params: idParams,
        response: { 200: periodicReportDetailSchema },
      },
    },
    (request) =>
      service.changeReportStatus(ctx, userOf(request), request.params.id, "submit", null, request.ip),
  );

  api.post(
    "/api/reports/:id/approve",
    {
      config: { permission: reportTransitions.approve.permission },
      schema: {
        tags,
        summary: "审核通过报表（已提交；通过后锁定）",
        params: idParams,
        response: { 200: periodicReportDetailSchema },
      },
    },
    (request) =>
      service.changeReportStatus(ctx, userOf(request), request.params.id, "approve", null, request.ip),
  );

  api.post(
    "/api/reports/:id/return",
    {
      config: { permission: reportTransitions.return.permission, fieldLabels },
      schema: {
        tags,
        summary: "退回报表（已提交；须填写退回原因）",
        params: idParams,
        body: returnPeriodicReportBodySchema,
        response: { 200: periodicReportDetailSchema },
      },
    },
    (request) =>
      service.changeReportStatus(
        ctx,
        userOf(request),
        request.params.id,
        "return",
        request.body.reason,
        request.ip,
      ),
  );
}
