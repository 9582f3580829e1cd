import { z } from "zod";
import { clientCategories, clientConsentKinds, clientRiskLevels } from "../dictionaries.ts";
import { withFieldRules } from "../validators/fieldRules.ts";
import { ageOn, parseIdNumber } from "../validators/idNumber.ts";
import { pastIsoDateSchema } from "../validators/isoDate.ts";
import { parseMobile } from "../validators/phone.ts";
import { regionCodeSchema } from "../validators/region.ts";
import { optionalPersonNameSchema, personNameSchema } from "../validators/text.ts";
import { auditEntrySchema } from "./audit.ts";
import { selectedIdsQuerySchema } from "./bulk.ts";
import { listQuerySchema, regionRefSchema } from "./pagination.ts";

/**
 * 服务对象 (clients of casework): one schema for the form, the API and (later) the import. The ID
 * number is optional — some people have none — and then the birth date and sex are entered; with
 * one, both derive from it. A suspected duplicate is flagged, never merged (`possibleDuplicates`).
 */

/** zh-CN names of the fields, for messages ("出生日期：未填身份证号时必填"). */
export const clientFieldLabels: Record<string, string> = {
  name: "姓名",
  idNumber: "身份证号",
  birthDate: "出生日期",
  sex: "性别",
  phone: "手机号",
  regionCode: "所属区划",
  address: "住址",
  categories: "服务对象类别",
  householdMembers: "家庭成员",
  guardianName: "监护人姓名",
  guardianRelation: "与监护人关系",
  riskLevel: "风险等级",
  isEmergency: "紧急标记",
  field: "字段",
  kind: "同意事项",
  givenOn: "同意日期",
  withdrawnOn: "撤回日期",
};

/** Under this age a client's consent must come from a guardian (PIPL Art. 31). */
export const clientGuardianConsentAge = 14;

export function clientNeedsGuardianConsent(birthDate: string, on: string): boolean {
  return ageOn(birthDate, new Date(`${on}T00:00:00Z`)) < clientGuardianConsentAge;
}

const distinct = <T>(values: readonly T[]) => new Set(values).size === values.length;

const idNumberSchema = z
  .string()
  .trim()
  .max(30)
  .superRefine((value, context) => {
    const parsed = parseIdNumber(value);
    if (!parsed.ok) context.addIssue({ code: "custom", message: parsed.message });
  });

const mobileSchema = z
  .string()
  .trim()
  .max(20)
  .superRefine((value, context) => {
    const parsed = parseMobile(value);
    if (!parsed.ok) context.addIssue({ code: "custom", message: parsed.message });
  });

const householdMemberSchema = z.strictObject({
  name: personNameSchema(),
  relation: z.string().trim().min(1, "不能为空").max(20),
});

const clientFields = {
  name: personNameSchema(),
  /** Left out (null) for a person without one; then birthDate and sex are required. */
  idNumber: idNumberSchema.nullable().optional(),
  birthDate: pastIsoDateSchema.nullable().optional(),
  sex: z.enum(["male", "female"]).nullable().optional(),
  phone: mobileSchema.nullable().optional(),
  regionCode: regionCodeSchema(clientFieldLabels.regionCode ?? "所属区划", {
    levels: ["community"],
    message: "须为社区（村）",
  }),
  address: z.string().trim().max(200).nullable().optional(),
  categories: z.array(z.enum(clientCategories)).max(clientCategories.length).refine(distinct, "不能重复"),
  householdMembers: z.array(householdMemberSchema).max(20),
  guardianName: optionalPersonNameSchema(),
  guardianRelation: z.string().trim().max(20).nullable().optional(),
  riskLevel: z.enum(Object.keys(clientRiskLevels) as [keyof typeof clientRiskLevels]),
  isEmergency: z.boolean(),
};

type IdentityFields = { idNumber?: string | null; birthDate?: string | null; sex?: "male" | "female" | null };

