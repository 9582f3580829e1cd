import {
  budgetLineBodySchema,
  createProjectBodySchema,
  expenditureBodySchema,
  fundingSummaryQuerySchema,
  fundingSummarySchema,
  pageOf,
  projectDetailSchema,
  projectFieldLabels,
  projectListQuerySchema,
  projectProgressBodySchema,
  projectSchema,
  projectTransitionBodySchema,
  receiptBodySchema,
  reverseEntryBodySchema,
  updateBudgetLineBodySchema,
  updateProjectBodySchema,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import * as funds from "./projectFunds.service.ts";
import * as service from "./projects.service.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });
const entryParams = idParams.extend({ entryId: z.coerce.number().int().positive() });

/**
 * Routes of 项目与资金. Reading needs projects.read; the lifecycle step's own permission
 * (projects.manage or projects.approve) is checked against the step; money needs funds.record.
 */
export function registerProjectRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["projects 项目与资金"];
  const labels = { fieldLabels: projectFieldLabels } as const;
  const read = { permission: "projects.read", ...labels } as const;
  const manage = { permission: "projects.manage", ...labels } as const;
  const decide = { permission: { anyOf: ["projects.manage", "projects.approve"] }, ...labels } as const;
  const record = { permission: "funds.record", ...labels } as const;
  const detail = { 200: projectDetailSchema };
  const created = { 201: projectDetailSchema };

  api.get(
    "/api/projects",
    {
      config: read,
      schema: {
        tags,
        summary: "项目列表（按区划、类型、状态筛选；按名称搜索）",
        querystring: projectListQuerySchema,
        response: { 200: pageOf(projectSchema) },
      },
    },
    (request) => service.listProjects(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/projects/funding-summary",
    {
      config: read,
      schema: {
        tags,
        summary: "区域资金概况（立项后项目：按来源的预算与到账、政府资金占比、执行率；金额单位：分）",
        querystring: fundingSummaryQuerySchema,
        response: { 200: fundingSummarySchema },
      },
    },
    (request) => funds.fundingSummary(ctx, userOf(request), request.query.regionCode),
  );

  api.get(
    "/api/projects/:id",
    {
      config: read,
      schema: {
        tags,
        summary: "项目详情（目标、里程碑、预算科目、到账、支出、可执行操作）",
        params: idParams,
        response: detail,
      },
    },
    (request) => service.getProject(ctx, userOf(request), request.params.id),
  );

  api.post(
    "/api/projects",
    {
      config: manage,
      schema: { tags, summary: "新建项目（申报中）", body: createProjectBodySchema, response: created },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createProject(ctx, userOf(request), request.body, request.ip)),
  );

  api.patch(
    "/api/projects/:id",
    {
      config: manage,
      schema: {
        tags,
        summary: "修改项目（申报中或已退回）",
        params: idParams,
        body: updateProjectBodySchema,
        response: detail,
      },
    },
    (request) => service.updateProject(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  api.post(
    "/api/projects/:id/transitions",
    {
      config: decide,
      schema: {
        tags,
        summary: "项目流转：提交申报、审核通过、退回（须填原因）、立项、开始实施、中期评估、结项、终期评估",
        params: idParams,
        body: projectTransitionBodySchema,
        response: detail,
      },
    },
    (request) =>
      service.transitionProject(
        ctx,
        userOf(request),
        request.params.id,
        request.body.action,
        request.body.form,
        request.ip,
      ),
  );

  api.post(
    "/api/projects/:id/progress",
    {
      config: manage,
      schema: {
        tags,
        summary: "登记进展：指标完成值（附佐证说明）、里程碑完成日期",
        params: idParams,
        body: projectProgressBodySchema,
        response: detail,
      },
    },
    (request) => service.recordProgress(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  api.post(
    "/api/projects/:id/budget-lines",
    {
      config: decide,
      schema: {
        tags,
        summary: "新增预算科目（资金来源 × 类别；金额单位：分）",
        params: idParams,
        body: budgetLineBodySchema,
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await funds.addBudgetLine(ctx, userOf(request), request.params.id, request.body, request.ip)),
  );

  api.patch(
    "/api/projects/:id/budget-lines/:entryId",
    {
      config: decide,
      schema: {
        tags,
        summary: "调整预算科目金额（须填原因；不能低于已支出）",
        params: entryParams,
        body: updateBudgetLineBodySchema,
        response: detail,
      },
    },
    (request) =>
      funds.updateBudgetLine(
        ctx,
        userOf(request),
        request.params.id,
        request.params.entryId,
        request.body,
        request.ip,
      ),
  );

  api.post(
    "/api/projects/:id/receipts",
    {
      config: record,
      schema: {
        tags,
        summary: "登记到账（日期、来源、金额（分）、拨付方）",
        params: idParams,
        body: receiptBodySchema,
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await funds.recordReceipt(ctx, userOf(request), request.params.id, request.body, request.ip)),
  );

  api.post(
    "/api/projects/:id/receipts/:entryId/reverse",
    {
      config: record,
      schema: {
        tags,
        summary: "冲销一笔到账（登记一笔负数到账，须填原因；原记录不删除）",
        params: entryParams,
        body: reverseEntryBodySchema,
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await funds.reverseReceipt(
            ctx,
            userOf(request),
            request.params.id,
            request.params.entryId,
            request.body.reason,
            request.ip,
          ),
        ),
  );

  api.post(
    "/api/projects/:id/expenditures",
    {
      config: record,
      schema: {
        tags,
        summary: "登记支出（超出预算科目时拒绝，除非有超支权限并填写原因）",
        params: idParams,
        body: expenditureBodySchema,
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await funds.recordExpenditure(ctx, userOf(request), request.params.id, request.body, request.ip),
        ),
  );

  api.post(
    "/api/projects/:id/expenditures/:entryId/reverse",
    {
      config: record,
      schema: {
        tags,
        summary: "冲销一笔支出（登记一笔负数支出，须填原因；原记录不删除）",
        params: entryParams,
        body: reverseEntryBodySchema,
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await funds.reverseExpenditure(
            ctx,
            userOf(request),
            request.params.id,
            request.params.entryId,
            request.body.reason,
            request.ip,
          ),
        ),
  );
}
