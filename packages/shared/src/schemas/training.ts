import { z } from "zod";
import { type QualificationLevel, qualificationLevels } from "../dictionaries.ts";
import { withFieldRules } from "../validators/fieldRules.ts";
import { isoDateSchema } from "../validators/isoDate.ts";
import { regionCodeSchema } from "../validators/region.ts";
import { recordNameSchema } from "../validators/text.ts";
import { listQuerySchema, regionRefSchema } from "./pagination.ts";
import { recordReferenceSchema } from "./references.ts";

/**
 * 人才培养: training courses (a course of sessions, organized in a region, for workers of given
 * qualification levels, within a capacity), the social workers enrolled, their attendance per
 * session (sign-in), and completion, which credits the course's hours to each worker's
 * continuing-education ledger with a certificate number. Messages are zh-CN and name no field;
 * the field's label comes from courseFieldLabels.
 */
export const courseKinds = {
  induction: "岗前培训",
  continuing: "继续教育",
  supervision: "督导培训",
  topical: "专题培训",
} as const;
export type CourseKind = keyof typeof courseKinds;

/** open: enrolment and sign-in; completed: completion recorded; cancelled: with a reason. */
export const courseStatuses = { open: "报名中", completed: "已结业", cancelled: "已取消" } as const;
export type CourseStatus = keyof typeof courseStatuses;

export const enrolmentStatuses = { enrolled: "已报名", completed: "已结业", withdrawn: "已退出" } as const;
export type EnrolmentStatus = keyof typeof enrolmentStatuses;

const keysOf = <K extends string>(dictionary: Record<K, string>) => Object.keys(dictionary) as [K, ...K[]];
export const courseKindIds = keysOf<CourseKind>(courseKinds);
export const courseStatusIds = keysOf<CourseStatus>(courseStatuses);
export const enrolmentStatusIds = keysOf<EnrolmentStatus>(enrolmentStatuses);
/** Levels a course may target: only certified workers have a continuing-education requirement. */
const targetLevelIds = keysOf<QualificationLevel>(qualificationLevels);

export const courseFieldLabels: Record<string, string> = {
  name: "课程名称",
  kind: "培训类别",
  organizer: "主办单位",
  regionCode: "所属区划",
  startDate: "开始日期",
  endDate: "结束日期",
  sessions: "课次",
  date: "日期",
  startTime: "开始时间",
  endTime: "结束时间",
  topic: "课次主题",
  hours: "学时",
  capacity: "名额",
  targetLevels: "面向资格等级",
  reason: "原因",
  socialWorkerId: "社会工作者",
  sessionId: "课次",
  enrolmentIds: "结业学员",
  status: "状态",
};

const clockTime = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "时间格式应为 HH:mm");

export const courseSessionInputSchema = withFieldRules(
  z.strictObject({
    date: isoDateSchema,
    startTime: clockTime,
    endTime: clockTime,
    topic: z.string().trim().min(1).max(100),
  }),
  (fields, ctx) => {
    if (fields.startTime && fields.endTime && fields.endTime <= fields.startTime) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "应晚于开始时间" });
    }
  },
);
export type CourseSessionInput = z.infer<typeof courseSessionInputSchema>;

const courseFields = {
  name: recordNameSchema(100),
  kind: z.enum(courseKindIds, { error: "请选择培训类别" }),
  organizer: z.string().trim().min(1).max(100),
  regionCode: regionCodeSchema("所属区划"),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  sessions: z.array(courseSessionInputSchema).min(1, "至少安排一个课次").max(60),
  /** Hours credited on completion (学时), to the half hour. */
  hours: z
    .number({ error: "请填写学时" })
    .gt(0, "应大于 0")
    .max(200)
    .refine((value) => Number.isInteger(value * 2), "须为 0.5 的整数倍"),
  capacity: z.number({ error: "请填写名额" }).int().min(1).max(2000),
  targetLevels: z
    .array(z.enum(targetLevelIds))
    .min(1, "请至少选择一个资格等级")
    .refine((levels) => new Set(levels).size === levels.length, "不能重复"),
};

type Rules = Partial<{ startDate: string; endDate: string; sessions: CourseSessionInput[] }>;

function courseRules(fields: Rules, ctx: z.RefinementCtx): void {
  if (fields.startDate && fields.endDate && fields.endDate < fields.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "不能早于开始日期" });
  }
  if (fields.sessions && fields.startDate && fields.endDate) {
    const { startDate, endDate } = fields;
    fields.sessions.forEach((session, index) => {
      if (session.date < startDate || session.date > endDate) {
        ctx.addIssue({
          code: "custom",
          path: ["sessions", index, "date"],
          message: "应在开始与结束日期之间",
        });
      }
    });
  }
}

export const createCourseBodySchema = withFieldRules(z.strictObject(courseFields), courseRules);
export type CreateCourseBody = z.infer<typeof createCourseBodySchema>;

/** Sessions may change only while nobody has signed in (their attendance would be orphaned). */
export const updateCourseBodySchema = withFieldRules(z.strictObject(courseFields).partial(), courseRules);
export type UpdateCourseBody = z.infer<typeof updateCourseBodySchema>;

