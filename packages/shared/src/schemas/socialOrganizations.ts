import { z } from "zod";
import {
  evaluationGrades,
  organizationStatuses,
  organizationTypes,
  serviceDomains,
} from "../dictionaries.ts";
import { parseCreditCode } from "../validators/creditCode.ts";
import { withFieldRules } from "../validators/fieldRules.ts";
import { pastIsoDateSchema } from "../validators/isoDate.ts";
import { regionCodeSchema } from "../validators/region.ts";
import { optionalPersonNameSchema, organizationNameSchema, recordNameSchema } from "../validators/text.ts";
import { auditEntrySchema } from "./audit.ts";
import { selectedIdsQuerySchema } from "./bulk.ts";
import { listQuerySchema, regionRefSchema } from "./pagination.ts";

/**
 * The social organizations registry (社会组织): one schema for the form, the API and the import.
 * A malformed 统一社会信用代码 is an error here; a failed check character is not — it is a
 * warning the server raises, which a holder of organizations.override_credit_code may accept
 * with a reason (some real codes fail the check).
 */
export const organizationStatusIds = Object.keys(organizationStatuses) as [
  keyof typeof organizationStatuses,
  ...(keyof typeof organizationStatuses)[],
];
export type OrganizationStatus = keyof typeof organizationStatuses;

/** zh-CN names of the fields, for messages ("统一社会信用代码：应为 18 位"). */
export const socialOrganizationFieldLabels: Record<string, string> = {
  name: "名称",
  creditCode: "统一社会信用代码",
  creditCodeOverrideReason: "校验位例外理由",
  orgType: "组织类型",
  registeringAuthority: "登记管理机关",
  registeredOn: "登记日期",
  legalRepresentative: "法定代表人",
  domains: "服务领域",
  evaluationGrade: "评估等级",
  staffCount: "从业人员数",
  address: "地址",
  status: "登记状态",
  regionCode: "所属区划",
};

/** Problems of a credit code together with the type (both sides call it; the server after merging a PATCH). */
export function creditCodeProblems(
  creditCode: string,
  orgType: string | undefined,
): { path: "creditCode" | "orgType"; message: string }[] {
  const parsed = parseCreditCode(creditCode);
  if (!parsed.ok) return [{ path: "creditCode", message: parsed.message }];
  if (parsed.isCivilAffairs && orgType !== undefined && parsed.civilAffairsType !== orgType) {
    const second = parsed.value[1] ?? "";
    return [
      {
        path: "orgType",
        message: parsed.civilAffairsType
          ? `与统一社会信用代码第 2 位“${second}”（${parsed.civilAffairsType}）不符`
          : `统一社会信用代码第 2 位“${second}”不对应社会团体（1）、社会服务机构（2）或基金会（3）`,
      },
    ];
  }
  return [];
}

const organizationFields = {
  name: recordNameSchema(100),
  creditCode: z.string().trim().min(1, "不能为空").max(40),
  /** Only when the check character fails and the user may override it. */
  creditCodeOverrideReason: z.string().trim().max(300).nullable().optional(),
  orgType: z.enum(organizationTypes),
  registeringAuthority: organizationNameSchema(100),
  registeredOn: pastIsoDateSchema.nullable().optional(),
  legalRepresentative: optionalPersonNameSchema(),
  domains: z.array(z.enum(serviceDomains)).max(serviceDomains.length),
  evaluationGrade: z.enum(evaluationGrades).nullable().optional(),
  staffCount: z.number().int("须为整数").min(0, "不能为负数").max(100_000),
  address: z.string().trim().max(200).nullable().optional(),
  status: z.enum(organizationStatusIds),
  regionCode: regionCodeSchema(socialOrganizationFieldLabels.regionCode ?? "所属区划", {
    levels: ["district", "street"],
    message: "须为区（县）或街道（乡镇）",
  }),
};

