import { z } from "zod";
import { periodKinds } from "../analytics/periods.ts";
import { listQuerySchema, regionRefSchema } from "../schemas/pagination.ts";
import { regionCodeSchema } from "../validators/region.ts";
import { reportStatuses } from "./reportLifecycle.ts";

/**
 * The periodic reports' API (`/api/reports`): a report per district and period, its manual
 * fields, and its figures — the catalogue's indicators of the district and of each of its
 * streets, live while the district prepares it, as submitted once it is submitted.
 */
export const periodicReportFieldLabels: Record<string, string> = {
  regionCode: "所属区县",
  period: "统计期",
  periodKind: "报表类型",
  status: "状态",
  narrative: "总体情况",
  highlights: "亮点",
  problems: "问题与建议",
  reason: "退回原因",
};

export const reportTextLimits = { narrative: 3000, highlights: 1500, problems: 1500, reason: 200 } as const;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Plain text of several paragraphs: line breaks and tabs stay, other control characters do not. */
const reportText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((text) => !controlCharacter.test(text), "不能包含控制字符");

const periodSchema = z
  .string({ error: (issue) => (issue.input == null ? "请选择统计期" : undefined) })
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, "请选择月份、季度或年度");

export const createPeriodicReportBodySchema = z.strictObject({
  regionCode: regionCodeSchema("所属区县", { levels: ["district"], message: "须为区（县）" }),
  period: periodSchema,
  narrative: reportText(reportTextLimits.narrative).optional(),
  highlights: reportText(reportTextLimits.highlights).optional(),
  problems: reportText(reportTextLimits.problems).optional(),
});
export type CreatePeriodicReportBody = z.input<typeof createPeriodicReportBodySchema>;

/** PUT: the manual fields as the form holds them (all three; an empty one clears it). */
export const updatePeriodicReportBodySchema = z.strictObject({
  narrative: reportText(reportTextLimits.narrative),
  highlights: reportText(reportTextLimits.highlights),
  problems: reportText(reportTextLimits.problems),
});
export type UpdatePeriodicReportBody = z.infer<typeof updatePeriodicReportBodySchema>;

export const returnPeriodicReportBodySchema = z.strictObject({
  reason: z
    .string({ error: (issue) => (issue.input == null ? "请填写退回原因" : undefined) })
    .trim()
    .min(1, "请填写退回原因")
    .max(reportTextLimits.reason),
});
export type ReturnPeriodicReportBody = z.infer<typeof returnPeriodicReportBodySchema>;

export const periodicReportListQuerySchema = listQuerySchema.extend({
  regionCode: z
    .string()
    .regex(/^\d{12}$/, "不是有效的区划")
    .optional(),
  periodKind: z.enum(periodKinds).optional(),
  status: z.enum(reportStatuses).optional(),
  /** One period (`2026-11`), e.g. every district's report of the month. */
  period: z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, "统计期格式应为 2026-11、2026-Q4 或 2026")
    .optional(),
});
export type PeriodicReportListQuery = z.infer<typeof periodicReportListQuerySchema>;

export const reportAbilitiesSchema = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  approve: z.boolean(),
  return: z.boolean(),
});
export type ReportAbilities = z.infer<typeof reportAbilitiesSchema>;

export const periodicReportSchema = z.object({
  id: z.number().int(),
  region: regionRefSchema,
  period: z.string(),
  periodKind: z.enum(periodKinds),
  status: z.enum(reportStatuses),
  /** The last day it counts as on time. */
  dueOn: z.string(),
  firstSubmittedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  /** When the city approved or returned it last. */
  decidedAt: z.string().nullable(),
  /** Whether its first submission met the deadline; null while never submitted. */
  isOnTime: z.boolean().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: reportAbilitiesSchema,
});
export type PeriodicReport = z.infer<typeof periodicReportSchema>;

/** One indicator of the report: the district's value and each street's. */
export const reportIndicatorSchema = z.object({
  code: z.string(),
  /** "now" for a figure of stocks (as it stood when taken), else the report's period. */
  period: z.string(),
  value: z.number().nullable(),
  median: z.number().nullable(),
  units: z.array(z.object({ code: z.string(), value: z.number().nullable() })),
});
export type ReportIndicator = z.infer<typeof reportIndicatorSchema>;

export const reportFiguresSchema = z.object({
  /** When the figures were taken (now for live ones, the submission for a snapshot). */
  takenAt: z.string(),
  /** When the aggregates they were read from had last been brought up to date. */
  asOf: z.string().nullable(),
  units: z.array(regionRefSchema),
  indicators: z.array(reportIndicatorSchema),
  /** Open data-quality findings of the district when the figures were taken (null: not checked). */
  dataQualityFindings: z.number().int().nullable(),
});
export type ReportFigures = z.infer<typeof reportFiguresSchema>;

export const reportEventSchema = z.object({
  id: z.number().int(),
  action: z.enum(["create", "submit", "approve", "return"]),
  fromStatus: z.enum(reportStatuses).nullable(),
  toStatus: z.enum(reportStatuses),
  reason: z.string().nullable(),
  by: z.string().nullable(),
  at: z.string(),
});
export type ReportEvent = z.infer<typeof reportEventSchema>;

export const periodicReportDetailSchema = periodicReportSchema.extend({
  narrative: z.string(),
  highlights: z.string(),
  problems: z.string(),
  /** Why the city returned it last (kept while it is returned). */
  returnReason: z.string().nullable(),
  figures: reportFiguresSchema,
  figuresSource: z.enum(["live", "snapshot"]),
  /**
   * For a snapshot: the indicators whose live value (the district's or a street's) now differs
   * from the one submitted or approved — records changed after it.
   */
  changedIndicators: z.array(z.string()),
  events: z.array(reportEventSchema),
  /**
   * Open data-quality findings of the district: now while the district prepares the report, as
   * they stood at submission once it is submitted.
   */
  dataQualityFindings: z.number().int().nullable(),
});
export type PeriodicReportDetail = z.infer<typeof periodicReportDetailSchema>;
