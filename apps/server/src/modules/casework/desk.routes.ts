import {
  caseworkSettingsAnswerSchema,
  caseworkSettingsFieldLabels,
  caseworkSettingsSchema,
  completeFollowUpBodySchema,
  deskSchema,
  followUpDetailSchema,
  followUpListQuerySchema,
  followUpSchema,
  pageOf,
  scheduleFollowUpBodySchema,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import { readSettings, updateSettings } from "./caseworkSettings.service.ts";
import { deskOf } from "./desk.service.ts";
import * as followUps from "./followUps.service.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });
const settingsQuery = z.object({
  regionCode: z
    .string()
    .regex(/^\d{12}$/, "区划代码应为 12 位数字")
    .optional(),
});

/** The worker's desk (/api/desk), follow-ups (/api/follow-ups) and casework's settings. */
export function registerDeskRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: "cases.read", fieldLabels: caseworkSettingsFieldLabels } as const;
  const manage = { permission: "cases.manage", fieldLabels: caseworkSettingsFieldLabels } as const;

  api.get(
    "/api/desk",
    {
      config: read,
      schema: {
        tags: ["desk 我的工作台"],
        summary: "我的工作台：我的个案（按阶段）、超期阶段、待我审批、待接收的移交、到期回访",
        response: { 200: deskSchema },
      },
    },
    (request) => deskOf(ctx, userOf(request)),
  );

  const tags = ["follow-ups 回访"];
  api.get(
    "/api/follow-ups",
    {
      config: read,
      schema: {
        tags,
        summary: "回访列表（到期、逾期、已完成；随个案的可见范围）",
        querystring: followUpListQuerySchema,
        response: { 200: pageOf(followUpSchema) },
      },
    },
    (request) => followUps.listFollowUps(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/follow-ups/:id",
    {
      config: read,
      schema: {
        tags,
        summary: "回访详情（含回访计划与情况，查看留痕）",
        params: idParams,
        response: { 200: followUpDetailSchema },
      },
    },
    (request) => followUps.getFollowUp(ctx, userOf(request), request.params.id, request.ip),
  );

  api.post(
    "/api/follow-ups",
    {
      config: manage,
      schema: {
        tags,
        summary: "为已结案个案安排回访（负责社工或社工站负责人）",
        body: scheduleFollowUpBodySchema,
        response: { 201: followUpDetailSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await followUps.scheduleFollowUp(ctx, userOf(request), request.body, request.ip)),
  );

  api.post(
    "/api/follow-ups/:id/complete",
    {
      config: manage,
      schema: {
        tags,
        summary: "完成回访：方式、结果与情况",
        params: idParams,
        body: completeFollowUpBodySchema,
        response: { 200: followUpDetailSchema },
      },
    },
    (request) =>
      followUps.completeFollowUp(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  api.get(
    "/api/casework/settings",
    {
      config: read,
      schema: {
        tags: ["casework settings 个案工作设置"],
        summary: "个案工作设置（区县或全市；未设置时沿用上级或默认值）",
        querystring: settingsQuery,
        response: { 200: caseworkSettingsAnswerSchema },
      },
    },
    (request) => readSettings(ctx, userOf(request), request.query.regionCode),
  );

  api.put(
    "/api/casework/settings",
    {
      config: { permission: "cases.configure", fieldLabels: caseworkSettingsFieldLabels },
      schema: {
        tags: ["casework settings 个案工作设置"],
        summary: "修改个案工作设置：各阶段时限、可重开期限、高风险对象探访间隔",
        querystring: settingsQuery,
        body: caseworkSettingsSchema,
        response: { 200: caseworkSettingsAnswerSchema },
      },
    },
    (request) => updateSettings(ctx, userOf(request), request.query.regionCode, request.body, request.ip),
  );
}
