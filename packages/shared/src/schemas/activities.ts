import { z } from "zod";
import { serviceDomains, volunteerSkills } from "../dictionaries.ts";
import { withFieldRules } from "../validators/fieldRules.ts";
import { isoDateSchema } from "../validators/isoDate.ts";
import { regionCodeSchema } from "../validators/region.ts";
import { recordNameSchema } from "../validators/text.ts";
import { selectedIdsQuerySchema } from "./bulk.ts";
import { listQuerySchema, regionRefSchema } from "./pagination.ts";
import { recordReferenceSchema } from "./references.ts";

/**
 * 小组/社区活动 and their volunteer recruitment (中国志愿服务网 style): an activity is drafted,
 * published with the volunteer places and skills it needs, held (volunteers checked in and out),
 * and done when the organizer confirms the volunteers' hours into their ledger — or cancelled.
 */
export const activityMethods = { group: "小组活动", community: "社区活动" } as const;
export type ActivityMethod = keyof typeof activityMethods;

export const activityStatuses = {
  draft: "草稿",
  published: "已发布",
  done: "已结束",
  cancelled: "已取消",
} as const;
export type ActivityStatus = keyof typeof activityStatuses;

/** To whom the places are offered: named teams, or the volunteers registered in an area. */
export const activityRecruitTargets = { teams: "指定志愿服务队", area: "区域内志愿者" } as const;
export type ActivityRecruitTarget = keyof typeof activityRecruitTargets;

export const activityOrganizerKinds = {
  platform: "社工站（服务平台）",
  socialOrganization: "社会组织",
} as const;
export type ActivityOrganizerKind = keyof typeof activityOrganizerKinds;

export const activityFieldLabels: Record<string, string> = {
  name: "活动名称",
  method: "活动形式",
  domain: "服务领域",
  date: "活动日期",
  startTime: "开始时间",
  endTime: "结束时间",
  place: "活动地点",
  regionCode: "活动区划",
  organizerKind: "主办方类型",
  organizerId: "主办方",
  participantIds: "参与的服务对象",
  unregisteredCount: "未登记参与人数",
  volunteerPlaces: "志愿者名额",
  volunteerSkills: "所需技能",
  recruitTarget: "招募对象",
  recruitTeamIds: "招募的志愿服务队",
  recruitRegionCode: "招募区域",
  report: "活动小结",
  satisfactionMean: "满意度（平均）",
  satisfactionCount: "满意度评价人数",
  reason: "取消原因",
  volunteerId: "志愿者",
  teamId: "志愿服务队",
  checkInAt: "签到时间",
  checkOutAt: "签退时间",
  entries: "时长",
  hours: "时长",
  token: "签到码",
  volunteerNumber: "志愿者编号",
  phoneLast4: "手机号后四位",
};

/** "HH:mm", 24-hour, as a time field sends it. */
export const clockTimeSchema = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "时间格式应为 HH:mm");

const distinct = <T>(values: readonly T[]) => new Set(values).size === values.length;
const ids = (max: number) => z.array(z.number().int().positive()).max(max).refine(distinct, "不能重复");

const activityFields = {
  name: recordNameSchema(100),
  method: z.enum(Object.keys(activityMethods) as [ActivityMethod]),
  domain: z.enum(serviceDomains),
  date: isoDateSchema,
  startTime: clockTimeSchema,
  endTime: clockTimeSchema,
  place: z.string().trim().min(1, "不能为空").max(200),
  regionCode: regionCodeSchema("活动区划", {
    levels: ["street", "community"],
    message: "须为街道（乡镇）或社区（村）",
  }),
  organizerKind: z.enum(Object.keys(activityOrganizerKinds) as [ActivityOrganizerKind]),
  organizerId: z.number({ error: "请选择主办方" }).int().positive("请选择主办方"),
  participantIds: ids(500),
  unregisteredCount: z.number().int().min(0, "不能为负数").max(100000),
  volunteerPlaces: z.number().int().min(0, "不能为负数").max(1000),
  volunteerSkills: z.array(z.enum(volunteerSkills)).max(volunteerSkills.length).refine(distinct, "不能重复"),
  recruitTarget: z
    .enum(Object.keys(activityRecruitTargets) as [ActivityRecruitTarget])
    .nullable()
    .optional(),
  recruitTeamIds: ids(50),
  recruitRegionCode: z
    .string()
    .regex(/^\d{12}$/, "不是有效的区划，请重新选择")
    .nullable()
    .optional(),
  report: z.string().trim().max(2000).nullable().optional(),
  satisfactionMean: z.number().min(1, "应在 1–5 之间").max(5, "应在 1–5 之间").nullable().optional(),
  satisfactionCount: z.number().int().min(0, "不能为负数").max(100000).nullable().optional(),
};

