import {
  createSocialOrganizationBodySchema,
  pageOf,
  socialOrganizationDetailSchema,
  socialOrganizationExportQuerySchema,
  socialOrganizationFieldLabels,
  socialOrganizationHistorySchema,
  socialOrganizationListQuerySchema,
  socialOrganizationSchema,
  updateSocialOrganizationBodySchema,
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
import { exportSocialOrganizations } from "./socialOrganizations.export.ts";
import { importSocialOrganizations, organizationTemplate } from "./socialOrganizations.import.ts";
import * as service from "./socialOrganizations.service.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });

/**
 * /api/social-organizations: thin handlers. Create and edit are open to every registry reader at
 * the route and decided by the policy (organizations.manage, or the override permission for a
 * credit code whose check fails), because one of two permissions suffices.
 */
// District officers manage organizations; the system admin only records a credit code whose
// check digit fails (with a reason) — the service's policy tells the two apart.
const manageOrOverride = { anyOf: ["organizations.manage", "organizations.override_credit_code"] } as const;

export function registerSocialOrganizationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["socialOrganizations 社会组织"];
  const fieldLabels = socialOrganizationFieldLabels;

  api.get(
    "/api/social-organizations",
    {
      config: { permission: "registries.read", fieldLabels },
      schema: {
        tags,
        summary: "社会组织列表（管辖范围内；q 按名称、拼音、首字母或信用代码前缀搜索）",
        querystring: socialOrganizationListQuerySchema,
        response: { 200: pageOf(socialOrganizationSchema) },
      },
    },
    (request) => service.listSocialOrganizations(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/social-organizations/template",
    {
      config: { permission: "registries.import" },
      schema: { tags, summary: "社会组织导入模板（重复导入按统一社会信用代码更新）" },
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        "社会组织导入模板.xlsx",
        await organizationTemplate(await templateRegionsOf(ctx.db, userOf(request))),
      ),
  );

  registerImportRoute(app, ctx, {
    url: "/api/social-organizations/import",
    tags,
    summary:
      "导入社会组织（请求体为 .xlsx；按统一社会信用代码新增或更新；另需 organizations.manage 权限；返回后台任务）",
    permission: { allOf: ["registries.import", "organizations.manage"] },
    kind: "socialOrganizations.import",
    run: importSocialOrganizations,
  });

  api.get(
    "/api/social-organizations/export",
    {
      config: { permission: "registries.export", fieldLabels },
      schema: {
        tags,
        summary: "导出当前筛选的社会组织（.xlsx，流式，记入审计）",
        querystring: socialOrganizationExportQuerySchema,
      },
    },
    (request, reply) => exportSocialOrganizations(ctx, userOf(request), request.query, request.ip, reply),
  );

  api.get(
    "/api/social-organizations/:id",
    {
      config: { permission: "registries.read" },
      schema: {
        tags,
        summary: "社会组织详情（含登记的社会工作者和运营的平台）",
        params: idParams,
        response: { 200: socialOrganizationDetailSchema },
      },
    },
    (request) => service.getSocialOrganization(ctx, userOf(request), request.params.id),
  );

  api.get(
    "/api/social-organizations/:id/history",
    {
      config: { permission: "registries.read" },
      schema: {
        tags,
        summary: "社会组织变更记录",
        params: idParams,
        response: { 200: socialOrganizationHistorySchema },
      },
    },
    (request) => service.socialOrganizationHistory(ctx, userOf(request), request.params.id),
  );

  api.post(
    "/api/social-organizations",
    {
      config: { permission: manageOrOverride, fieldLabels },
      schema: {
        tags,
        summary:
          "新增社会组织（需 organizations.manage；校验位未通过的代码需 organizations.override_credit_code 并填写理由）",
        body: createSocialOrganizationBodySchema,
        response: { 201: socialOrganizationDetailSchema },
      },
    },
    async (request, reply) => {
      const created = await service.createSocialOrganization(ctx, userOf(request), request.body, request.ip);
      return reply.status(201).send(created);
    },
  );

  api.patch(
    "/api/social-organizations/:id",
    {
      config: { permission: manageOrOverride, fieldLabels },
      schema: {
        tags,
        summary: "修改社会组织",
        params: idParams,
        body: updateSocialOrganizationBodySchema,
        response: { 200: socialOrganizationDetailSchema },
      },
    },
    (request) =>
      service.updateSocialOrganization(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  registerBulkActivationRoutes(app, ctx, {
    base: "/api/social-organizations",
    tags,
    what: "社会组织",
    permission: "organizations.manage",
    target: service.organizationActivation,
  });

  for (const [path, isActive, summary] of [
    ["deactivate", false, "停用社会组织（不删除）"],
    ["activate", true, "重新启用社会组织"],
  ] as const) {
    api.post(
      `/api/social-organizations/:id/${path}`,
      {
        config: { permission: "organizations.manage" },
        schema: { tags, summary, params: idParams, response: { 200: socialOrganizationDetailSchema } },
      },
      (request) =>
        service.setSocialOrganizationActive(ctx, userOf(request), request.params.id, isActive, request.ip),
    );
  }
}
