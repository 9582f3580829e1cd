import {
  auditEntrySchema,
  createEducationHoursBodySchema,
  createSocialWorkerBodySchema,
  educationHoursFieldLabels,
  educationHoursListSchema,
  employerOptionSchema,
  employerOptionsQuerySchema,
  ledgerCorrectionFieldLabels,
  pageOf,
  revealedFieldSchema,
  revealSocialWorkerFieldBodySchema,
  reverseLedgerEntryBodySchema,
  socialWorkerDetailSchema,
  socialWorkerExportQuerySchema,
  socialWorkerFieldLabels,
  socialWorkerListQuerySchema,
  socialWorkerSchema,
  updateSocialWorkerBodySchema,
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
import * as education from "./socialWorkerEducation.service.ts";
import { exportSocialWorkers } from "./socialWorkers.export.ts";
import { importSocialWorkers, socialWorkersTemplate } from "./socialWorkers.import.ts";
import * as service from "./socialWorkers.service.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });
const entryParams = idParams.extend({ entryId: z.coerce.number().int().positive() });

/** /api/social-workers: thin handlers (validate → service → answer); rules live in the service and policy. */
export function registerSocialWorkerRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["socialWorkers 社会工作者"];
  const labels = socialWorkerFieldLabels;
  const read = { permission: "registries.read", fieldLabels: labels } as const;
  const manage = { permission: "workers.manage", fieldLabels: labels } as const;

  api.get(
    "/api/social-workers",
    {
      config: read,
      schema: {
        tags,
        summary:
          "社会工作者列表（管辖范围内；按区划、资格等级、持证、高层次、复合型、登记到期等筛选；按姓名/拼音/首字母搜索）",
        querystring: socialWorkerListQuerySchema,
        response: { 200: pageOf(socialWorkerSchema) },
      },
    },
    (request) => service.listSocialWorkers(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/social-workers/template",
    {
      config: { permission: "registries.import" },
      schema: { tags, summary: "社会工作者导入模板（含填写说明；按身份证号更新已有记录）" },
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        "社会工作者导入模板.xlsx",
        await socialWorkersTemplate(await templateRegionsOf(ctx.db, userOf(request))),
      ),
  );

  registerImportRoute(app, ctx, {
    url: "/api/social-workers/import",
    tags,
    summary:
      "导入社会工作者（请求体为 .xlsx 文件；按身份证号更新已有记录，否则新增；另需 workers.manage 权限；返回后台任务，结果见 GET /api/jobs/:id）",
    permission: { allOf: ["registries.import", "workers.manage"] },
    kind: "socialWorkers.import",
    run: importSocialWorkers,
  });

  api.get(
    "/api/social-workers/export",
    {
      config: { permission: "registries.export", fieldLabels: labels },
      schema: {
        tags,
        summary:
          "导出当前筛选的社会工作者（.xlsx；默认脱敏，unmasked=true 需 personal.export 权限；记录审计）",
        querystring: socialWorkerExportQuerySchema,
      },
    },
    (request, reply) => exportSocialWorkers(ctx, userOf(request), request.query, request.ip, reply),
  );

  api.get(
    "/api/social-workers/employer-options",
    {
      config: read,
      schema: {
        tags,
        summary: "可选的工作单位（管辖范围内已启用的服务平台、社会组织或社会工作部门）",
        querystring: employerOptionsQuerySchema,
        response: { 200: z.array(employerOptionSchema) },
      },
    },
    (request) => service.employerOptions(ctx, userOf(request), request.query.kind, request.query.q),
  );

  api.get(
    "/api/social-workers/:id",
    {
      config: read,
      schema: {
        tags,
        summary: "社会工作者详情（含派生指标与当前用户可执行的操作）",
        params: idParams,
        response: { 200: socialWorkerDetailSchema },
      },
    },
    (request) => service.getSocialWorker(ctx, userOf(request), request.params.id),
  );

  api.get(
    "/api/social-workers/:id/history",
    {
      config: read,
      schema: { tags, summary: "变更记录", params: idParams, response: { 200: z.array(auditEntrySchema) } },
    },
    (request) => service.socialWorkerHistory(ctx, userOf(request), request.params.id),
  );

  api.post(
    "/api/social-workers",
    {
      config: manage,
      schema: {
        tags,
        summary:
          "新增社会工作者（性别、出生日期由身份证号得出；所属区划为工作单位所在区划；身份证号重复时返回 409）",
        body: createSocialWorkerBodySchema,
        response: { 201: socialWorkerDetailSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createSocialWorker(ctx, userOf(request), request.body, request.ip)),
  );

  api.patch(
    "/api/social-workers/:id",
    {
      config: manage,
      schema: {
        tags,
        summary: "修改社会工作者",
        params: idParams,
        body: updateSocialWorkerBodySchema,
        response: { 200: socialWorkerDetailSchema },
      },
    },
    (request) =>
      service.updateSocialWorker(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  registerBulkActivationRoutes(app, ctx, {
    base: "/api/social-workers",
    tags,
    what: "社会工作者",
    permission: "workers.manage",
    target: service.socialWorkerActivation,
  });

  api.post(
    "/api/social-workers/:id/deactivate",
    {
      config: manage,
      schema: {
        tags,
        summary: "停用社会工作者",
        params: idParams,
        response: { 200: socialWorkerDetailSchema },
      },
    },
    (request) => service.setSocialWorkerActive(ctx, userOf(request), request.params.id, false, request.ip),
  );

  api.post(
    "/api/social-workers/:id/activate",
    {
      config: manage,
      schema: {
        tags,
        summary: "启用社会工作者",
        params: idParams,
        response: { 200: socialWorkerDetailSchema },
      },
    },
    (request) => service.setSocialWorkerActive(ctx, userOf(request), request.params.id, true, request.ip),
  );

  api.post(
    "/api/social-workers/:id/reveal",
    {
      config: { permission: "personal.reveal", fieldLabels: labels },
      schema: {
        tags,
        summary: "查看完整的身份证号或手机号（记录审计）",
        params: idParams,
        body: revealSocialWorkerFieldBodySchema,
        response: { 200: revealedFieldSchema },
      },
    },
    (request) =>
      service.revealSocialWorkerField(
        ctx,
        userOf(request),
        request.params.id,
        request.body.field,
        request.ip,
      ),
  );

  api.get(
    "/api/social-workers/:id/education-hours",
    {
      config: read,
      schema: {
        tags,
        summary: "继续教育学时记录与本周期完成情况（学历教育每项计 90 学时）",
        params: idParams,
        response: { 200: educationHoursListSchema },
      },
    },
    (request) => education.listEducationHours(ctx, userOf(request), request.params.id),
  );

  api.post(
    "/api/social-workers/:id/education-hours",
    {
      config: { permission: "workers.manage", fieldLabels: educationHoursFieldLabels },
      schema: {
        tags,
        summary:
          "登记继续教育学时（手工录入，记录审计）：kind=training 为培训，按填写的学时计；kind=degree 为学历教育（本周期内取得学历/学位），不填学时，计 90 学时",
        params: idParams,
        body: createEducationHoursBodySchema,
        response: { 201: educationHoursListSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await education.addEducationHours(
            ctx,
            userOf(request),
            request.params.id,
            request.body,
            request.ip,
          ),
        ),
  );

  api.post(
    "/api/social-workers/:id/education-hours/:entryId/reversal",
    {
      config: { permission: "workers.manage", fieldLabels: ledgerCorrectionFieldLabels },
      schema: {
        tags,
        summary:
          "更正继续教育学时记录：新增一条类型相同、学时相反、注明更正理由的记录（原记录不改不删，两条都不再计入周期；每条只能更正一次，更正记录不能再更正）",
        params: entryParams,
        body: reverseLedgerEntryBodySchema,
        response: { 201: educationHoursListSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await education.reverseEducationHours(
            ctx,
            userOf(request),
            request.params.id,
            request.params.entryId,
            request.body,
            request.ip,
          ),
        ),
  );
}
