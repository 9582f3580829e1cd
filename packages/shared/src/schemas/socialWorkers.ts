import { z } from "zod";
import {
  degreeEducationHours,
  type EducationHourKind,
  type EducationLevel,
  type EmployerKind,
  educationHourKinds,
  educationLevels,
  employerKinds,
  employmentStatuses,
  professionalCertificates,
  type QualificationLevel,
  qualificationLevels,
  requiredEducationHours,
  serviceDomains,
} from "../dictionaries.ts";
import { withFieldRules } from "../validators/fieldRules.ts";
import { parseIdNumber } from "../validators/idNumber.ts";
import { isoDateSchema, isoDateToday, pastIsoDateSchema } from "../validators/isoDate.ts";
import { parseMobile } from "../validators/phone.ts";
import { personNameSchema } from "../validators/text.ts";
import { selectedIdsQuerySchema } from "./bulk.ts";
import { ledgerCorrectionSchema } from "./ledgerCorrections.ts";
import { listQuerySchema } from "./pagination.ts";
import { recordReferenceSchema } from "./references.ts";

/**
 * The social workers registry (社会工作者): request and answer shapes of /api/social-workers,
 * shared by the API and the web form, and the derived facts (certified, high-level, composite,
 * registration expiry, continuing-education cycle) computed the same way on both sides.
 * Messages are zh-CN and name no field; the field's label comes from socialWorkerFieldLabels.
 */

export type WorkerEmploymentStatus = keyof typeof employmentStatuses;

const keysOf = <K extends string>(dictionary: Record<K, string>) => Object.keys(dictionary) as [K, ...K[]];

export const educationLevelIds = keysOf<EducationLevel>(educationLevels);
export const qualificationLevelIds = keysOf<QualificationLevel>(qualificationLevels);
export const employerKindIds = keysOf<EmployerKind>(employerKinds);
export const employmentStatusIds = keysOf<WorkerEmploymentStatus>(employmentStatuses);
export const educationHourKindIds = keysOf<EducationHourKind>(educationHourKinds);

/** zh-CN names of this registry's fields, for validation messages ("身份证号：校验位不正确…"). */
export const socialWorkerFieldLabels: Record<string, string> = {
  name: "姓名",
  idNumber: "身份证号",
  phone: "手机号",
  education: "学历",
  major: "所学专业",
  isSocialWorkMajor: "社会工作专业",
  qualificationLevel: "资格等级",
  certificateNumber: "证书编号",
  certificateDate: "发证日期",
  registrationDate: "登记日期",
  otherCertificates: "其他职业资格证书",
  employerKind: "工作单位类型",
  platformId: "服务平台",
  socialOrganizationId: "社会组织",
  departmentId: "社会工作部门",
  position: "岗位",
  domains: "服务领域",
  employmentStatus: "在岗状态",
  isIntroducedTalent: "引进人才",
  joinedOn: "入职日期",
  regionCode: "所属区划",
  expiringWithinDays: "登记到期天数",
  completedOn: "完成日期",
  hours: "学时",
  description: "学习内容",
  field: "字段",
  unmasked: "完整导出",
  kind: "单位类型",
};

/**
 * zh-CN names of a continuing-education entry's fields: its own map because "kind" there is the
 * kind of education, not the employer kind of socialWorkerFieldLabels.
 */
export const educationHoursFieldLabels: Record<string, string> = {
  completedOn: "完成日期",
  kind: "教育类型",
  hours: "学时",
  description: "学习内容",
};

/** A registration is valid 3 years; re-registration opens the next continuing-education cycle. */
export const registrationValidYears = 3;
/** Registrations ending within this many days are flagged (and offered as a list filter). */
export const registrationExpiryWarningDays = 90;
/** A worker holding at least this many professional certificates is composite talent (复合型人才). */
export const compositeCertificateMinimum = 2;

// ---------------------------------------------------------------- dates