export const createSocialOrganizationBodySchema = withFieldRules(
  z.strictObject(organizationFields),
  (body, context) => {
    if (body.creditCode === undefined) return;
    for (const problem of creditCodeProblems(body.creditCode, body.orgType)) {
      context.addIssue({ code: "custom", path: [problem.path], message: problem.message });
    }
  },
);
export type CreateSocialOrganizationBody = z.infer<typeof createSocialOrganizationBodySchema>;

/** A PATCH names only what changes; the server re-checks code and type together after merging. */
export const updateSocialOrganizationBodySchema = withFieldRules(
  z.strictObject(organizationFields).partial(),
  (body, context) => {
    if (body.creditCode === undefined) return;
    for (const problem of creditCodeProblems(body.creditCode, undefined)) {
      context.addIssue({ code: "custom", path: [problem.path], message: problem.message });
    }
  },
);
export type UpdateSocialOrganizationBody = z.infer<typeof updateSocialOrganizationBodySchema>;

export const socialOrganizationListQuerySchema = listQuerySchema.extend({
  regionCode: z
    .string()
    .regex(/^\d{12}$/, "应为 12 位数字")
    .optional(),
  orgType: z.enum(organizationTypes).optional(),
  status: z.enum(organizationStatusIds).optional(),
  evaluationGrade: z.enum([...evaluationGrades, "none"]).optional(),
  domain: z.enum(serviceDomains).optional(),
  isActive: z.enum(["true", "false"]).optional(),
  /** Only records whose credit code failed the check and was accepted with a reason. */
  isCreditCodeOverridden: z.enum(["true", "false"]).optional(),
});
export type SocialOrganizationListQuery = z.infer<typeof socialOrganizationListQuerySchema>;
/** The list's filters without paging: what the web keeps in state and sends to the export. */
export type SocialOrganizationFilters = Omit<SocialOrganizationListQuery, "page" | "pageSize" | "sort">;

export const socialOrganizationExportQuerySchema = socialOrganizationListQuerySchema
  .omit({ page: true, pageSize: true, sort: true })
  .extend({ unmasked: z.enum(["true", "false"]).optional(), ids: selectedIdsQuerySchema.optional() });
export type SocialOrganizationExportQuery = z.infer<typeof socialOrganizationExportQuerySchema>;

export const socialOrganizationAbilitiesSchema = z.object({
  edit: z.boolean(),
  deactivate: z.boolean(),
  activate: z.boolean(),
  /** May accept a credit code whose check character fails, with a reason. */
  overrideCreditCode: z.boolean(),
});

export const socialOrganizationSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  creditCode: z.string(),
  isCreditCodeCheckValid: z.boolean(),
  creditCodeOverrideReason: z.string().nullable(),
  orgType: z.enum(organizationTypes),
  registeringAuthority: z.string(),
  registeredOn: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  domains: z.array(z.string()),
  evaluationGrade: z.string().nullable(),
  staffCount: z.number().int(),
  address: z.string().nullable(),
  status: z.enum(organizationStatusIds),
  region: regionRefSchema,
  /** From the district down to the record's region. */
  regionPath: z.array(regionRefSchema),
  /** Social workers employed by this organization (active records, not left), within the user's scope. */
  workerCount: z.number().int(),
  /** Platforms this organization operates, within the user's scope. */
  platformCount: z.number().int(),
  isActive: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: socialOrganizationAbilitiesSchema,
});
export type SocialOrganization = z.infer<typeof socialOrganizationSchema>;

export const socialOrganizationWorkerSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  qualificationLevel: z.string(),
  position: z.string().nullable(),
  employmentStatus: z.string(),
  regionCode: z.string(),
});
export type SocialOrganizationWorker = z.infer<typeof socialOrganizationWorkerSchema>;

export const socialOrganizationDetailSchema = socialOrganizationSchema.extend({
  workers: z.array(socialOrganizationWorkerSchema),
  platforms: z.array(
    z.object({ id: z.number().int(), name: z.string(), kind: z.string(), status: z.string() }),
  ),
});
export type SocialOrganizationDetail = z.infer<typeof socialOrganizationDetailSchema>;

export const socialOrganizationHistorySchema = z.array(auditEntrySchema);
