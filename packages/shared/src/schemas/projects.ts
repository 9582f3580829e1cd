import { z } from "zod";
import { serviceDomains } from "../dictionaries.ts";
import {
  budgetCategoryIds,
  fundingSourceIds,
  projectImplementerKindIds,
  projectKindIds,
  targetIndicatorIds,
} from "../projects/dictionaries.ts";
import { projectActionLabels, projectActions, projectStatusIds } from "../projects/lifecycle.ts";
import { maxEntryFen } from "../projects/money.ts";
import { withFieldRules } from "../validators/fieldRules.ts";
import { isoDateSchema } from "../validators/isoDate.ts";
import { regionCodeSchema } from "../validators/region.ts";
import { recordNameSchema } from "../validators/text.ts";
import { listQuerySchema, regionRefSchema } from "./pagination.ts";
import { recordReferenceSchema } from "./references.ts";

/**
 * The projects module's request and answer schemas (shared by the server and the web). Every
 * amount is an integer number of 分 (`…Fen`); the web turns what is typed in 元 into 分 with
 * parseYuan and shows 分 with formatFen.
 */
export * from "../projects/index.ts";

export const projectFieldLabels: Record<string, string> = {
  name: "项目名称",
  kind: "项目类型",
  domains: "服务领域",
  implementerKind: "实施主体类型",
  implementerId: "实施主体",
  regionCode: "负责区划",
  periodStart: "开始日期",
  periodEnd: "结束日期",
  targetGroups: "服务对象",
  targets: "目标指标",
  milestones: "里程碑",
  indicator: "指标",
  targetValue: "目标值",
  achievedValue: "完成值",
  evidenceNote: "佐证说明",
  title: "里程碑名称",
  dueOn: "计划完成日期",
  doneOn: "实际完成日期",
  action: "操作",
  form: "表单",
  note: "说明",
  reason: "原因",
  source: "资金来源",
  category: "预算类别",
  description: "预算说明",
  amountFen: "金额",
  receivedOn: "到账日期",
  payer: "拨付方",
  spentOn: "支出日期",
  budgetLineId: "预算科目",
  payee: "收款方",
  purpose: "用途",
  overspendReason: "超支原因",
};

const amountFenSchema = z
  .number({ error: "请填写金额" })
  .int("金额须精确到分")
  .positive("金额应大于 0")
  .max(maxEntryFen, "金额不能超过 1 亿元");
const shortText = (max: number, missing: string) =>
  z.string({ error: missing }).trim().min(1, missing).max(max, `不能超过 ${max} 个字`);
const optionalText = (max: number) =>
  z.string().trim().max(max, `不能超过 ${max} 个字`).nullable().optional();
const distinct = <T>(values: readonly T[]) => new Set(values).size === values.length;

export const projectTargetInputSchema = z.strictObject({
  indicator: z.enum(targetIndicatorIds, "请选择指标"),
  targetValue: z.number({ error: "请填写目标值" }).int("应为整数").positive("应大于 0").max(10_000_000),
});
export const projectMilestoneInputSchema = z.strictObject({
  title: shortText(100, "请填写里程碑名称"),
  dueOn: isoDateSchema,
});

const projectFields = {
  name: recordNameSchema(100),
  kind: z.enum(projectKindIds, "请选择项目类型"),
  domains: z
    .array(z.enum(serviceDomains))
    .min(1, "请至少选择一个服务领域")
    .max(serviceDomains.length)
    .refine(distinct, "不能重复"),
  implementerKind: z.enum(projectImplementerKindIds, "请选择实施主体类型"),
  implementerId: z.number({ error: "请选择实施主体" }).int().positive("请选择实施主体"),
  regionCode: regionCodeSchema("负责区划", {
    levels: ["district", "street", "community"],
    message: "须为区（县、市）、街道（乡镇）或社区（村）",
  }),
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  targetGroups: z.array(shortText(30, "不能为空")).max(10, "最多 10 项").refine(distinct, "不能重复"),
  targets: z
    .array(projectTargetInputSchema)
    .max(10, "最多 10 项")
    .refine((targets) => distinct(targets.map((target) => target.indicator)), "同一指标只能填一次"),
  milestones: z.array(projectMilestoneInputSchema).max(20, "最多 20 项"),
};

