import {
  caseDetailSchema,
  caseEventSchema,
  caseExportQuerySchema,
  caseListQuerySchema,
  caseloadQuerySchema,
  caseloadRowSchema,
  caseResourceFieldLabels,
  caseSchema,
  caseTimelineQuerySchema,
  caseTransitionBodySchema,
  caseWorkerSchema,
  caseWorkersQuerySchema,
  openCaseBodySchema,
  pageOf,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import { exportCases } from "./cases.export.ts";
import * as service from "./cases.service.ts";
import { transitionCase } from "./cases.transitions.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });

/**
 * Routes of 个案 (cases). Reading needs cases.read, which a leader lacks (aggregates only); what
 * a user sees is caseVisibility's rule, and what they may do the shared state machine's.
 */
export function registerCaseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["cases 个案"];
  const read = { permission: "cases.read", fieldLabels: caseResourceFieldLabels } as const;

  api.get(
    "/api/cases",
    {
      config: read,
      schema: {
        tags,
        summary: "个案列表（按阶段、审批状态、区划、负责社工、逾期筛选；按个案编号或服务对象姓名搜索）",
        querystring: caseListQuerySchema,
        response: { 200: pageOf(caseSchema) },
      },
    },
    (request) => service.listCases(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/cases/export",
    {
      config: {
        permission: { allOf: ["registries.export", "cases.read"] },
        fieldLabels: caseResourceFieldLabels,
      },
      schema: {
        tags,
        summary: "导出当前筛选的个案（.xlsx，不含个案记录）",
        querystring: caseExportQuerySchema,
      },
    },
    (request, reply) => exportCases(ctx, userOf(request), request.query, request.ip, reply),
  );

  api.get(
    "/api/cases/caseload",
    {
      config: { permission: "cases.assign", fieldLabels: caseResourceFieldLabels },
      schema: {
        tags,
        summary: "社工个案负荷（各社工进行中的个案，按阶段；社工站负责人、督导、区市工作人员）",
        querystring: caseloadQuerySchema,
        response: { 200: z.array(caseloadRowSchema) },
      },
    },
    (request) => service.caseload(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/cases/workers",
    {
      config: read,
      schema: {
        tags,
        summary: "可分派或移交个案的社会工作者（个案所在街道、在岗）",
        querystring: caseWorkersQuerySchema,
        response: { 200: z.array(caseWorkerSchema) },
      },
    },
    (request) => service.caseWorkers(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/cases/:id",
    {
      config: read,
      schema: {
        tags,
        summary: "个案详情（含各表单最新内容与当前可执行的操作；查看个案记录记入审计日志）",
        params: idParams,
        response: { 200: caseDetailSchema },
      },
    },
    (request) => service.getCase(ctx, userOf(request), request.params.id, request.ip),
  );

  api.get(
    "/api/cases/:id/timeline",
    {
      config: read,
      schema: {
        tags,
        summary: "个案时间线（阶段变化与移交，最新在前）",
        params: idParams,
        querystring: caseTimelineQuerySchema,
        response: { 200: pageOf(caseEventSchema) },
      },
    },
    (request) => service.caseTimeline(ctx, userOf(request), request.params.id, request.query),
  );

  api.post(
    "/api/cases",
    {
      config: { permission: "cases.manage", fieldLabels: caseResourceFieldLabels },
      schema: {
        tags,
        summary: "为服务对象开案（编号按区、年顺序分配；社工开案即由本人负责）",
        body: openCaseBodySchema,
        response: { 201: caseDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.openCase(ctx, userOf(request), request.body, request.ip)),
  );

  api.post(
    "/api/cases/:id/transitions",
    {
      // Each action names its own permission in the shared machine (approve, assign …) as well.
      config: { permission: "cases.manage", fieldLabels: caseResourceFieldLabels },
      schema: {
        tags,
        summary:
          "个案流转：接案、预估、计划（提交、审批、退回）、介入、评估、结案（提交、审批、退回）、中止、恢复、转介、重开、分派、移交（接收、拒收）",
        params: idParams,
        body: caseTransitionBodySchema,
        response: { 200: caseDetailSchema },
      },
    },
    (request) => transitionCase(ctx, userOf(request), request.params.id, request.body, request.ip),
  );
}
