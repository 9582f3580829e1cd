import {
  activityAttendanceBodySchema,
  activityCheckinLinkSchema,
  activityDetailSchema,
  activityExportQuerySchema,
  activityFieldLabels,
  activityListQuerySchema,
  activitySchema,
  activitySignupBodySchema,
  cancelActivityBodySchema,
  confirmActivityHoursBodySchema,
  createActivityBodySchema,
  pageOf,
  publicActivitySchema,
  publicCheckinBodySchema,
  publicCheckinQuerySchema,
  publicCheckinResultSchema,
  updateActivityBodySchema,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import { exportActivities } from "./activities.export.ts";
import * as service from "./activities.service.ts";
import * as checkin from "./activityCheckin.service.ts";
import * as signups from "./activitySignups.service.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });
const signupParams = idParams.extend({ signupId: z.coerce.number().int().positive() });

/**
 * Routes of 小组/社区活动 and their volunteer recruitment. Reading needs activities.read,
 * organizing activities.manage; the QR check-in page's two routes are public (the token is the
 * credential) and rate-limited.
 */
export function registerActivityRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["activities 活动"];
  const read = { permission: "activities.read", fieldLabels: activityFieldLabels } as const;
  const manage = { permission: "activities.manage", fieldLabels: activityFieldLabels } as const;
  const detail = { 200: activityDetailSchema };

  api.get(
    "/api/activities",
    {
      config: read,
      schema: {
        tags,
        summary: "活动列表（按区划、状态、形式、领域、日期、是否招募中筛选；按名称搜索）",
        querystring: activityListQuerySchema,
        response: { 200: pageOf(activitySchema) },
      },
    },
    (request) => service.listActivities(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/activities/export",
    {
      config: {
        permission: { allOf: ["registries.export", "activities.read"] },
        fieldLabels: activityFieldLabels,
      },
      schema: {
        tags,
        summary: "导出当前筛选的活动（.xlsx；只含人数，不含参与者与志愿者姓名）",
        querystring: activityExportQuerySchema,
      },
    },
    (request, reply) => exportActivities(ctx, userOf(request), request.query, request.ip, reply),
  );

  api.get(
    "/api/activities/:id",
    {
      config: read,
      schema: {
        tags,
        summary: "活动详情（参与者、志愿者报名、签到签退、可执行操作）",
        params: idParams,
        response: detail,
      },
    },
    (request) => service.getActivity(ctx, userOf(request), request.params.id),
  );

  api.post(
    "/api/activities",
    {
      config: manage,
      schema: {
        tags,
        summary: "新建活动（草稿）",
        body: createActivityBodySchema,
        response: { 201: activityDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createActivity(ctx, userOf(request), request.body, request.ip)),
  );

  api.patch(
    "/api/activities/:id",
    {
      config: manage,
      schema: {
        tags,
        summary: "修改活动（含活动小结、满意度）",
        params: idParams,
        body: updateActivityBodySchema,
        response: detail,
      },
    },
    (request) => service.updateActivity(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  api.post(
    "/api/activities/:id/publish",
    {
      config: manage,
      schema: { tags, summary: "发布活动（开始招募志愿者）", params: idParams, response: detail },
    },
    (request) => service.publishActivity(ctx, userOf(request), request.params.id, request.ip),
  );

  api.post(
    "/api/activities/:id/cancel",
    {
      config: manage,
      schema: {
        tags,
        summary: "取消活动（须填原因）",
        params: idParams,
        body: cancelActivityBodySchema,
        response: detail,
      },
    },
    (request) =>
      service.cancelActivity(ctx, userOf(request), request.params.id, request.body.reason, request.ip),
  );

  api.post(
    "/api/activities/:id/signups",
    {
      config: manage,
      schema: {
        tags,
        summary: "为志愿者报名（社工站或志愿服务队负责人；名额已满则拒绝）",
        params: idParams,
        body: activitySignupBodySchema,
        response: { 201: activityDetailSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await signups.signUp(ctx, userOf(request), request.params.id, request.body, request.ip)),
  );

  api.post(
    "/api/activities/:id/signups/:signupId/withdraw",
    { config: manage, schema: { tags, summary: "取消志愿者报名", params: signupParams, response: detail } },
    (request) =>
      signups.withdrawSignup(ctx, userOf(request), request.params.id, request.params.signupId, request.ip),
  );

  api.post(
    "/api/activities/:id/signups/:signupId/attendance",
    {
      config: manage,
      schema: {
        tags,
        summary: "录入签到、签退时间（HH:mm）",
        params: signupParams,
        body: activityAttendanceBodySchema,
        response: detail,
      },
    },
    (request) =>
      signups.recordAttendance(
        ctx,
        userOf(request),
        request.params.id,
        request.params.signupId,
        request.body,
        request.ip,
      ),
  );

  api.post(
    "/api/activities/:id/hours/confirm",
    {
      config: manage,
      schema: {
        tags,
        summary: "确认志愿服务时长（一次记入志愿者服务记录与累计时长，活动结束）",
        params: idParams,
        body: confirmActivityHoursBodySchema,
        response: detail,
      },
    },
    (request) => signups.confirmHours(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  api.post(
    "/api/activities/:id/checkin-link",
    {
      config: manage,
      schema: {
        tags,
        summary: "生成签到二维码的签名令牌（限时有效）",
        params: idParams,
        response: { 200: activityCheckinLinkSchema },
      },
    },
    (request) => checkin.checkinLink(ctx, userOf(request), request.params.id),
  );

  const publicCheckin = {
    public: true,
    fieldLabels: activityFieldLabels,
    rateLimit: { max: 20, timeWindow: "1 minute" },
  } as const;

  api.get(
    "/api/activity-checkin",
    {
      config: publicCheckin,
      schema: {
        tags,
        summary: "扫码签到页：活动名称、时间、地点（无需登录；令牌无效或过期则 404）",
        querystring: publicCheckinQuerySchema,
        response: { 200: publicActivitySchema },
      },
    },
    (request) => checkin.publicActivity(ctx, request.query.token),
  );

  api.post(
    "/api/activity-checkin",
    {
      config: publicCheckin,
      schema: {
        tags,
        summary: "扫码签到或签退（志愿者编号 + 手机号后四位；第一次签到，第二次签退）",
        body: publicCheckinBodySchema,
        response: { 200: publicCheckinResultSchema },
      },
    },
    (request) => checkin.checkInByCode(ctx, request.body, request.ip),
  );
}