function periodRule(fields: Partial<{ periodStart: string; periodEnd: string }>, ctx: z.RefinementCtx) {
  if (fields.periodStart && fields.periodEnd && fields.periodEnd < fields.periodStart) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "应不早于开始日期" });
  }
}

export const createProjectBodySchema = withFieldRules(
  z.strictObject({
    ...projectFields,
    targetGroups: projectFields.targetGroups.default([]),
    targets: projectFields.targets.default([]),
    milestones: projectFields.milestones.default([]),
  }),
  periodRule,
);
export type CreateProjectBody = z.input<typeof createProjectBodySchema>;
export type CreateProjectInput = z.infer<typeof createProjectBodySchema>;

/** A PATCH names only what changes; the period is checked again after merging. */
export const updateProjectBodySchema = withFieldRules(z.strictObject(projectFields).partial(), periodRule);
export type UpdateProjectBody = z.infer<typeof updateProjectBodySchema>;

export const projectListQuerySchema = listQuerySchema.extend({
  regionCode: z
    .string()
    .regex(/^\d{12}$/, "应为 12 位数字")
    .optional(),
  kind: z.enum(projectKindIds).optional(),
  status: z.enum(projectStatusIds).optional(),
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;
export type ProjectFilters = Omit<ProjectListQuery, "page" | "pageSize" | "sort">;

export const projectTransitionBodySchema = z.strictObject({
  action: z.enum(projectActions, {
    error: `操作应为 ${projectActions.map((a) => projectActionLabels[a]).join("、")} 之一`,
  }),
  form: z.record(z.string(), z.unknown()).optional(),
});
export type ProjectTransitionBody = z.infer<typeof projectTransitionBodySchema>;

/** Progress entered by hand: achieved values with their evidence, milestones done. */
export const projectProgressBodySchema = z.strictObject({
  targets: z
    .array(
      z.strictObject({
        id: z.number().int().positive(),
        achievedValue: z
          .number({ error: "请填写完成值" })
          .int("应为整数")
          .min(0, "不能为负数")
          .max(10_000_000),
        evidenceNote: shortText(500, "请填写佐证说明"),
      }),
    )
    .max(10)
    .default([]),
  milestones: z
    .array(z.strictObject({ id: z.number().int().positive(), doneOn: isoDateSchema.nullable() }))
    .max(20)
    .default([]),
});
export type ProjectProgressBody = z.infer<typeof projectProgressBodySchema>;

export const budgetLineBodySchema = z.strictObject({
  source: z.enum(fundingSourceIds, "请选择资金来源"),
  category: z.enum(budgetCategoryIds, "请选择预算类别"),
  description: optionalText(200),
  amountFen: amountFenSchema,
});
export type BudgetLineBody = z.infer<typeof budgetLineBodySchema>;

export const updateBudgetLineBodySchema = z.strictObject({
  amountFen: amountFenSchema,
  description: optionalText(200),
  reason: shortText(200, "请填写调整原因"),
});
export type UpdateBudgetLineBody = z.infer<typeof updateBudgetLineBodySchema>;

export const receiptBodySchema = z.strictObject({
  receivedOn: isoDateSchema,
  source: z.enum(fundingSourceIds, "请选择资金来源"),
  amountFen: amountFenSchema,
  payer: shortText(100, "请填写拨付方"),
  note: optionalText(200),
});
export type ReceiptBody = z.infer<typeof receiptBodySchema>;

export const expenditureBodySchema = z.strictObject({
  spentOn: isoDateSchema,
  budgetLineId: z.number({ error: "请选择预算科目" }).int().positive("请选择预算科目"),
  amountFen: amountFenSchema,
  payee: shortText(100, "请填写收款方"),
  purpose: optionalText(200),
  overspendReason: optionalText(500),
});
export type ExpenditureBody = z.infer<typeof expenditureBodySchema>;

export const reverseEntryBodySchema = z.strictObject({ reason: shortText(200, "请填写冲销原因") });
export type ReverseEntryBody = z.infer<typeof reverseEntryBodySchema>;

export const fundingSummaryQuerySchema = z.object({
  regionCode: z
    .string()
    .regex(/^\d{12}$/, "应为 12 位数字")
    .optional(),
});

// ——— answers ———

const fenSchema = z.number().int();
/** A rate in basis points (8,765 = 87.65 %); null when its base is zero. */
const rateSchema = z.number().int().nullable();

export const projectAbilitiesSchema = z.object({
  edit: z.boolean(),
  /** The lifecycle steps the user may take now (projectTransitions). */
  transitions: z.array(z.enum(projectActions)),
  budget: z.boolean(),
  recordFunds: z.boolean(),
  reverseFunds: z.boolean(),
  overspend: z.boolean(),
  progress: z.boolean(),
});
export type ProjectAbilities = z.infer<typeof projectAbilitiesSchema>;

export const moneyTotalsSchema = z.object({
  budgetFen: fenSchema,
  receivedFen: fenSchema,
  spentFen: fenSchema,
  /** spent ÷ received */
  spentOfReceivedBp: rateSchema,
  /** spent ÷ budget */
  spentOfBudgetBp: rateSchema,
});
export type MoneyTotals = z.infer<typeof moneyTotalsSchema>;

export const projectSchema = moneyTotalsSchema.extend({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(projectKindIds),
  domains: z.array(z.string()),
  implementerKind: z.enum(projectImplementerKindIds),
  implementer: recordReferenceSchema,
  region: regionRefSchema,
  periodStart: z.string(),
  periodEnd: z.string(),
  status: z.enum(projectStatusIds),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Project = z.infer<typeof projectSchema>;

export const projectTargetSchema = z.object({
  id: z.number().int(),
  indicator: z.enum(targetIndicatorIds),
  targetValue: z.number().int(),
  achievedValue: z.number().int(),
  evidenceNote: z.string().nullable(),
});
export const projectMilestoneSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
});

export const budgetLineSchema = z.object({
  id: z.number().int(),
  source: z.enum(fundingSourceIds),
  category: z.enum(budgetCategoryIds),
  description: z.string().nullable(),
  budgetFen: fenSchema,
  spentFen: fenSchema,
  spentOfBudgetBp: rateSchema,
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const receiptSchema = z.object({
  id: z.number().int(),
  receivedOn: z.string(),
  source: z.enum(fundingSourceIds),
  amountFen: fenSchema,
  payer: z.string(),
  note: z.string().nullable(),
  /** The entry this one reverses (its amount is the negative of it). */
  reversesId: z.number().int().nullable(),
  reversedById: z.number().int().nullable(),
  createdAt: z.string(),
});
export type Receipt = z.infer<typeof receiptSchema>;

export const expenditureSchema = z.object({
  id: z.number().int(),
  spentOn: z.string(),
  budgetLineId: z.number().int(),
  amountFen: fenSchema,
  payee: z.string(),
  purpose: z.string().nullable(),
  overspendReason: z.string().nullable(),
  reversesId: z.number().int().nullable(),
  reversedById: z.number().int().nullable(),
  createdAt: z.string(),
});
export type Expenditure = z.infer<typeof expenditureSchema>;

export const projectDetailSchema = projectSchema.extend({
  targetGroups: z.array(z.string()),
  returnedReason: z.string().nullable(),
  targets: z.array(projectTargetSchema),
  milestones: z.array(projectMilestoneSchema),
  budgetLines: z.array(budgetLineSchema),
  receipts: z.array(receiptSchema),
  expenditures: z.array(expenditureSchema),
  /** Received by source (what the receipts add up to, reversals included). */
  receivedBySource: z.array(z.object({ source: z.enum(fundingSourceIds), amountFen: fenSchema })),
  abilities: projectAbilitiesSchema,
});
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

export const fundingSummarySchema = moneyTotalsSchema.extend({
  region: regionRefSchema,
  projectCount: z.number().int(),
  bySource: z.array(
    z.object({
      source: z.enum(fundingSourceIds),
      budgetFen: fenSchema,
      receivedFen: fenSchema,
      /** This source's share of all money received. */
      receivedShareBp: rateSchema,
    }),
  ),
  /** 财政资金 + 福彩公益金 received ÷ all received. */
  governmentShareBp: rateSchema,
});
export type FundingSummary = z.infer<typeof fundingSummarySchema>;
