import { z } from "zod";
import { serviceDomains } from "../dictionaries.ts";
import { withFieldRules } from "../validators/fieldRules.ts";
import { pastIsoDateSchema } from "../validators/isoDate.ts";
import { regionCodeSchema } from "../validators/region.ts";
import { auditEntrySchema } from "./audit.ts";
import { selectedIdsQuerySchema } from "./bulk.ts";
import { listQuerySchema, regionRefSchema } from "./pagination.ts";
import { maxVolunteerHoursPerRecord } from "./volunteers.ts";

/**
 * 服务记录 (service records of casework): who served whom, when, how long, how, what kind of
 * service, in which domain, where, with which volunteers and their hours. Entered against a case
 * or standalone; one schema for the form, the API and the import. Each volunteer's hours become
 * an entry of the volunteers' hours ledger (民政部令第67号) in the record's transaction, so hours
 * are corrected by reversing entries (voiding the record), never by editing them.
 */

/** 服务方式 (MZ/T 094 个案 / 小组 / 社区). */
export const serviceRecordMethods = { casework: "个案", group: "小组", community: "社区" } as const;
export type ServiceRecordMethod = keyof typeof serviceRecordMethods;

/** 服务类型 (PRODUCT.md, casework). */
export const serviceRecordTypes = [
  "心理疏导",
  "资源链接",
  "能力提升",
  "生活照料",
  "精神慰藉",
  "文化娱乐",
  "心理辅导",
  "学业辅导",
  "社区照顾",
  "社区参与",
  "社区文化",
  "探访",
  "电话回访",
] as const;
export type ServiceRecordType = (typeof serviceRecordTypes)[number];

/** zh-CN names of the fields, for messages ("服务时长（分钟）：须大于 0"). */
export const serviceRecordFieldLabels: Record<string, string> = {
  caseId: "个案",
  regionCode: "服务区划",
  serviceDate: "服务日期",
  startTime: "开始时间",
  endTime: "结束时间",
  minutes: "服务时长（分钟）",
  method: "服务方式",
  type: "服务类型",
  domain: "服务领域",
  place: "服务地点",
  notes: "服务记录（个案记录）",
  clientIds: "服务对象",
  workerIds: "服务社工",
  volunteers: "志愿者",
  volunteerId: "志愿者",
  hours: "志愿服务时长",
  reason: "作废理由",
};

/** A service longer than a day is two records. */
export const maxServiceMinutes = 24 * 60;

const timeSchema = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "时间格式应为 HH:MM");

const hoursSchema = z
  .number()
  .positive("须大于 0")
  .max(maxVolunteerHoursPerRecord, `单条服务记录不能超过 ${maxVolunteerHoursPerRecord} 小时`)
  .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, "最多保留两位小数");

const distinct = <T>(values: readonly T[]) => new Set(values).size === values.length;

export const serviceRecordVolunteerSchema = z.strictObject({
  volunteerId: z.number().int().positive(),
  hours: hoursSchema,
});

const minutesOf = (start: string, end: string) => {
  const [sh = 0, sm = 0] = start.split(":").map(Number);
  const [eh = 0, em = 0] = end.split(":").map(Number);
  return eh * 60 + em - (sh * 60 + sm);
};

/** The fields a correction may change (volunteers' hours are corrected in the ledger). */
const correctableFields = {
  serviceDate: pastIsoDateSchema,
  startTime: timeSchema.nullable().optional(),
  endTime: timeSchema.nullable().optional(),
  /** Required unless both times are given (then it is their difference). */
  minutes: z.number().int().positive("须大于 0").max(maxServiceMinutes).nullable().optional(),
  method: z.enum(Object.keys(serviceRecordMethods) as [ServiceRecordMethod]),
  type: z.enum(serviceRecordTypes),
  domain: z.enum(serviceDomains),
  place: z.string().trim().min(1, "不能为空").max(200),
  /** Case notes: sensitive, encrypted at rest, shown only to those who may see the case. */
  notes: z.string().trim().max(5000).nullable().optional(),
  clientIds: z
    .array(z.number().int().positive())
    .min(1, "至少选择一位")
    .max(200)
    .refine(distinct, "不能重复"),
  workerIds: z.array(z.number().int().positive()).min(1, "至少选择一位").max(20).refine(distinct, "不能重复"),
};

type TimeFields = { startTime?: string | null; endTime?: string | null; minutes?: number | null };

function timeRules(fields: TimeFields, ctx: z.RefinementCtx, minutesRequired: boolean): void {
  if (Boolean(fields.startTime) !== Boolean(fields.endTime)) {
    const path = fields.startTime ? "endTime" : "startTime";
    ctx.addIssue({ code: "custom", path: [path], message: "开始时间与结束时间须同时填写" });
    return;
  }
  if (fields.startTime && fields.endTime) {
    const span = minutesOf(fields.startTime, fields.endTime);
    if (span <= 0) ctx.addIssue({ code: "custom", path: ["endTime"], message: "须晚于开始时间" });
    else if (fields.minutes != null && fields.minutes !== span)
      ctx.addIssue({ code: "custom", path: ["minutes"], message: `与开始、结束时间不一致（应为 ${span}）` });
    return;
  }
  if (minutesRequired && fields.minutes == null)
    ctx.addIssue({ code: "custom", path: ["minutes"], message: "未填开始、结束时间时必填" });
}