export const cancelCourseBodySchema = z.strictObject({
  reason: z.string().trim().min(1, "请填写原因").max(200),
});
export type CancelCourseBody = z.infer<typeof cancelCourseBodySchema>;

export const courseListQuerySchema = listQuerySchema.extend({
  regionCode: z
    .string()
    .regex(/^\d{12}$/, "不是有效的区划")
    .optional(),
  kind: z.enum(courseKindIds).optional(),
  status: z.enum(courseStatusIds).optional(),
  dateFrom: isoDateSchema.optional(),
  dateTo: isoDateSchema.optional(),
});
export type CourseListQuery = z.infer<typeof courseListQuerySchema>;

export const enrolBodySchema = z.strictObject({
  socialWorkerId: z.number({ error: "请选择社会工作者" }).int().positive("请选择社会工作者"),
});
export type EnrolBody = z.infer<typeof enrolBodySchema>;

/** Sign-in of enrolled workers to one session (present: signed in; absent: a sign-in undone). */
export const attendanceBodySchema = z.strictObject({
  sessionId: z.number({ error: "请选择课次" }).int().positive("请选择课次"),
  enrolmentIds: z
    .array(z.number().int().positive())
    .min(1, "请至少选择一名学员")
    .max(2000)
    .refine((ids) => new Set(ids).size === ids.length, "不能重复"),
  present: z.boolean().default(true),
});
export type AttendanceBody = z.infer<typeof attendanceBodySchema>;

/** Completion of the listed enrolments (each must have signed in to every session). */
export const completionBodySchema = z.strictObject({
  enrolmentIds: z
    .array(z.number().int().positive())
    .min(1, "请至少选择一名学员")
    .max(2000)
    .refine((ids) => new Set(ids).size === ids.length, "不能重复"),
});
export type CompletionBody = z.infer<typeof completionBodySchema>;

export const completionCancelBodySchema = z.strictObject({
  reason: z.string().trim().min(1, "请填写撤销原因").max(200),
});
export type CompletionCancelBody = z.infer<typeof completionCancelBodySchema>;

export const complianceQuerySchema = z.object({
  regionCode: z
    .string()
    .regex(/^\d{12}$/, "不是有效的区划")
    .optional(),
});
export type ComplianceQuery = z.infer<typeof complianceQuerySchema>;

// ---------------------------------------------------------------- answers

export const courseAbilitiesSchema = z.object({
  edit: z.boolean(),
  cancel: z.boolean(),
  enrol: z.boolean(),
  attend: z.boolean(),
  complete: z.boolean(),
  cancelCompletion: z.boolean(),
});
export type CourseAbilities = z.infer<typeof courseAbilitiesSchema>;

export const courseSessionSchema = z.object({
  id: z.number().int(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  topic: z.string(),
});

export const courseSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(courseKindIds),
  organizer: z.string(),
  region: regionRefSchema,
  startDate: z.string(),
  endDate: z.string(),
  hours: z.number(),
  capacity: z.number().int(),
  enrolledCount: z.number().int(),
  targetLevels: z.array(z.enum(targetLevelIds)),
  status: z.enum(courseStatusIds),
  cancelReason: z.string().nullable(),
  abilities: courseAbilitiesSchema,
});
export type Course = z.infer<typeof courseSchema>;

export const courseEnrolmentSchema = z.object({
  id: z.number().int(),
  socialWorker: recordReferenceSchema,
  qualificationLevel: z.enum(targetLevelIds),
  status: z.enum(enrolmentStatusIds),
  enrolledAt: z.string(),
  /** Ids of the sessions the worker signed in to. */
  attendedSessionIds: z.array(z.number().int()),
  certificateNumber: z.string().nullable(),
  completedOn: z.string().nullable(),
});
export type CourseEnrolment = z.infer<typeof courseEnrolmentSchema>;

export const courseDetailSchema = courseSchema.extend({
  sessions: z.array(courseSessionSchema),
  enrolments: z.array(courseEnrolmentSchema),
});
export type CourseDetail = z.infer<typeof courseDetailSchema>;

export const complianceWorkerSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  qualificationLevel: z.enum(targetLevelIds),
  cycleStart: z.string(),
  cycleEnd: z.string(),
  requiredHours: z.number(),
  completedHours: z.number(),
  shortBy: z.number(),
});
export type ComplianceWorker = z.infer<typeof complianceWorkerSchema>;

export const complianceUnitSchema = z.object({
  /** District: its region; station: the employing platform (or the workers' street when none). */
  level: z.enum(["district", "station"]),
  code: z.string(),
  name: z.string(),
  districtCode: z.string(),
  required: z.number().int(),
  met: z.number().int(),
  short: z.number().int(),
  /** Sum of the hours the short workers still need. */
  shortHours: z.number(),
});
export type ComplianceUnit = z.infer<typeof complianceUnitSchema>;

export const complianceReportSchema = z.object({
  asOf: z.string(),
  regionCode: z.string(),
  units: z.array(complianceUnitSchema),
  shortWorkers: z.array(complianceWorkerSchema.extend({ districtCode: z.string(), stationName: z.string() })),
});
export type ComplianceReport = z.infer<typeof complianceReportSchema>;
