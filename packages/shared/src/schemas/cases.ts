import { z } from "zod";
import { caseFieldLabels } from "../casework/caseForms.ts";
import { approvalStates, caseStages } from "../casework/caseStages.ts";
import { caseActions } from "../casework/caseTransitions.ts";
import { clientRiskLevels } from "../dictionaries.ts";
import { selectedIdsQuerySchema } from "./bulk.ts";
import { listQuerySchema, regionRefSchema } from "./pagination.ts";

/**
 * 个案 (cases) as the API shows them: the list, the detail with the forms and the actions the
 * user may take, the timeline and the caseload. The transition forms are caseForms.ts's.
 */
export const caseResourceFieldLabels: Record<string, string> = {
  ...caseFieldLabels,
  clientId: "服务对象",
  summary: "个案概述",
  assignedWorkerId: "负责社工",
  action: "操作",
  form: "表单",
  stage: "阶段",
  approval: "审批状态",
  regionCode: "所属区划",
  overdue: "逾期",
};

const regionFilterSchema = z.string().regex(/^\d{12}$/, "不是有效的区划");
const idFilterSchema = z.coerce.number().int().positive();

export const caseListQuerySchema = listQuerySchema.extend({
  stage: z.enum(caseStages).optional(),
  /** Cases whose plan or closing is in this approval state (pending: 待审批). */
  approval: z.enum(approvalStates).optional(),
  regionCode: regionFilterSchema.optional(),
  workerId: idFilterSchema.optional(),
  overdue: z.enum(["true", "false"]).optional(),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

export const caseExportQuerySchema = caseListQuerySchema
  .omit({ page: true, pageSize: true, sort: true })
  .extend({ ids: selectedIdsQuerySchema.optional() });
export type CaseExportQuery = z.infer<typeof caseExportQuerySchema>;

const personRefSchema = z.object({ id: z.number().int(), name: z.string() });

export const caseSchema = z.object({
  id: z.number().int(),
  caseNumber: z.string(),
  client: personRefSchema,
  region: regionRefSchema,
  summary: z.string(),
  stage: z.enum(caseStages),
  planApproval: z.enum(approvalStates),
  closingApproval: z.enum(approvalStates),
  assignedWorker: personRefSchema.nullable(),
  pendingTransferTo: personRefSchema.nullable(),
  openedOn: z.string(),
  stageEnteredOn: z.string(),
  /** The day the stage's time limit runs out; null outside the active stages. */
  stageDueOn: z.string().nullable(),
  isOverdue: z.boolean(),
  involvesMinor: z.boolean(),
  serviceRecordCount: z.number().int(),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof caseSchema>;

export const caseSubmittedFormSchema = z.object({
  form: z.unknown(),
  submittedAt: z.string(),
  submittedBy: personRefSchema.nullable(),
});
export type CaseSubmittedForm = z.infer<typeof caseSubmittedFormSchema>;

export const caseDetailSchema = caseSchema.extend({
  client: personRefSchema.extend({
    sex: z.enum(["male", "female"]),
    age: z.number().int(),
    riskLevel: z.enum(Object.keys(clientRiskLevels) as [keyof typeof clientRiskLevels]),
    isEmergency: z.boolean(),
    categories: z.array(z.string()),
  }),
  needId: z.number().int().nullable(),
  suspendedFrom: z.enum(caseStages).nullable(),
  returnReason: z.string().nullable(),
  endedOn: z.string().nullable(),
  planGoalKeys: z.array(z.string()),
  /** What the user may do now, each with the stage it leads to. */
  availableTransitions: z.array(z.object({ action: z.enum(caseActions), to: z.enum(caseStages) })),
  /** The latest submitted form of each action (decrypted for this view, which is audited). */
  forms: z.record(z.string(), caseSubmittedFormSchema),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const openCaseBodySchema = z.strictObject({
  clientId: z.number().int().positive("请选择服务对象"),
  summary: z.string().trim().min(1, "不能为空").max(500),
  /** The worker who takes it; a social worker opening a case takes it themself. */
  assignedWorkerId: z.number().int().positive().nullable().optional(),
});
export type OpenCaseBody = z.infer<typeof openCaseBodySchema>;

export const caseTransitionBodySchema = z.strictObject({
  action: z.enum(caseActions, "不是有效的操作"),
  form: z.unknown(),
});
export type CaseTransitionBody = z.infer<typeof caseTransitionBodySchema>;

export const caseEventSchema = z.object({
  id: z.number().int(),
  action: z.string(),
  fromStage: z.enum(caseStages),
  toStage: z.enum(caseStages),
  targetUser: personRefSchema.nullable(),
  at: z.string(),
  by: personRefSchema.nullable(),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const caseTimelineQuerySchema = listQuerySchema.pick({ page: true, pageSize: true });

export const caseloadQuerySchema = z.object({ regionCode: regionFilterSchema.optional() });
export const caseloadRowSchema = z.object({
  worker: personRefSchema.nullable(),
  byStage: z.record(z.string(), z.number().int()),
  open: z.number().int(),
  overdue: z.number().int(),
});
export type CaseloadRow = z.infer<typeof caseloadRowSchema>;

export const caseWorkersQuerySchema = z.object({ regionCode: regionFilterSchema });
export const caseWorkerSchema = personRefSchema.extend({ region: regionRefSchema });
export type CaseWorker = z.infer<typeof caseWorkerSchema>;