/** Without an ID number the birth date and sex are entered; with one they must agree with it. */
function identityRules(fields: IdentityFields, ctx: z.RefinementCtx, isCreate: boolean): void {
  if (fields.idNumber) {
    const parsed = parseIdNumber(fields.idNumber);
    if (!parsed.ok) return;
    if (fields.birthDate && fields.birthDate !== parsed.birthDate) {
      ctx.addIssue({ code: "custom", path: ["birthDate"], message: "与身份证号不一致" });
    }
    if (fields.sex && fields.sex !== parsed.sex) {
      ctx.addIssue({ code: "custom", path: ["sex"], message: "与身份证号不一致" });
    }
    return;
  }
  if (!isCreate) return;
  const required = "未填身份证号时必填";
  if (!fields.birthDate) ctx.addIssue({ code: "custom", path: ["birthDate"], message: required });
  if (!fields.sex) ctx.addIssue({ code: "custom", path: ["sex"], message: required });
}

export const createClientBodySchema = withFieldRules(
  z.strictObject({
    ...clientFields,
    categories: clientFields.categories.default([]),
    householdMembers: clientFields.householdMembers.default([]),
    riskLevel: clientFields.riskLevel.default("low"),
    isEmergency: clientFields.isEmergency.default(false),
  }),
  (fields, ctx) => identityRules(fields, ctx, true),
);
export type CreateClientBody = z.input<typeof createClientBodySchema>;
export type CreateClientInput = z.infer<typeof createClientBodySchema>;

/** A PATCH names only what changes; an ID number cleared keeps the birth date and sex on record. */
export const updateClientBodySchema = withFieldRules(z.strictObject(clientFields).partial(), (fields, ctx) =>
  identityRules(fields, ctx, false),
);
export type UpdateClientBody = z.infer<typeof updateClientBodySchema>;

/** A list's region filter: a code from the address bar, not a form's choice. */
const regionFilterSchema = z.string().regex(/^\d{12}$/, "不是有效的区划");

export const clientListQuerySchema = listQuerySchema.extend({
  regionCode: regionFilterSchema.optional(),
  category: z.enum(clientCategories).optional(),
  riskLevel: z.enum(Object.keys(clientRiskLevels) as [keyof typeof clientRiskLevels]).optional(),
  isEmergency: z.enum(["true", "false"]).optional(),
  isActive: z.enum(["true", "false"]).optional(),
});
export type ClientListQuery = z.infer<typeof clientListQuerySchema>;

export const clientExportQuerySchema = clientListQuerySchema
  .omit({ page: true, pageSize: true, sort: true })
  .extend({ unmasked: z.enum(["true", "false"]).optional(), ids: selectedIdsQuerySchema.optional() });
export type ClientExportQuery = z.infer<typeof clientExportQuerySchema>;

export const clientAbilitiesSchema = z.object({
  edit: z.boolean(),
  deactivate: z.boolean(),
  activate: z.boolean(),
  reveal: z.boolean(),
  /** Record a consent (an active client's). */
  manageConsents: z.boolean(),
  /** Withdraw one: possible for a deactivated client too — a withdrawal is never refused for that. */
  withdrawConsent: z.boolean(),
});
export type ClientAbilities = z.infer<typeof clientAbilitiesSchema>;

export const clientDuplicateReasons = ["idNumber", "nameBirthDateCommunity"] as const;

export const possibleDuplicateSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  reason: z.enum(clientDuplicateReasons),
});
export type PossibleDuplicate = z.infer<typeof possibleDuplicateSchema>;

export const clientSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  /** Masked (330***********123X), null for a person without one; clear only through reveal. */
  idNumber: z.string().nullable(),
  sex: z.enum(["male", "female"]),
  /** "YYYY-MM": the full date only through reveal (it would give most of the ID number away). */
  birthDate: z.string(),
  phone: z.string().nullable(),
  /** Masked; clear only through reveal. */
  address: z.string().nullable(),
  region: regionRefSchema,
  regionPath: z.array(regionRefSchema),
  categories: z.array(z.string()),
  riskLevel: z.enum(Object.keys(clientRiskLevels) as [keyof typeof clientRiskLevels]),
  isEmergency: z.boolean(),
  isActive: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Client = z.infer<typeof clientSchema>;

