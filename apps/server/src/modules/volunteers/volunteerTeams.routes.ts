import {
  addVolunteerTeamMembersBodySchema,
  createVolunteerTeamBodySchema,
  pageOf,
  updateVolunteerTeamBodySchema,
  volunteerHistorySchema,
  volunteerTeamDetailSchema,
  volunteerTeamExportQuerySchema,
  volunteerTeamFieldLabels,
  volunteerTeamListQuerySchema,
  volunteerTeamMemberResultSchema,
  volunteerTeamSchema,
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
import { exportTeams } from "./volunteers.export.ts";
import { importVolunteerTeams, volunteerTeamsTemplate } from "./volunteerTeams.import.ts";
import * as service from "./volunteerTeams.service.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });
const memberParams = idParams.extend({ volunteerId: z.coerce.number().int().positive() });

/** Volunteer teams (志愿服务队): the registry's second list, and team membership. */
export function registerVolunteerTeamRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["volunteer-teams 志愿服务队"];
  const read = { permission: "registries.read", fieldLabels: volunteerTeamFieldLabels } as const;
  const manage = { permission: "volunteers.manage", fieldLabels: volunteerTeamFieldLabels } as const;

  api.get(
    "/api/volunteer-teams",
    {
      config: read,
      schema: {
        tags,
        summary: "志愿服务队列表（按区划、组织单位、状态筛选；按名称、全拼、首字母搜索）",
        querystring: volunteerTeamListQuerySchema,
        response: { 200: pageOf(volunteerTeamSchema) },
      },
    },
    (request) => service.listTeams(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/volunteer-teams/template",
    { config: { permission: "registries.import" }, schema: { tags, summary: "志愿服务队导入模板（.xlsx）" } },
    async (request, reply) =>
      sendXlsx(
        reply,
        "志愿服务队导入模板.xlsx",
        await volunteerTeamsTemplate(await templateRegionsOf(ctx.db, userOf(request))),
      ),
  );

  registerImportRoute(app, ctx, {
    url: "/api/volunteer-teams/import",
    tags,
    summary:
      "导入志愿服务队（请求体为 .xlsx 文件；同一区划内同名队伍再次导入时更新，不会重复创建；另需 volunteers.manage 权限；返回后台任务）",
    permission: { allOf: ["registries.import", "volunteers.manage"] },
    kind: "volunteer-teams.import",
    run: importVolunteerTeams,
  });

  api.get(
    "/api/volunteer-teams/export",
    {
      config: { permission: "registries.export", fieldLabels: volunteerTeamFieldLabels },
      schema: {
        tags,
        summary: "导出当前筛选的志愿服务队（.xlsx）",
        querystring: volunteerTeamExportQuerySchema,
      },
    },
    (request, reply) => exportTeams(ctx, userOf(request), request.query, request.ip, reply),
  );

  api.get(
    "/api/volunteer-teams/:id",
    {
      config: read,
      schema: {
        tags,
        summary: "志愿服务队详情（队员人数、时长与可执行操作；队员列表见 GET /api/volunteers?teamId=）",
        params: idParams,
        response: { 200: volunteerTeamDetailSchema },
      },
    },
    (request) => service.getTeam(ctx, userOf(request), request.params.id),
  );

  api.get(
    "/api/volunteer-teams/:id/history",
    {
      config: read,
      schema: {
        tags,
        summary: "志愿服务队变更记录",
        params: idParams,
        response: { 200: volunteerHistorySchema },
      },
    },
    (request) => service.teamHistory(ctx, userOf(request), request.params.id),
  );

  api.post(
    "/api/volunteer-teams",
    {
      config: manage,
      schema: {
        tags,
        summary: "新建志愿服务队",
        body: createVolunteerTeamBodySchema,
        response: { 201: volunteerTeamDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createTeam(ctx, userOf(request), request.body, request.ip)),
  );

  api.patch(
    "/api/volunteer-teams/:id",
    {
      config: manage,
      schema: {
        tags,
        summary: "修改志愿服务队",
        params: idParams,
        body: updateVolunteerTeamBodySchema,
        response: { 200: volunteerTeamDetailSchema },
      },
    },
    (request) => service.updateTeam(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  registerBulkActivationRoutes(app, ctx, {
    base: "/api/volunteer-teams",
    tags,
    what: "志愿服务队",
    permission: "volunteers.manage",
    target: service.teamActivation,
  });

  api.post(
    "/api/volunteer-teams/:id/deactivate",
    {
      config: manage,
      schema: {
        tags,
        summary: "停用志愿服务队",
        params: idParams,
        response: { 200: volunteerTeamDetailSchema },
      },
    },
    (request) => service.setTeamActive(ctx, userOf(request), request.params.id, false, request.ip),
  );

  api.post(
    "/api/volunteer-teams/:id/activate",
    {
      config: manage,
      schema: {
        tags,
        summary: "启用志愿服务队",
        params: idParams,
        response: { 200: volunteerTeamDetailSchema },
      },
    },
    (request) => service.setTeamActive(ctx, userOf(request), request.params.id, true, request.ip),
  );

  api.post(
    "/api/volunteer-teams/:id/members",
    {
      config: manage,
      schema: {
        tags,
        summary: "添加队员（逐个返回结果）",
        params: idParams,
        body: addVolunteerTeamMembersBodySchema,
        response: { 200: volunteerTeamMemberResultSchema },
      },
    },
    (request) =>
      service.addMembers(ctx, userOf(request), request.params.id, request.body.volunteerIds, request.ip),
  );

  api.delete(
    "/api/volunteer-teams/:id/members/:volunteerId",
    {
      config: manage,
      schema: { tags, summary: "移出队员", params: memberParams },
    },
    async (request, reply) => {
      await service.removeMember(
        ctx,
        userOf(request),
        request.params.id,
        request.params.volunteerId,
        request.ip,
      );
      return reply.status(204).send();
    },
  );
}