type Rules = Partial<{
  startTime: string;
  endTime: string;
  recruitTarget: ActivityRecruitTarget | null;
  recruitTeamIds: number[];
  recruitRegionCode: string | null;
}>;

function activityRules(fields: Rules, ctx: z.RefinementCtx): void {
  if (fields.startTime && fields.endTime && fields.endTime <= fields.startTime) {
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "应晚于开始时间" });
  }
  if (fields.recruitTarget === "teams" && fields.recruitTeamIds && fields.recruitTeamIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["recruitTeamIds"], message: "请至少选择一个志愿服务队" });
  }
  if (fields.recruitTarget === "area" && fields.recruitRegionCode === null) {
    ctx.addIssue({ code: "custom", path: ["recruitRegionCode"], message: "请选择招募区域" });
  }
}

export const createActivityBodySchema = withFieldRules(
  z.strictObject({
    ...activityFields,
    participantIds: activityFields.participantIds.default([]),
    unregisteredCount: activityFields.unregisteredCount.default(0),
    volunteerPlaces: activityFields.volunteerPlaces.default(0),
    volunteerSkills: activityFields.volunteerSkills.default([]),
    recruitTeamIds: activityFields.recruitTeamIds.default([]),
  }),
  activityRules,
);
export type CreateActivityBody = z.input<typeof createActivityBodySchema>;
export type CreateActivityInput = z.infer<typeof createActivityBodySchema>;

export const updateActivityBodySchema = withFieldRules(
  z.strictObject(activityFields).partial(),
  activityRules,
);
export type UpdateActivityBody = z.infer<typeof updateActivityBodySchema>;

export const activityListQuerySchema = listQuerySchema.extend({
  regionCode: z
    .string()
    .regex(/^\d{12}$/, "不是有效的区划")
    .optional(),
  status: z.enum(Object.keys(activityStatuses) as [ActivityStatus]).optional(),
  method: z.enum(Object.keys(activityMethods) as [ActivityMethod]).optional(),
  domain: z.enum(serviceDomains).optional(),
  dateFrom: isoDateSchema.optional(),
  dateTo: isoDateSchema.optional(),
  /** Only activities that still have free volunteer places (recruiting). */
  recruiting: z.enum(["true", "false"]).optional(),
});
export type ActivityListQuery = z.infer<typeof activityListQuerySchema>;

export const activityExportQuerySchema = activityListQuerySchema
  .omit({ page: true, pageSize: true, sort: true })
  .extend({ ids: selectedIdsQuerySchema.optional() });
export type ActivityExportQuery = z.infer<typeof activityExportQuerySchema>;

export const cancelActivityBodySchema = z.strictObject({
  reason: z.string().trim().min(1, "请填写取消原因").max(200),
});

export const activitySignupBodySchema = z.strictObject({
  volunteerId: z.number({ error: "请选择志愿者" }).int().positive(),
  /** The team the volunteer comes with (a team leader signing members up); null for the station's own. */
  teamId: z.number().int().positive().nullable().optional(),
});
export type ActivitySignupBody = z.infer<typeof activitySignupBodySchema>;

/** Times the station enters on the day; null clears one (a mistaken check-in). */
export const activityAttendanceBodySchema = withFieldRules(
  z.strictObject({
    checkInAt: clockTimeSchema.nullable().optional(),
    checkOutAt: clockTimeSchema.nullable().optional(),
  }),
  (fields, ctx) => {
    if (fields.checkInAt && fields.checkOutAt && fields.checkOutAt <= fields.checkInAt) {
      ctx.addIssue({ code: "custom", path: ["checkOutAt"], message: "应晚于签到时间" });
    }
  },
);
export type ActivityAttendanceBody = z.infer<typeof activityAttendanceBodySchema>;