/** The minutes a record states: given, or the span of its times. */
export function serviceMinutesOf(fields: TimeFields): number | null {
  if (fields.startTime && fields.endTime) return minutesOf(fields.startTime, fields.endTime);
  return fields.minutes ?? null;
}

export const createServiceRecordBodySchema = withFieldRules(
  z.strictObject({
    /** Null for a standalone record (a one-off service, a visit, a call). */
    caseId: z.number().int().positive().nullable().optional(),
    /** A standalone record's station or community; a case's record takes the case's region. */
    regionCode: regionCodeSchema("服务区划", {
      levels: ["street", "community"],
      message: "须为街道（乡镇）或社区（村）",
    })
      .nullable()
      .optional(),
    ...correctableFields,
    volunteers: z
      .array(serviceRecordVolunteerSchema)
      .max(50)
      .refine((list) => distinct(list.map((v) => v.volunteerId)), "同一志愿者不能重复")
      .default([]),
  }),
  (fields, ctx) => {
    timeRules(fields, ctx, true);
    if (!fields.caseId && !fields.regionCode)
      ctx.addIssue({ code: "custom", path: ["regionCode"], message: "未关联个案时必填" });
  },
);
export type CreateServiceRecordBody = z.input<typeof createServiceRecordBodySchema>;
export type CreateServiceRecordInput = z.infer<typeof createServiceRecordBodySchema>;

/** A correction names only what changes; the volunteers stay (their hours are in the ledger). */
export const updateServiceRecordBodySchema = withFieldRules(
  z.strictObject(correctableFields).partial(),
  (fields, ctx) => timeRules(fields, ctx, false),
);
export type UpdateServiceRecordBody = z.infer<typeof updateServiceRecordBodySchema>;

export const voidServiceRecordBodySchema = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(2, { error: (issue) => (issue.input === "" ? "不能为空" : "至少 2 个字符") })
    .max(200),
});
export type VoidServiceRecordBody = z.infer<typeof voidServiceRecordBodySchema>;

const regionFilterSchema = z.string().regex(/^\d{12}$/, "不是有效的区划");
const idFilterSchema = z.coerce.number().int().positive();

export const serviceRecordListQuerySchema = listQuerySchema.extend({
  regionCode: regionFilterSchema.optional(),
  dateFrom: pastIsoDateSchema.optional(),
  dateTo: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD")
    .optional(),
  method: z.enum(Object.keys(serviceRecordMethods) as [ServiceRecordMethod]).optional(),
  type: z.enum(serviceRecordTypes).optional(),
  domain: z.enum(serviceDomains).optional(),
  caseId: idFilterSchema.optional(),
  clientId: idFilterSchema.optional(),
  workerId: idFilterSchema.optional(),
  /** Voided records are listed only when asked for. */
  includeVoided: z.enum(["true", "false"]).optional(),
});
export type ServiceRecordListQuery = z.infer<typeof serviceRecordListQuerySchema>;

export const serviceRecordExportQuerySchema = serviceRecordListQuerySchema
  .omit({ page: true, pageSize: true, sort: true })
  .extend({ ids: selectedIdsQuerySchema.optional() });
export type ServiceRecordExportQuery = z.infer<typeof serviceRecordExportQuerySchema>;

const personRefSchema = z.object({ id: z.number().int(), name: z.string() });

export const serviceRecordSchema = z.object({
  id: z.number().int(),
  case: z.object({ id: z.number().int(), caseNumber: z.string() }).nullable(),
  region: regionRefSchema,
  serviceDate: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  minutes: z.number().int(),
  method: z.enum(Object.keys(serviceRecordMethods) as [ServiceRecordMethod]),
  type: z.string(),
  domain: z.string(),
  place: z.string(),
  clients: z.array(personRefSchema),
  workers: z.array(personRefSchema),
  volunteerHours: z.number(),
  isVoided: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type ServiceRecord = z.infer<typeof serviceRecordSchema>;

export const serviceRecordVolunteerEntrySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  volunteerNumber: z.string(),
  hours: z.number(),
  /** The ledger entry the hours were posted as, and its reversal once voided. */
  ledgerEntryId: z.number().int().nullable(),
  reversedByEntryId: z.number().int().nullable(),
});

export const serviceRecordDetailSchema = serviceRecordSchema.extend({
  notes: z.string().nullable(),
  volunteers: z.array(serviceRecordVolunteerEntrySchema),
  voidReason: z.string().nullable(),
  voidedAt: z.string().nullable(),
  createdBy: personRefSchema.nullable(),
  updatedAt: z.string(),
  abilities: z.object({ correct: z.boolean(), void: z.boolean() }),
  history: z.array(auditEntrySchema),
});
export type ServiceRecordDetail = z.infer<typeof serviceRecordDetailSchema>;

/** A worker a record may name: an active caseworker account in the user's scope. */
export const serviceRecordWorkerOptionSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  username: z.string(),
  region: regionRefSchema,
});
export type ServiceRecordWorkerOption = z.infer<typeof serviceRecordWorkerOptionSchema>;
