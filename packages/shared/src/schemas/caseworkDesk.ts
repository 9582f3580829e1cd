import { z } from "zod";
import { activeCaseStages, caseStages } from "../casework/caseStages.ts";
import { pastIsoDateSchema } from "../validators/isoDate.ts";
import { listQuerySchema, regionRefSchema } from "./pagination.ts";

/**
 * The worker's desk (我的工作台), follow-ups (回访) and casework's settings: what a worker,
 * station head and supervisor see first, and the limits it is measured against.
 */

const days = (max: number) => z.int().min(1).max(max);

/** A district's (or the city's) casework settings; CaseWorkflowSettings plus the desk's own. */
export const caseworkSettingsSchema = z.object({
  stageTimeLimitDays: z.object(
    Object.fromEntries(activeCaseStages.map((stage) => [stage, days(730)])) as Record<
      (typeof activeCaseStages)[number],
      ReturnType<typeof days>
    >,
  ),
  reopenWindowDays: days(3650),
  /** A high-risk or emergency client without a service record for this long is on the desk. */
  highRiskVisitDays: days(365),
});
export type CaseworkSettings = z.infer<typeof caseworkSettingsSchema>;

export const caseworkSettingsAnswerSchema = z.object({
  settings: caseworkSettingsSchema,
  /** Where the settings in force come from: this region's own row, a higher one's, or the defaults. */
  source: z.enum(["own", "inherited", "default"]),
  region: regionRefSchema,
  mayEdit: z.boolean(),
});
export type CaseworkSettingsAnswer = z.infer<typeof caseworkSettingsAnswerSchema>;

export const caseworkSettingsFieldLabels: Record<string, string> = {
  stageTimeLimitDays: "各阶段时限（天）",
  intake: "接案时限（天）",
  assessment: "预估时限（天）",
  planning: "计划时限（天）",
  intervention: "介入时限（天）",
  evaluation: "评估时限（天）",
  reopenWindowDays: "可重开期限（天）",
  highRiskVisitDays: "高风险对象探访间隔（天）",
  regionCode: "区划",
  dueOn: "回访日期",
  doneOn: "回访完成日期",
  method: "回访方式",
  outcome: "回访结果",
  result: "回访情况",
  plan: "回访计划",
  caseId: "个案",
  status: "状态",
};

export const followUpMethods = ["visit", "phone", "other"] as const;
export const followUpOutcomes = ["stable", "improved", "needsService", "unreachable"] as const;
export const followUpStatuses = ["due", "overdue", "done"] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

export const followUpSchema = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  caseNumber: z.string(),
  clientName: z.string(),
  region: regionRefSchema,
  assignedWorkerName: z.string().nullable(),
  dueOn: z.string(),
  status: z.enum(followUpStatuses),
  doneOn: z.string().nullable(),
  method: z.enum(followUpMethods).nullable(),
  outcome: z.enum(followUpOutcomes).nullable(),
  mayComplete: z.boolean(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** The plan and the result: case notes, shown (and audited) only on one follow-up's page. */
export const followUpDetailSchema = followUpSchema.extend({
  plan: z.string(),
  result: z.string().nullable(),
});
export type FollowUpDetail = z.infer<typeof followUpDetailSchema>;

export const followUpListQuerySchema = listQuerySchema.extend({
  status: z.enum(followUpStatuses).optional(),
  caseId: z.coerce.number().int().positive().optional(),
  regionCode: z
    .string()
    .regex(/^\d{12}$/, "区划代码应为 12 位数字")
    .optional(),
});
export type FollowUpListQuery = z.infer<typeof followUpListQuerySchema>;

export const scheduleFollowUpBodySchema = z.object({
  caseId: z.number().int().positive(),
  dueOn: z.iso.date("日期格式应为 YYYY-MM-DD"),
  plan: z.string().trim().min(1, "不能为空").max(1000),
});
export type ScheduleFollowUpBody = z.infer<typeof scheduleFollowUpBodySchema>;

export const completeFollowUpBodySchema = z.object({
  doneOn: pastIsoDateSchema,
  method: z.enum(followUpMethods, "请选择回访方式"),
  outcome: z.enum(followUpOutcomes, "请选择回访结果"),
  result: z.string().trim().min(1, "不能为空").max(2000),
});
export type CompleteFollowUpBody = z.infer<typeof completeFollowUpBodySchema>;

const deskCaseSchema = z.object({
  caseId: z.number().int(),
  caseNumber: z.string(),
  clientName: z.string(),
  stage: z.enum(caseStages),
  /** The day the item became due: the stage's limit, the approval's submission, the follow-up. */
  since: z.string(),
});
export type DeskCase = z.infer<typeof deskCaseSchema>;

const deskListSchema = <T extends z.ZodType>(item: T) =>
  z.object({ count: z.number().int(), items: z.array(item) });

export const deskSchema = z.object({
  today: z.string(),
  /** My cases (a worker's: assigned to me; others: those in my scope) by stage. */
  casesByStage: z.array(z.object({ stage: z.enum(caseStages), count: z.number().int() })),
  overdueStages: deskListSchema(deskCaseSchema),
  approvals: deskListSchema(deskCaseSchema.extend({ of: z.enum(["plan", "closing"]) })),
  transfers: deskListSchema(deskCaseSchema),
  followUps: deskListSchema(
    deskCaseSchema.extend({ followUpId: z.number().int(), status: z.enum(followUpStatuses) }),
  ),
  /** High-risk or emergency clients without a service record for settings.highRiskVisitDays. */
  highRiskClients: deskListSchema(
    z.object({
      clientId: z.number().int(),
      name: z.string(),
      riskLevel: z.string(),
      isEmergency: z.boolean(),
      lastServiceOn: z.string().nullable(),
    }),
  ),
  settings: caseworkSettingsSchema,
});
export type Desk = z.infer<typeof deskSchema>;
export type DeskClient = Desk["highRiskClients"]["items"][number];