export const clientConsentSchema = z.object({
  id: z.number().int(),
  kind: z.enum(Object.keys(clientConsentKinds) as [keyof typeof clientConsentKinds]),
  /** Null when the client consented themself. */
  guardianName: z.string().nullable(),
  givenOn: z.string(),
  recordedBy: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  recordedAt: z.string(),
  withdrawnOn: z.string().nullable(),
});
export type ClientConsent = z.infer<typeof clientConsentSchema>;

export const clientDetailSchema = clientSchema.extend({
  age: z.number().int(),
  /** Under 14 today: consents are given by the guardian. */
  needsGuardianConsent: z.boolean(),
  householdMembers: z.array(z.object({ name: z.string(), relation: z.string() })),
  guardianName: z.string().nullable(),
  guardianRelation: z.string().nullable(),
  consents: z.array(clientConsentSchema),
  /** Records that may be the same person: flagged for a person to decide, never merged. */
  possibleDuplicates: z.array(possibleDuplicateSchema),
  /** The record this one was merged into (it is then deactivated); null otherwise. */
  mergedIntoId: z.number().int().nullable(),
  abilities: clientAbilitiesSchema,
});
export type ClientDetail = z.infer<typeof clientDetailSchema>;

export const clientRevealFields = ["idNumber", "phone", "address"] as const;
export const clientRevealBodySchema = z.strictObject({ field: z.enum(clientRevealFields) });
export const clientRevealResultSchema = z.object({
  field: z.enum(clientRevealFields),
  value: z.string().nullable(),
});
export type ClientRevealResult = z.infer<typeof clientRevealResultSchema>;

export const clientHistorySchema = z.array(auditEntrySchema);

export const recordClientConsentBodySchema = z.strictObject({
  kind: z.enum(Object.keys(clientConsentKinds) as [keyof typeof clientConsentKinds]),
  /** The guardian who consented; null or absent when the client consented themself. */
  guardianName: optionalPersonNameSchema(),
  givenOn: pastIsoDateSchema,
});
export type RecordClientConsentBody = z.infer<typeof recordClientConsentBodySchema>;

export const withdrawClientConsentBodySchema = z.strictObject({
  /** Defaults to today. */
  withdrawnOn: pastIsoDateSchema.nullable().optional(),
});
export type WithdrawClientConsentBody = z.infer<typeof withdrawClientConsentBodySchema>;

/* ——— The duplicates queue (疑似重复) ——— */

export const clientDuplicatePairSchema = z.object({
  id: z.number().int(),
  reason: z.enum(clientDuplicateReasons),
  /** Where the pair was flagged: the form (entry) or an Excel import. */
  source: z.enum(["entry", "import"]),
  flaggedAt: z.string(),
  /** The two records side by side, masked, the older first. */
  clients: z.tuple([clientSchema, clientSchema]),
  /** Whether the user may merge the pair (station staff, district and city officers). */
  mayMerge: z.boolean(),
  /** What each record has that a merge would move, per kind of record ("cases": 2 …). */
  references: z.record(z.string(), z.tuple([z.number().int(), z.number().int()])),
});
export type ClientDuplicatePair = z.infer<typeof clientDuplicatePairSchema>;

export const clientDuplicateListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ClientDuplicateListQuery = z.infer<typeof clientDuplicateListQuerySchema>;

export const mergeClientDuplicateBodySchema = z.strictObject({
  /** The record that stays: one of the pair's two clients. */
  keepId: z.number().int().positive(),
});
export type MergeClientDuplicateBody = z.infer<typeof mergeClientDuplicateBodySchema>;

export const clientMergeResultSchema = z.object({
  keptId: z.number().int(),
  mergedId: z.number().int(),
  /** Rows moved to the survivor, per table. */
  moved: z.record(z.string(), z.number().int()),
});
export type ClientMergeResult = z.infer<typeof clientMergeResultSchema>;
