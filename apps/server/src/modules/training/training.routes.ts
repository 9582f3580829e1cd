import {
  attendanceBodySchema,
  cancelCourseBodySchema,
  completionBodySchema,
  completionCancelBodySchema,
  complianceQuerySchema,
  complianceReportSchema,
  courseDetailSchema,
  courseFieldLabels,
  courseListQuerySchema,
  courseSchema,
  createCourseBodySchema,
  enrolBodySchema,
  pageOf,
  updateCourseBodySchema,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import { exportCompliance } from "./compliance.export.ts";
import { complianceReport } from "./compliance.service.ts";
import * as courses from "./courses.service.ts";
import * as enrolments from "./enrolments.service.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });
const enrolmentParams = idParams.extend({ enrolmentId: z.coerce.number().int().positive() });

/**
 * Routes of 人才培养: courses, their enrolments, sign-in and completion (reading needs
 * training.read, organizing training.manage), and the continuing-education compliance report.
 */
export function registerTrainingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["training 人才培养"];
  const read = { permission: "training.read", fieldLabels: courseFieldLabels } as const;
  const manage = { permission: "training.manage", fieldLabels: courseFieldLabels } as const;
  const detail = { 200: courseDetailSchema };

  api.get(
    "/api/courses",
    {
      config: read,
      schema: {
        tags,
        summary: "培训课程列表（按区划、类别、状态、日期筛选；按名称搜索）",
        querystring: courseListQuerySchema,
        response: { 200: pageOf(courseSchema) },
      },
    },
    (request) => courses.listCourses(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/courses/:id",
    {
      config: read,
      schema: {
        tags,
        summary: "课程详情（课次、学员、签到、结业、可执行操作）",
        params: idParams,
        response: detail,
      },
    },
    (request) => courses.getCourse(ctx, userOf(request), request.params.id),
  );

  api.post(
    "/api/courses",
    {
      config: manage,
      schema: {
        tags,
        summary: "新建课程（含课次）",
        body: createCourseBodySchema,
        response: { 201: courseDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await courses.createCourse(ctx, userOf(request), request.body, request.ip)),
  );

  api.patch(
    "/api/courses/:id",
    {
      config: manage,
      schema: {
        tags,
        summary: "修改课程（有人签到后不能改课次）",
        params: idParams,
        body: updateCourseBodySchema,
        response: detail,
      },
    },
    (request) => courses.updateCourse(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  api.post(
    "/api/courses/:id/cancel",
    {
      config: manage,
      schema: {
        tags,
        summary: "取消课程（须填原因）",
        params: idParams,
        body: cancelCourseBodySchema,
        response: detail,
      },
    },
    (request) => courses.cancelCourse(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  api.post(
    "/api/courses/:id/enrolments",
    {
      config: manage,
      schema: {
        tags,
        summary: "为社会工作者报名（名额已满时 409）",
        params: idParams,
        body: enrolBodySchema,
        response: { 201: courseDetailSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await enrolments.enrol(ctx, userOf(request), request.params.id, request.body, request.ip)),
  );

  api.post(
    "/api/courses/:id/enrolments/:enrolmentId/withdraw",
    {
      config: manage,
      schema: { tags, summary: "退出报名（释放名额）", params: enrolmentParams, response: detail },
    },
    (request) =>
      enrolments.withdraw(ctx, userOf(request), request.params.id, request.params.enrolmentId, request.ip),
  );

  api.post(
    "/api/courses/:id/attendance",
    {
      config: manage,
      schema: {
        tags,
        summary: "课次签到（present=false 撤销签到）",
        params: idParams,
        body: attendanceBodySchema,
        response: detail,
      },
    },
    (request) =>
      enrolments.recordAttendance(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  api.post(
    "/api/courses/:id/completion",
    {
      config: manage,
      schema: {
        tags,
        summary: "结业：学时计入各学员的继续教育记录，发证书编号",
        params: idParams,
        body: completionBodySchema,
        response: detail,
      },
    },
    (request) => enrolments.complete(ctx, userOf(request), request.params.id, request.body, request.ip),
  );

  api.post(
    "/api/courses/:id/enrolments/:enrolmentId/completion/cancel",
    {
      config: manage,
      schema: {
        tags,
        summary: "撤销结业：以冲销记录扣回学时（须填原因）",
        params: enrolmentParams,
        body: completionCancelBodySchema,
        response: detail,
      },
    },
    (request) =>
      enrolments.cancelCompletion(
        ctx,
        userOf(request),
        request.params.id,
        request.params.enrolmentId,
        request.body,
        request.ip,
      ),
  );

  api.get(
    "/api/training/compliance",
    {
      config: read,
      schema: {
        tags,
        summary: "继续教育周期达标情况（按区、社工站；未达标人员及差额）",
        querystring: complianceQuerySchema,
        response: { 200: complianceReportSchema },
      },
    },
    (request) => complianceReport(ctx, userOf(request), request.query),
  );

  api.get(
    "/api/training/compliance/export",
    {
      config: {
        permission: { allOf: ["registries.export", "training.read"] },
        fieldLabels: courseFieldLabels,
      },
      schema: { tags, summary: "导出继续教育达标情况（.xlsx）", querystring: complianceQuerySchema },
    },
    (request, reply) => exportCompliance(ctx, userOf(request), request.query, request.ip, reply),
  );
}
