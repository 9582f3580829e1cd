import { z } from "zod";
import { type ClientRiskLevel, clientRiskLevels } from "../dictionaries.ts";
import { withFieldRules } from "../validators/fieldRules.ts";
import { isoDateSchema, pastIsoDateSchema } from "../validators/isoDate.ts";

/**
 * The forms each transition requires. Messages name no field; the field's label comes from
 * caseFieldLabels, as in the other modules' schemas.
 */

const text = (max: number) => z.string().trim().min(1, "不能为空").max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const reason = text(500);

export const caseNeedDomains = [
  "livelihood",
  "health",
  "family",
  "education",
  "employment",
  "safety",
  "psychological",
  "social",
] as const;

export type CaseNeedDomain = (typeof caseNeedDomains)[number];

export const caseCloseReasons = ["goalMet", "referred", "withdrew", "moved", "deceased", "other"] as const;

export const referralTargetKinds = ["station", "socialOrganization", "department"] as const;

export const noteFormSchema = z.object({ note: optionalText(500) });
export const reasonFormSchema = z.object({ reason });

export const acceptFormSchema = z.object({ acceptedOn: pastIsoDateSchema, note: optionalText(500) });

export const assessmentFormSchema = z.object({
  assessedOn: pastIsoDateSchema,
  problems: text(2000),
  strengths: text(2000),
  // The client's risk as the assessment finds it; the server copies it onto the client record.
  riskLevel: z.enum(Object.keys(clientRiskLevels) as [ClientRiskLevel]),
  // 紧急: domestic violence, trafficking, running away, danger to life — alerts at once.
  isEmergency: z.boolean(),
  riskNote: optionalText(500),
  needs: z
    .array(z.object({ domain: z.enum(caseNeedDomains, "请选择需求领域"), need: text(500) }))
    .min(1, "至少填写一项需求"),
});

const goalSchema = z.object({
  key: z.string().trim().min(1, "不能为空").max(40),
  goal: text(500),
  indicators: z.array(text(200)).min(1, "每个目标至少一个可衡量的指标"),
});

const taskSchema = z.object({
  task: text(500),
  goalKey: z.string().trim().min(1).max(40),
  dueOn: isoDateSchema,
});

export const planFormSchema = withFieldRules(
  z.object({
    startOn: isoDateSchema,
    endOn: isoDateSchema,
    goals: z.array(goalSchema).min(1, "至少一个目标"),
    tasks: z.array(taskSchema).min(1, "至少一项任务"),
  }),
  (plan, ctx) => {
    if (plan.startOn && plan.endOn && plan.endOn < plan.startOn) {
      ctx.addIssue({ code: "custom", path: ["endOn"], message: "不能早于开始日期" });
    }
    if (plan.goals) {
      const keys = plan.goals.map((goal) => goal.key);
      if (new Set(keys).size !== keys.length) {
        ctx.addIssue({ code: "custom", path: ["goals"], message: "目标编号不能重复" });
      }
    }
    plan.tasks?.forEach((task, index) => {
      if (plan.goals && !plan.goals.some((goal) => goal.key === task.goalKey)) {
        ctx.addIssue({ code: "custom", path: ["tasks", index, "goalKey"], message: "不是本计划中的目标" });
      }
      const outside = (plan.startOn && task.dueOn < plan.startOn) || (plan.endOn && task.dueOn > plan.endOn);
      if (outside) {
        ctx.addIssue({ code: "custom", path: ["tasks", index, "dueOn"], message: "应在计划起止日期之内" });
      }
    });
  },
);

export const startInterventionFormSchema = z.object({ startedOn: pastIsoDateSchema });

export const evaluationFormSchema = z.object({
  evaluatedOn: pastIsoDateSchema,
  goals: z
    .array(
      z.object({
        goalKey: z.string().trim().min(1).max(40),
        attainment: z.enum(["achieved", "partial", "notAchieved"], "请选择达成情况"),
        note: optionalText(500),
      }),
    )
    .min(1, "至少评估一个目标"),
  satisfaction: z.int("应为 1 到 5 的整数").min(1, "应为 1 到 5 的整数").max(5, "应为 1 到 5 的整数"),
});

export const closingFormSchema = z.object({
  closedOn: pastIsoDateSchema,
  summary: text(2000),
  closeReason: z.enum(caseCloseReasons, "请选择结案原因"),
  followUp: z.object({ plan: text(1000), dueOn: isoDateSchema.nullable().optional() }),
});

export const assignFormSchema = z.object({ workerId: z.string().trim().min(1, "请选择社工") });
export const transferFormSchema = z.object({
  toWorkerId: z.string().trim().min(1, "请选择社工"),
  reason,
});

/**
 * 转介 needs the client's consent on record, or an override (a permission of its own, checked
 * with the actor) with a written reason; the audit entry keeps both.
 */
export const referFormSchema = withFieldRules(
  z.object({
    target: z.object({
      kind: z.enum(referralTargetKinds, "请选择转介对象类型"),
      id: z.string().trim().min(1).max(64).nullable().optional(),
      name: text(100),
    }),
    reason,
    consentGiven: z.boolean(),
    consentOn: pastIsoDateSchema.nullable().optional(),
    overrideReason: optionalText(500),
  }),
  (form, ctx) => {
    if (form.consentGiven === true && !form.consentOn) {
      ctx.addIssue({ code: "custom", path: ["consentOn"], message: "已同意转介时须填写同意日期" });
    }
    if (form.consentGiven === false && !form.overrideReason) {
      ctx.addIssue({ code: "custom", path: ["overrideReason"], message: "未取得服务对象同意时须写明理由" });
    }
  },
);

export type AssessmentForm = z.output<typeof assessmentFormSchema>;
export type PlanForm = z.output<typeof planFormSchema>;
export type EvaluationForm = z.output<typeof evaluationFormSchema>;
export type ClosingForm = z.output<typeof closingFormSchema>;
export type ReferForm = z.output<typeof referFormSchema>;

export const caseFieldLabels: Record<string, string> = {
  note: "备注",
  reason: "理由",
  acceptedOn: "接案日期",
  assessedOn: "预估日期",
  problems: "问题",
  strengths: "优势",
  riskLevel: "风险等级",
  isEmergency: "紧急标记",
  riskNote: "风险说明",
  needs: "需求",
  domain: "需求领域",
  need: "需求",
  startOn: "开始日期",
  endOn: "结束日期",
  goals: "目标",
  key: "目标编号",
  goal: "目标",
  indicators: "指标",
  tasks: "任务",
  task: "任务",
  goalKey: "目标编号",
  dueOn: "完成日期",
  startedOn: "介入开始日期",
  evaluatedOn: "评估日期",
  attainment: "达成情况",
  satisfaction: "服务对象满意度",
  closedOn: "结案日期",
  summary: "结案小结",
  closeReason: "结案原因",
  followUp: "跟进计划",
  plan: "跟进计划",
  workerId: "社工",
  toWorkerId: "接收社工",
  target: "转介对象",
  kind: "转介对象类型",
  name: "转介对象名称",
  consentGiven: "服务对象同意转介",
  consentOn: "服务对象同意日期",
  overrideReason: "未经同意转介的理由",
};
