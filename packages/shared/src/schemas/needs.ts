import { z } from "zod";
import { serviceDomains } from "../dictionaries.ts";
import { pastIsoDateSchema } from "../validators/isoDate.ts";
import { listQuerySchema, regionRefSchema } from "./pagination.ts";

/**
 * 需求 (needs): what a client asks for or a worker finds, taken in (来访, 电话 …) and triaged —
 * into a case, a one-off service, or closed with a reason.
 */
export const needSources = {
  visit: "来访",
  phone: "电话",
  outreach: "走访",
  referral: "转介",
  grid: "网格上报",
  other: "其他",
} as const;
export type NeedSource = keyof typeof needSources;

export const needUrgencies = { normal: "一般", urgent: "较急", critical: "紧急" } as const;
export type NeedUrgency = keyof typeof needUrgencies;

export const needStatuses = {
  open: "待分流",
  case: "已立案",
  oneOff: "一次性服务",
  closed: "已关闭",
} as const;
export type NeedStatus = keyof typeof needStatuses;

export const needFieldLabels: Record<string, string> = {
  clientId: "服务对象",
  source: "来源",
  domain: "服务领域",
  urgency: "紧急程度",
  description: "需求描述",
  receivedOn: "受理日期",
  outcome: "分流结果",
  reason: "关闭理由",
  note: "说明",
  summary: "个案概述",
  assignedWorkerId: "负责社工",
  status: "状态",
  regionCode: "所属区划",
};

const keys = <T extends Record<string, string>>(record: T) => Object.keys(record) as [keyof T & string];

export const createNeedBodySchema = z.strictObject({
  clientId: z.number().int().positive("请选择服务对象"),
  source: z.enum(keys(needSources), "请选择来源"),
  domain: z.enum(serviceDomains, "请选择服务领域"),
  urgency: z.enum(keys(needUrgencies), "请选择紧急程度"),
  description: z.string().trim().min(1, "不能为空").max(2000),
  receivedOn: pastIsoDateSchema,
});
export type CreateNeedBody = z.infer<typeof createNeedBodySchema>;

export const triageNeedBodySchema = z.discriminatedUnion("outcome", [
  z.strictObject({
    outcome: z.literal("case"),
    summary: z.string().trim().min(1, "不能为空").max(500),
    assignedWorkerId: z.number().int().positive().nullable().optional(),
  }),
  z.strictObject({ outcome: z.literal("oneOff"), note: z.string().trim().max(500).nullable().optional() }),
  z.strictObject({ outcome: z.literal("closed"), reason: z.string().trim().min(1, "不能为空").max(500) }),
]);
export type TriageNeedBody = z.infer<typeof triageNeedBodySchema>;

export const needListQuerySchema = listQuerySchema.extend({
  status: z.enum(keys(needStatuses)).optional(),
  urgency: z.enum(keys(needUrgencies)).optional(),
  domain: z.enum(serviceDomains).optional(),
  regionCode: z
    .string()
    .regex(/^\d{12}$/, "不是有效的区划")
    .optional(),
});
export type NeedListQuery = z.infer<typeof needListQuerySchema>;

export const needSchema = z.object({
  id: z.number().int(),
  client: z.object({ id: z.number().int(), name: z.string() }),
  region: regionRefSchema,
  source: z.enum(keys(needSources)),
  domain: z.enum(serviceDomains),
  urgency: z.enum(keys(needUrgencies)),
  status: z.enum(keys(needStatuses)),
  receivedOn: z.string(),
  caseId: z.number().int().nullable(),
  createdAt: z.string(),
});
export type Need = z.infer<typeof needSchema>;

export const needDetailSchema = needSchema.extend({
  description: z.string(),
  /** The triage's note or closing reason. */
  triageNote: z.string().nullable(),
  triagedAt: z.string().nullable(),
  triagedBy: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  abilities: z.object({ triage: z.boolean() }),
});
export type NeedDetail = z.infer<typeof needDetailSchema>;