/** Hours per sign-up as the organizer confirms them (suggested: check-out − check-in, to 0.5 h). */
export const confirmActivityHoursBodySchema = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        signupId: z.number().int().positive(),
        hours: z.number().min(0.5, "至少 0.5 小时").max(24, "不能超过 24 小时"),
      }),
    )
    .max(1000),
});
export type ConfirmActivityHoursBody = z.infer<typeof confirmActivityHoursBodySchema>;

export const activityCheckinLinkSchema = z.object({ token: z.string(), expiresAt: z.string() });

export const publicCheckinQuerySchema = z.object({ token: z.string().min(10).max(300) });
export const publicCheckinBodySchema = z.strictObject({
  token: z.string().min(10).max(300),
  volunteerNumber: z.string().trim().min(1, "请填写志愿者编号").max(40),
  phoneLast4: z
    .string()
    .trim()
    .regex(/^\d{4}$/, "应为 4 位数字"),
});
export type PublicCheckinBody = z.infer<typeof publicCheckinBodySchema>;

export const publicActivitySchema = z.object({
  name: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
});
export const publicCheckinResultSchema = z.object({
  action: z.enum(["checkin", "checkout"]),
  at: z.string(),
  /** Masked: the page is public. */
  volunteerName: z.string(),
});

export const activityAbilitiesSchema = z.object({
  edit: z.boolean(),
  publish: z.boolean(),
  cancel: z.boolean(),
  signUp: z.boolean(),
  attend: z.boolean(),
  confirmHours: z.boolean(),
  /** Correct a confirmed entry by a reversing one (the volunteers' ledger route). */
  reverseHours: z.boolean(),
});
export type ActivityAbilities = z.infer<typeof activityAbilitiesSchema>;

export const activitySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  method: z.enum(Object.keys(activityMethods) as [ActivityMethod]),
  domain: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  region: regionRefSchema,
  regionPath: z.array(regionRefSchema),
  organizerKind: z.enum(Object.keys(activityOrganizerKinds) as [ActivityOrganizerKind]),
  organizer: recordReferenceSchema,
  status: z.enum(Object.keys(activityStatuses) as [ActivityStatus]),
  volunteerPlaces: z.number().int(),
  signedUpCount: z.number().int(),
  participantCount: z.number().int(),
  unregisteredCount: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Activity = z.infer<typeof activitySchema>;

export const activitySignupSchema = z.object({
  id: z.number().int(),
  volunteer: recordReferenceSchema.extend({ volunteerNumber: z.string() }),
  team: recordReferenceSchema.nullable(),
  status: z.enum(["signedUp", "withdrawn"]),
  signedUpAt: z.string(),
  checkInAt: z.string().nullable(),
  checkOutAt: z.string().nullable(),
  /** check-out − check-in rounded to 0.5 h; null until both are in. */
  suggestedHours: z.number().nullable(),
  /** The ledger entry its confirmed hours became; null before confirming. */
  ledgerEntry: z.object({ id: z.number().int(), hours: z.number(), isReversed: z.boolean() }).nullable(),
});
export type ActivitySignup = z.infer<typeof activitySignupSchema>;

export const activityDetailSchema = activitySchema.extend({
  volunteerSkills: z.array(z.string()),
  recruitTarget: z.enum(Object.keys(activityRecruitTargets) as [ActivityRecruitTarget]).nullable(),
  recruitTeams: z.array(recordReferenceSchema),
  recruitRegion: regionRefSchema.nullable(),
  /** Registered participants (clients); empty for a user without clients.read (the leader). */
  participants: z.array(recordReferenceSchema),
  report: z.string().nullable(),
  satisfactionMean: z.number().nullable(),
  satisfactionCount: z.number().int().nullable(),
  cancelReason: z.string().nullable(),
  hoursConfirmedAt: z.string().nullable(),
  signups: z.array(activitySignupSchema),
  abilities: activityAbilitiesSchema,
});
export type ActivityDetail = z.infer<typeof activityDetailSchema>;

/** Half-hour steps, as the ledger shows hours: 2 h 14 min → 2 h, 2 h 15 min → 2.5 h. */
export function roundToHalfHour(minutes: number): number {
  return Math.round(minutes / 30) / 2;
}

export function minutesBetween(from: string, to: string): number {
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return toMinutes(to) - toMinutes(from);
}