/** Adds whole years; 29 February becomes 28 February in a common year (not 1 March). */
function addYears(isoDate: string, years: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split("-").map(Number);
  const targetYear = year + years;
  const lastDayOfMonth = new Date(Date.UTC(targetYear, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(targetYear).padStart(4, "0")}-${pad(month)}-${pad(Math.min(day, lastDayOfMonth))}`;
}

function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  return Math.round(
    (Date.parse(`${toIsoDate}T00:00:00Z`) - Date.parse(`${fromIsoDate}T00:00:00Z`)) / 86_400_000,
  );
}

// ---------------------------------------------------------------- derived facts

/** Registration expiry (登记有效期至) = registration date + 3 years. */
export function registrationExpiryOf(registrationDate: string | null): string | null {
  return registrationDate ? addYears(registrationDate, registrationValidYears) : null;
}

export function isCertifiedLevel(level: QualificationLevel): boolean {
  return level !== "none";
}

/** 高层次人才: 高级社会工作师, or a master's degree or above. */
export function isHighLevelTalent(level: QualificationLevel, education: EducationLevel): boolean {
  return level === "senior" || education === "master" || education === "doctorate";
}

/**
 * Professional certificates a worker holds: the other certificates listed (心理咨询师, 律师 …)
 * plus the social work qualification itself when the worker holds one (助理社会工作师 and above).
 * So a 社会工作师 who is also a 心理咨询师 counts 2 and is composite talent, as is an uncertified
 * worker with two other certificates; a 社会工作师 with nothing else counts 1.
 */
export function professionalCertificateCount(
  level: QualificationLevel,
  otherCertificates: readonly string[],
) {
  return new Set(otherCertificates).size + (isCertifiedLevel(level) ? 1 : 0);
}

export function isCompositeTalent(level: QualificationLevel, otherCertificates: readonly string[]): boolean {
  return professionalCertificateCount(level, otherCertificates) >= compositeCertificateMinimum;
}

export interface EducationCycle {
  /** First day of the cycle (inclusive). */
  start: string;
  /** First day after the cycle (exclusive): start + 3 years. */
  end: string;
}

/**
 * The continuing-education cycle containing `today`: cycles are the consecutive 3-year periods
 * counted from the registration date (rolling), so a worker registered on 2020-05-10 is, on
 * 2026-11-30, in the cycle 2026-05-10 … 2029-05-09. None before registration or without one.
 */
export function educationCycleOf(registrationDate: string | null, today: string): EducationCycle | null {
  if (!registrationDate || registrationDate > today) return null;
  let cycles = 0;
  while (addYears(registrationDate, registrationValidYears * (cycles + 1)) <= today) cycles += 1;
  return {
    start: addYears(registrationDate, registrationValidYears * cycles),
    end: addYears(registrationDate, registrationValidYears * (cycles + 1)),
  };
}

export interface EducationHoursEntry {
  completedOn: string;
  hours: number;
  /** Absent on entries recorded before kinds existed: those are training. */
  kind?: EducationHourKind;
}

/**
 * Hours an entry counts in its cycle: a completed degree counts 90 h whatever hours were typed
 * (the requirement is met by the degree itself, not by its length); training counts as entered.
 */
export function creditedEducationHoursOf(entry: { kind?: EducationHourKind; hours?: number }): number {
  return entry.kind === "degree" ? degreeEducationHours : (entry.hours ?? 0);
}

export interface EducationHoursStatus {
  cycleStart: string;
  cycleEnd: string;
  completedHours: number;
  requiredHours: number;
  isMet: boolean;
}

/** Whether an entry was completed inside the cycle (start inclusive, end exclusive). */
export function isInEducationCycle(entry: { completedOn: string }, cycle: EducationCycle): boolean {
  return entry.completedOn >= cycle.start && entry.completedOn < cycle.end;
}

/**
 * Hours completed in the current cycle against the requirement (72 h 助理, 90 h 社会工作师 and
 * 高级社会工作师), a degree completed in the cycle counting 90 h. Null when nothing is required:
 * uncertified, or not (yet) registered.
 */
export function educationHoursStatusOf(
  level: QualificationLevel,
  registrationDate: string | null,
  records: readonly EducationHoursEntry[],
  today: string,
): EducationHoursStatus | null {
  const requiredHours = requiredEducationHours[level];
  const cycle = educationCycleOf(registrationDate, today);
  if (!cycle || requiredHours === 0) return null;
  const total = records
    .filter((record) => isInEducationCycle(record, cycle))
    .reduce((sum, record) => sum + creditedEducationHoursOf(record), 0);
  const completedHours = Math.round(total * 10) / 10;
  return {
    cycleStart: cycle.start,
    cycleEnd: cycle.end,
    completedHours,
    requiredHours,
    isMet: completedHours >= requiredHours,
  };
}

export interface RegistrationExpiryStatus {
  daysUntilExpiry: number | null;
  isExpired: boolean;
  isExpiringSoon: boolean;
}

export function registrationExpiryStatusOf(
  registrationExpiry: string | null,
  today: string,
  warningDays: number = registrationExpiryWarningDays,
): RegistrationExpiryStatus {
  if (!registrationExpiry) return { daysUntilExpiry: null, isExpired: false, isExpiringSoon: false };
  const days = daysBetween(today, registrationExpiry);
  return { daysUntilExpiry: days, isExpired: days < 0, isExpiringSoon: days >= 0 && days <= warningDays };
}

// ---------------------------------------------------------------- requests

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const optionalDate = isoDateSchema.nullable().optional();
const optionalId = z.number().int().positive().nullable().optional();

const idNumberInputSchema = z.string().superRefine((value, ctx) => {
  if (value.trim() === "") {
    ctx.addIssue({ code: "custom", message: "不能为空" });
    return;
  }
  const parsed = parseIdNumber(value);
  if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
});

const mobileInputSchema = z
  .string()
  .nullable()
  .optional()
  .superRefine((value, ctx) => {
    if (!value || value.trim() === "") return;
    const parsed = parseMobile(value);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
  });

const distinct = (values: readonly string[]) => new Set(values).size === values.length;

/** Every field of a worker as entered; sex and birth date come from the ID number, never typed. */
const socialWorkerFields = z.strictObject({
  name: personNameSchema(),
  idNumber: idNumberInputSchema,
  phone: mobileInputSchema,
  education: z.enum(educationLevelIds),
  major: optionalText(50),
  isSocialWorkMajor: z.boolean(),
  qualificationLevel: z.enum(qualificationLevelIds),
  certificateNumber: optionalText(50),
  certificateDate: optionalDate,
  registrationDate: optionalDate,
  otherCertificates: z
    .array(z.enum(professionalCertificates))
    .max(professionalCertificates.length)
    .refine(distinct, "不能重复选择"),
  employerKind: z.enum(employerKindIds),
  platformId: optionalId,
  socialOrganizationId: optionalId,
  departmentId: optionalId,
  position: optionalText(50),
  domains: z.array(z.enum(serviceDomains)).max(serviceDomains.length).refine(distinct, "不能重复选择"),
  employmentStatus: z.enum(employmentStatusIds),
  isIntroducedTalent: z.boolean(),
  joinedOn: optionalDate,
});

/** The fields the cross-field rules look at (everything but the personal identifiers). */
export type SocialWorkerRuleInput = Omit<z.infer<typeof socialWorkerFields>, "idNumber" | "phone">;

export const employerIdField: Record<EmployerKind, "platformId" | "socialOrganizationId" | "departmentId"> = {
  platform: "platformId",
  organization: "socialOrganizationId",
  department: "departmentId",
};

/**
 * Rules between fields: the employer matching its kind is chosen; a certified worker has a
 * certificate number and date; an uncertified one has no certificate; registration does not
 * precede the certificate; no date lies in the future. Any field may be absent (it failed its
 * own check, see withFieldRules): a rule that needs it says nothing.
 */
export function checkSocialWorkerRules(
  value: Partial<SocialWorkerRuleInput>,
  ctx: z.RefinementCtx,
  today: string = isoDateToday(),
): void {
  if (value.employerKind) {
    const employerField = employerIdField[value.employerKind];
    if (!value[employerField]) {
      ctx.addIssue({
        code: "custom",
        path: [employerField],
        message: `请选择${employerKinds[value.employerKind]}`,
      });
    }
  }
  const certificateFields = ["certificateNumber", "certificateDate", "registrationDate"] as const;
  if (value.qualificationLevel === undefined) {
    // Unknown level: whether a certificate is needed or forbidden cannot be said.
  } else if (isCertifiedLevel(value.qualificationLevel)) {
    if (!value.certificateNumber?.trim()) {
      ctx.addIssue({ code: "custom", path: ["certificateNumber"], message: "持证人员须填写证书编号" });
    }
    if (!value.certificateDate) {
      ctx.addIssue({ code: "custom", path: ["certificateDate"], message: "持证人员须填写发证日期" });
    }
  } else {
    for (const field of certificateFields) {
      const entered = value[field];
      if (entered && entered.trim() !== "") {
        ctx.addIssue({ code: "custom", path: [field], message: "资格等级为“无”时不应填写" });
      }
    }
  }
  if (value.certificateDate && value.registrationDate && value.registrationDate < value.certificateDate) {
    ctx.addIssue({ code: "custom", path: ["registrationDate"], message: "不能早于发证日期" });
  }
  for (const field of ["certificateDate", "registrationDate", "joinedOn"] as const) {
    const date = value[field];
    if (date && date > today) ctx.addIssue({ code: "custom", path: [field], message: "不能晚于今天" });
  }
}

/** POST /api/social-workers, and the web's create form. */
export const createSocialWorkerBodySchema = withFieldRules(socialWorkerFields, (value, ctx) =>
  checkSocialWorkerRules(value, ctx),
);
export type CreateSocialWorkerBody = z.infer<typeof createSocialWorkerBodySchema>;

/**
 * PATCH /api/social-workers/:id: any subset of the fields. The server merges the change into the
 * stored record and checks the merged record with the same cross-field rules.
 */
export const updateSocialWorkerBodySchema = socialWorkerFields.partial().strict();
export type UpdateSocialWorkerBody = z.infer<typeof updateSocialWorkerBodySchema>;

/** The web's edit form: every field, except that unchanged (masked) ID number and phone are left out. */
export const editSocialWorkerFormSchema = withFieldRules(
  socialWorkerFields.extend({ idNumber: idNumberInputSchema.optional() }),
  (value, ctx) => checkSocialWorkerRules(value, ctx),
);

/** Checks a merged record (stored values + a PATCH) with the cross-field rules. */
export const socialWorkerRulesSchema = withFieldRules(
  socialWorkerFields.omit({ idNumber: true, phone: true }),
  (value, ctx) => checkSocialWorkerRules(value, ctx),
);

const booleanText = z.enum(["true", "false"]).optional();

export const socialWorkerFilterSchema = z.object({
  q: listQuerySchema.shape.q,
  regionCode: z
    .string()
    .regex(/^\d{12}$/, "应为 12 位数字")
    .optional(),
  qualificationLevel: z.enum(qualificationLevelIds).optional(),
  education: z.enum(educationLevelIds).optional(),
  employmentStatus: z.enum(employmentStatusIds).optional(),
  employerKind: z.enum(employerKindIds).optional(),
  platformId: z.coerce.number().int().positive().optional(),
  socialOrganizationId: z.coerce.number().int().positive().optional(),
  domain: z.enum(serviceDomains).optional(),
  isCertified: booleanText,
  isHighLevel: booleanText,
  isComposite: booleanText,
  isIntroducedTalent: booleanText,
  isActive: booleanText,
  /** Registration ending between today and today + N days (90: the warning window). */
  expiringWithinDays: z.coerce.number().int().min(1).max(3650).optional(),
});
export type SocialWorkerFilters = z.infer<typeof socialWorkerFilterSchema>;

export const socialWorkerListQuerySchema = listQuerySchema.extend(socialWorkerFilterSchema.shape);
export type SocialWorkerListQuery = z.infer<typeof socialWorkerListQuerySchema>;

export const socialWorkerExportQuerySchema = socialWorkerFilterSchema.extend({
  sort: listQuerySchema.shape.sort,
  unmasked: booleanText,
  ids: selectedIdsQuerySchema.optional(),
});
export type SocialWorkerExportQuery = z.infer<typeof socialWorkerExportQuerySchema>;

export const revealSocialWorkerFieldBodySchema = z.strictObject({ field: z.enum(["idNumber", "phone"]) });
export const revealedFieldSchema = z.object({
  field: z.enum(["idNumber", "phone"]),
  value: z.string().nullable(),
});
export type RevealedField = z.infer<typeof revealedFieldSchema>;

const trainingHoursSchema = z
  .number()
  .positive("须大于 0")
  .max(200)
  .refine((hours) => Number.isInteger(hours * 2), "须为 0.5 的整数倍");

/**
 * POST /api/social-workers/:id/education-hours, and the web's form. Training needs its hours; a
 * degree needs none (any hours sent are ignored: it counts 90 h), only the date it was completed
 * and what it was (学习内容, e.g. 社会工作硕士学位).
 */
export const createEducationHoursBodySchema = withFieldRules(
  z.strictObject({
    kind: z.enum(educationHourKindIds).default("training"),
    completedOn: pastIsoDateSchema,
    hours: z.number().optional(),
    description: z.string().trim().min(1).max(200),
  }),
  (value, ctx) => {
    if (value.kind !== "training") return;
    const hours = trainingHoursSchema.safeParse(value.hours);
    for (const issue of hours.success ? [] : hours.error.issues) {
      ctx.addIssue({ code: "custom", path: ["hours"], message: issue.message });
    }
  },
);
export type CreateEducationHoursBody = z.infer<typeof createEducationHoursBodySchema>;

export const employerOptionsQuerySchema = z.object({
  kind: z.enum(employerKindIds),
  q: z.string().trim().max(50).optional(),
});

// ---------------------------------------------------------------- answers

export const employerOptionSchema = z.object({
  kind: z.enum(employerKindIds),
  id: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
});
export type EmployerOption = z.infer<typeof employerOptionSchema>;

export const educationHoursStatusSchema = z.object({
  cycleStart: z.string(),
  cycleEnd: z.string(),
  completedHours: z.number(),
  requiredHours: z.number(),
  isMet: z.boolean(),
});

export const socialWorkerSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  /** Masked (330***********1234); the clear value only through reveal. */
  idNumber: z.string(),
  sex: z.enum(["male", "female"]),
  /**
   * Year and month of birth (YYYY-MM) only: together with the masked ID number (first 3 and last
   * 4 characters) the full birth date would give away all but 3 digits of the number.
   */
  birthMonth: z.string(),
  age: z.number().int(),
  /** Masked (138****1234) or null. */
  phone: z.string().nullable(),
  education: z.enum(educationLevelIds),
  major: z.string().nullable(),
  isSocialWorkMajor: z.boolean(),
  qualificationLevel: z.enum(qualificationLevelIds),
  certificateNumber: z.string().nullable(),
  certificateDate: z.string().nullable(),
  registrationDate: z.string().nullable(),
  registrationExpiry: z.string().nullable(),
  otherCertificates: z.array(z.string()),
  /** A department (部门) has no page of its own: the web never links it, visible or not. */
  employer: recordReferenceSchema.extend({ kind: z.enum(employerKindIds) }),
  /** The employer's region (the worker belongs where they work). */
  region: z.object({ code: z.string(), name: z.string() }),
  district: z.object({ code: z.string(), name: z.string() }).nullable(),
  position: z.string().nullable(),
  domains: z.array(z.string()),
  employmentStatus: z.enum(employmentStatusIds),
  isIntroducedTalent: z.boolean(),
  joinedOn: z.string().nullable(),
  isActive: z.boolean(),
  isDemo: z.boolean(),
  isCertified: z.boolean(),
  isHighLevel: z.boolean(),
  isComposite: z.boolean(),
  professionalCertificateCount: z.number().int(),
  educationHours: educationHoursStatusSchema.nullable(),
  daysUntilRegistrationExpiry: z.number().int().nullable(),
  isRegistrationExpired: z.boolean(),
  isRegistrationExpiringSoon: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SocialWorker = z.infer<typeof socialWorkerSchema>;

export const socialWorkerAbilitiesSchema = z.object({
  edit: z.boolean(),
  deactivate: z.boolean(),
  activate: z.boolean(),
  reveal: z.boolean(),
  recordEducationHours: z.boolean(),
});
export type SocialWorkerAbilities = z.infer<typeof socialWorkerAbilitiesSchema>;

export const socialWorkerDetailSchema = socialWorkerSchema.extend({ abilities: socialWorkerAbilitiesSchema });
export type SocialWorkerDetail = z.infer<typeof socialWorkerDetailSchema>;

export const educationHoursRecordSchema = z.object({
  id: z.number().int(),
  kind: z.enum(educationHourKindIds),
  completedOn: z.string(),
  /** Hours the record counts: as entered for training, 90 for a degree. */
  hours: z.number(),
  description: z.string(),
  source: z.string(),
  /** Whether the record counts towards the current cycle (never a corrected one nor its reversal). */
  isInCurrentCycle: z.boolean(),
  createdAt: z.string(),
  /**
   * Corrections: a reversal carries the kind of the entry it reverses and the opposite hours,
   * dated the day of the correction; the pair is left out of every cycle's hours (see
   * socialWorkerEducation.service.ts).
   */
  ...ledgerCorrectionSchema.shape,
});
export type EducationHoursRecord = z.infer<typeof educationHoursRecordSchema>;

export const educationHoursListSchema = z.object({
  items: z.array(educationHoursRecordSchema),
  status: educationHoursStatusSchema.nullable(),
});
export type EducationHoursList = z.infer<typeof educationHoursListSchema>;
