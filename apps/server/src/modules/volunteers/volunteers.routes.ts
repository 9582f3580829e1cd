import {
  createVolunteerBodySchema,
  pageOf,
  updateVolunteerBodySchema,
  volunteerDetailSchema,
  volunteerExportQuerySchema,
  volunteerFieldLabels,
  volunteerHistorySchema,
  volunteerListQuerySchema,
  volunteerRevealBodySchema,
  volunteerRevealResultSchema,
  volunteerSchema,
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
import { registerVolunteerHoursRoutes } from "./volunteerHours.routes.ts";
import { exportVolunteers } from "./volunteers.export.ts";
import { importVolunteers, volunteersTemplate } from "./volunteers.import.ts";
import * as service from "./volunteers.service.ts";
import { registerVolunteerTeamRoutes } from "./volunteerTeams.routes.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });

/** Routes of the volunteers registry: volunteers here, the hours ledger and teams in their own files. */
export function registerVolunteerRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["volunteers 志愿者"];
  const read = { permission: "registries.read", fieldLabels: volunteerFieldLabels } as const;
  const manage = { permission: "volunteers.manage", fieldLabels: volunteerFieldLabels } as const;

  api.get(
    "/api/volunteers",
    {
      config: read,
      schema: {
        tags,
        summary: "志愿者列表（按区划、队伍、技能、星级筛选；按姓名、全拼、首字母、志愿者编号或身份证号搜索）",
        querystring: volunteerListQuerySchema,
        response: { 200: pageOf(volunteerSchema) },
      },
    },
    (request) => service.listVolunteers(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/volunteers/template",
    { config: { permission: "registries.import" }, schema: { tags, summary: "志愿者导入模板（.xlsx）" } },
    async (request, reply) =>
      sendXlsx(
        reply,
        "志愿者导入模板.xlsx",
        await volunteersTemplate(await templateRegionsOf(ctx.db, userOf(request))),
      ),
  );

  registerImportRoute(app, ctx, {
    url: "/api/volunteers/import",
    tags,
    summary:
      "导入志愿者（请求体为 .xlsx 文件；按身份证号更新已登记的志愿者，不会重复创建；另需 volunteers.manage 权限；返回后台任务，结果见 GET /api/jobs/:id）",
    permission: { allOf: ["registries.import", "volunteers.manage"] },
    kind: "volunteers.import",
    run: importVolunteers,
  });

  api.get(
    "/api/volunteers/export",
    {
      config: { permission: "registries.export", fieldLabels: volunteerFieldLabels },
      schema: {
        tags,
        summary: "导出当前筛选的志愿者（.xlsx；默认脱敏，unmasked=true 需“导出完整个人信息”权限）",
        querystring: volunteerExportQuerySchema,
      },
    },
    (request, reply) => exportVolunteers(ctx, userOf(request), request.query, request.ip, reply),
  );

  api.get(
    "/api/volunteers/:id",
    {
      config: read,
      schema: {
        tags,
        summary: "志愿者详情（含时长余额、星级与可执行操作）",
        params: idParams,
        response: { 200: volunteerDetailSchema },
      },
    },
    (request) => service.getVolunteer(ctx, userOf(request), request.params.id),
  );

  api.get(
    "/api/volunteers/:id/history",
    {
      config: read,
      schema: {
        tags,
        summary: "志愿者变更记录",
        params: idParams,
        response: { 200: volunteerHistorySchema },
      },
    },
    (request) => service.volunteerHistory(ctx, userOf(request), request.params.id),
  );

  api.post(
    "/api/volunteers",
    {
      config: manage,
      schema: {
        tags,
        summary: "登记志愿者（不填编号时自动生成 NB+区县代码+顺序号）",
        body: createVolunteerBodySchema,
        response: { 201: volunteerDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createVolunteer(ctx, userOf(request), request.body, request.ip)),
  );

  api.patch(
    "/api/volunteers/:id",
    {
      config: manage,
      schema: {
        tags,
        summary: "修改志愿者（teamIds 替换所属队伍）",
        params: idParams,
        body: updateVolunteerBodySchema,
        response: { 200: volunteerDetailSchema },
      },
    },
    (request) => service.updateVolunteer(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  registerBulkActivationRoutes(app, ctx, {
    base: "/api/volunteers",
    tags,
    what: "志愿者",
    permission: "volunteers.manage",
    target: service.volunteerActivation,
  });

  api.post(
    "/api/volunteers/:id/deactivate",
    {
      config: manage,
      schema: { tags, summary: "停用志愿者", params: idParams, response: { 200: volunteerDetailSchema } },
    },
    (request) => service.setVolunteerActive(ctx, userOf(request), request.params.id, false, request.ip),
  );

  api.post(
    "/api/volunteers/:id/activate",
    {
      config: manage,
      schema: { tags, summary: "启用志愿者", params: idParams, response: { 200: volunteerDetailSchema } },
    },
    (request) => service.setVolunteerActive(ctx, userOf(request), request.params.id, true, request.ip),
  );

  api.post(
    "/api/volunteers/:id/reveal",
    {
      config: { permission: "personal.reveal", fieldLabels: volunteerFieldLabels },
      schema: {
        tags,
        summary: "查看完整身份证号或手机号（需“查看完整个人信息”权限，记录审计日志）",
        params: idParams,
        body: volunteerRevealBodySchema,
        response: { 200: volunteerRevealResultSchema },
      },
    },
    (request) =>
      service.revealVolunteerField(ctx, userOf(request), request.params.id, request.body.field, request.ip),
  );

  registerVolunteerHoursRoutes(app, ctx);
  registerVolunteerTeamRoutes(app, ctx);
}
