import {
  createVolunteerServiceRecordBodySchema,
  issueVolunteerCertificateBodySchema,
  ledgerCorrectionFieldLabels,
  pageOf,
  reverseLedgerEntryBodySchema,
  volunteerCertificateFieldLabels,
  volunteerCertificateSchema,
  volunteerCertificateSummarySchema,
  volunteerServiceRecordFieldLabels,
  volunteerServiceRecordListQuerySchema,
  volunteerServiceRecordSchema,
} from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import * as service from "./volunteerHours.service.ts";

const idParams = z.object({ id: z.coerce.number().int().positive() });
const certificateParams = idParams.extend({ certificateId: z.coerce.number().int().positive() });
const recordParams = idParams.extend({ recordId: z.coerce.number().int().positive() });

/** The hours ledger (service records, time-bank redemptions) and certificates of a volunteer. */
export function registerVolunteerHoursRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["volunteers 志愿者"];

  api.get(
    "/api/volunteers/:id/service-records",
    {
      config: { permission: "registries.read" },
      schema: {
        tags,
        summary: "志愿服务记录（时长台账，含时间银行兑换），按服务日期倒序",
        params: idParams,
        querystring: volunteerServiceRecordListQuerySchema,
        response: { 200: pageOf(volunteerServiceRecordSchema) },
      },
    },
    (request) => service.listServiceRecords(ctx, userOf(request), request.params.id, request.query),
  );

  api.post(
    "/api/volunteers/:id/service-records",
    {
      config: { permission: "volunteers.record_hours", fieldLabels: volunteerServiceRecordFieldLabels },
      schema: {
        tags,
        summary:
          "记录志愿服务时长（民政部令第67号：内容、日期、地点、时长、记录组织、确认人）或时间银行兑换（entryKind=redeemed，不超过余额）",
        params: idParams,
        body: createVolunteerServiceRecordBodySchema,
        response: { 201: volunteerServiceRecordSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.recordServiceHours(ctx, userOf(request), request.params.id, request.body, request.ip),
        ),
  );

  api.post(
    "/api/volunteers/:id/service-records/:recordId/reversal",
    {
      config: { permission: "volunteers.record_hours", fieldLabels: ledgerCorrectionFieldLabels },
      schema: {
        tags,
        summary:
          "更正服务记录：新增一条类型相同、时长相反、注明更正理由的记录（原记录不改不删；每条只能更正一次，更正记录不能再更正；余额不能为负）",
        params: recordParams,
        body: reverseLedgerEntryBodySchema,
        response: { 201: volunteerServiceRecordSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.reverseServiceRecord(
            ctx,
            userOf(request),
            request.params.id,
            request.params.recordId,
            request.body,
            request.ip,
          ),
        ),
  );

  api.get(
    "/api/volunteers/:id/certificates",
    {
      config: { permission: "registries.read" },
      schema: {
        tags,
        summary: "已出具的志愿服务证明",
        params: idParams,
        response: { 200: z.array(volunteerCertificateSummarySchema) },
      },
    },
    (request) => service.listCertificates(ctx, userOf(request), request.params.id),
  );

  api.post(
    "/api/volunteers/:id/certificates",
    {
      config: { permission: "volunteers.record_hours", fieldLabels: volunteerCertificateFieldLabels },
      schema: {
        tags,
        summary: "出具志愿服务证明（由记录时长的组织出具，编号 ZYFW-年份-顺序号）",
        params: idParams,
        body: issueVolunteerCertificateBodySchema,
        response: { 201: volunteerCertificateSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.issueCertificate(ctx, userOf(request), request.params.id, request.body, request.ip),
        ),
  );

  api.get(
    "/api/volunteers/:id/certificates/:certificateId",
    {
      config: { permission: "registries.read" },
      schema: {
        tags,
        summary: "志愿服务证明（打印用：证明信息与所证明的服务记录）",
        params: certificateParams,
        response: { 200: volunteerCertificateSchema },
      },
    },
    (request) =>
      service.getCertificate(ctx, userOf(request), request.params.id, request.params.certificateId),
  );
}
