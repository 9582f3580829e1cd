import {
  clientConsentSchema,
  clientDetailSchema,
  clientExportQuerySchema,
  clientFieldLabels,
  clientHistorySchema,
  clientListQuerySchema,
  clientRevealBodySchema,
  clientRevealResultSchema,
  clientSchema,
  createClientBodySchema,
  pageOf,
  recordClientConsentBodySchema,
  updateClientBodySchema,
  withdrawClientConsentBodySchema,
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
import type { ModuleHost } from "../../platform/serverModule.ts";
import * as consents from "./clientConsents.service.ts";
import { registerClientDuplicateRoutes } from "./clientDuplicates.routes.ts";
import { exportClients } from "./clients.export.ts";
import { clientsTemplate, importClients } from "./clients.import.ts";
import * as service from "./clients.service.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });
const consentParams = idParams.extend({ consentId: z.coerce.number().int().positive() });

/**
 * Routes of the clients registry (服务对象). Reading needs clients.read, which a leader lacks:
 * a leader sees aggregates only, never a client's name.
 */
export function registerClientRoutes(app: FastifyInstance, ctx: AppContext, host: ModuleHost): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["clients 服务对象"];
  const read = { permission: "clients.read", fieldLabels: clientFieldLabels } as const;
  const manage = { permission: "clients.manage", fieldLabels: clientFieldLabels } as const;

  api.get(
    "/api/clients",
    {
      config: read,
      schema: {
        tags,
        summary: "服务对象列表（按区划、类别、风险等级、紧急标记筛选；按姓名、全拼、首字母或身份证号搜索）",
        querystring: clientListQuerySchema,
        response: { 200: pageOf(clientSchema) },
      },
    },
    (request) => service.listClients(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/clients/template",
    {
      config: { permission: { allOf: ["registries.import", "clients.manage"] } },
      schema: { tags, summary: "服务对象导入模板（.xlsx，含类别、性别、风险等级可选值与区划代码表）" },
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        "服务对象导入模板.xlsx",
        await clientsTemplate(await templateRegionsOf(ctx.db, userOf(request))),
      ),
  );

  registerImportRoute(app, ctx, {
    url: "/api/clients/import",
    tags,
    summary:
      "导入服务对象（请求体为 .xlsx 文件；身份证号已登记或文件内重复的行为错误；同名、同出生日期、同社区的行照常保存，列入疑似重复并在结果的 warnings 中列出；另需 clients.manage 权限；返回后台任务，结果见 GET /api/jobs/:id）",
    permission: { allOf: ["registries.import", "clients.manage"] },
    kind: "clients.import",
    run: importClients,
  });

  api.get(
    "/api/clients/export",
    {
      // registries.export alone would let the leader (aggregates only) take the names away.
      config: {
        permission: { allOf: ["registries.export", "clients.read"] },
        fieldLabels: clientFieldLabels,
      },
      schema: {
        tags,
        summary: "导出当前筛选的服务对象（.xlsx；默认脱敏，unmasked=true 需“导出完整个人信息”权限）",
        querystring: clientExportQuerySchema,
      },
    },
    (request, reply) => exportClients(ctx, userOf(request), request.query, request.ip, reply),
  );

  api.get(
    "/api/clients/:id",
    {
      config: read,
      schema: {
        tags,
        summary: "服务对象详情（含同意记录、疑似重复与可执行操作）",
        params: idParams,
        response: { 200: clientDetailSchema },
      },
    },
    (request) => service.getClient(ctx, userOf(request), request.params.id),
  );

  api.get(
    "/api/clients/:id/history",
    {
      config: read,
      schema: { tags, summary: "服务对象变更记录", params: idParams, response: { 200: clientHistorySchema } },
    },
    (request) => service.clientHistory(ctx, userOf(request), request.params.id),
  );

  api.post(
    "/api/clients",
    {
      config: manage,
      schema: {
        tags,
        summary: "登记服务对象（疑似重复时仍保存，并在 possibleDuplicates 中列出；身份证号重复则拒绝）",
        body: createClientBodySchema,
        response: { 201: clientDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createClient(ctx, userOf(request), request.body, request.ip)),
  );

  api.patch(
    "/api/clients/:id",
    {
      config: manage,
      schema: {
        tags,
        summary: "修改服务对象",
        params: idParams,
        body: updateClientBodySchema,
        response: { 200: clientDetailSchema },
      },
    },
    (request) => service.updateClient(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  registerBulkActivationRoutes(app, ctx, {
    base: "/api/clients",
    tags,
    what: "服务对象",
    permission: "clients.manage",
    target: service.clientActivation,
  });

  for (const [path, isActive, verb] of [
    ["deactivate", false, "停用"],
    ["activate", true, "启用"],
  ] as const) {
    api.post(
      `/api/clients/:id/${path}`,
      {
        config: manage,
        schema: { tags, summary: `${verb}服务对象`, params: idParams, response: { 200: clientDetailSchema } },
      },
      (request) => service.setClientActive(ctx, userOf(request), request.params.id, isActive, request.ip),
    );
  }

  api.post(
    "/api/clients/:id/reveal",
    {
      config: { permission: "personal.reveal", fieldLabels: clientFieldLabels },
      schema: {
        tags,
        summary: "查看完整身份证号、手机号或住址（需“查看完整个人信息”权限，记录审计日志）",
        params: idParams,
        body: clientRevealBodySchema,
        response: { 200: clientRevealResultSchema },
      },
    },
    (request) =>
      service.revealClientField(ctx, userOf(request), request.params.id, request.body.field, request.ip),
  );

  api.post(
    "/api/clients/:id/consents",
    {
      config: manage,
      schema: {
        tags,
        summary: "记录同意（接受服务、信息共享、转介；未满 14 周岁须由监护人同意）",
        params: idParams,
        body: recordClientConsentBodySchema,
        response: { 201: z.array(clientConsentSchema) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await consents.recordConsent(ctx, userOf(request), request.params.id, request.body, request.ip),
        ),
  );

  api.post(
    "/api/clients/:id/consents/:consentId/withdraw",
    {
      config: manage,
      schema: {
        tags,
        summary: "撤回同意（保留记录与撤回日期）",
        params: consentParams,
        body: withdrawClientConsentBodySchema,
        response: { 200: z.array(clientConsentSchema) },
      },
    },
    (request) =>
      consents.withdrawConsent(
        ctx,
        userOf(request),
        request.params.id,
        request.params.consentId,
        request.body,
        request.ip,
      ),
  );

  registerClientDuplicateRoutes(app, ctx, host);
}
