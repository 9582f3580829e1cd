import { z } from "zod";
import type { LocalizedText } from "../analytics/catalogue.ts";
import { periodKeySchema } from "../analytics/periods.ts";
import { withFieldRules } from "../validators/fieldRules.ts";
import { listQuerySchema, regionRefSchema } from "./pagination.ts";
import { platformImplausibleFloorArea } from "./platforms.ts";

/**
 * 数据质量 (DHIS2's validation rules and outlier checks): the rules the registries' data is
 * checked against before a report goes up and on the dashboard, each with a severity and the
 * thresholds a city may set within bounds. Server and web read this one catalogue.
 */

export const dataQualitySeverities = ["info", "warning", "critical"] as const;
export type DataQualitySeverity = (typeof dataQualitySeverities)[number];

export const dataQualitySeverityNames: Record<DataQualitySeverity, LocalizedText> = {
  info: { "zh-CN": "提示", "en-US": "Notice" },
  warning: { "zh-CN": "警告", "en-US": "Warning" },
  critical: { "zh-CN": "严重", "en-US": "Critical" },
};

// ---------------------------------------------------------------- thresholds

export interface DataQualityThresholdDefinition {
  name: LocalizedText;
  unit: LocalizedText;
  default: number;
  /** The bounds a city may set it within (inclusive). */
  min: number;
  max: number;
  integer: boolean;
}

const squareMetres = { "zh-CN": "m²", "en-US": "m²" };
const years = { "zh-CN": "岁", "en-US": "years" };

export const dataQualityThresholds = {
  /** The form already warns below this (platformImplausibleFloorArea): 0 m² is the typical typo. */
  minFloorArea: {
    name: { "zh-CN": "平台面积下限", "en-US": "Smallest plausible floor area" },
    unit: squareMetres,
    default: platformImplausibleFloorArea,
    min: 0,
    max: 100,
    integer: false,
  },
  maxFloorArea: {
    name: { "zh-CN": "平台面积上限", "en-US": "Largest plausible floor area" },
    unit: squareMetres,
    default: 10_000,
    min: 100,
    max: 100_000,
    integer: false,
  },
  minWorkerAge: {
    name: { "zh-CN": "社会工作者年龄下限", "en-US": "Youngest plausible social worker" },
    unit: years,
    default: 18,
    min: 14,
    max: 30,
    integer: true,
  },
  maxWorkerAge: {
    name: { "zh-CN": "社会工作者年龄上限", "en-US": "Oldest plausible social worker" },
    unit: years,
    default: 75,
    min: 50,
    max: 100,
    integer: true,
  },
  residentsDropPercent: {
    name: { "zh-CN": "常住人口降幅上限", "en-US": "Largest plausible drop in residents" },
    unit: { "zh-CN": "%", "en-US": "%" },
    default: 50,
    min: 10,
    max: 95,
    integer: true,
  },
  outlierMads: {
    name: { "zh-CN": "指标离群阈值", "en-US": "Outlier distance" },
    unit: { "zh-CN": "倍 MAD", "en-US": "× MAD" },
    default: 3,
    min: 1,
    max: 10,
    integer: false,
  },
  staleDays: {
    name: { "zh-CN": "社工站无服务记录天数", "en-US": "Days without a service record" },
    unit: { "zh-CN": "天", "en-US": "days" },
    default: 90,
    min: 7,
    max: 730,
    integer: true,
  },
} as const satisfies Record<string, DataQualityThresholdDefinition>;

export type DataQualityThresholdKey = keyof typeof dataQualityThresholds;
export const dataQualityThresholdKeys = Object.keys(dataQualityThresholds) as DataQualityThresholdKey[];
export type DataQualityThresholdValues = Record<DataQualityThresholdKey, number>;

export const defaultDataQualityThresholds = Object.fromEntries(
  dataQualityThresholdKeys.map((key) => [key, dataQualityThresholds[key].default]),
) as DataQualityThresholdValues;

/** zh-CN names of the thresholds, for validation messages ("平台面积上限：不能大于 100000"). */
export const dataQualityFieldLabels: Record<string, string> = {
  ...Object.fromEntries(
    dataQualityThresholdKeys.map((key) => [key, dataQualityThresholds[key].name["zh-CN"]]),
  ),
  region: "区划",
  rule: "规则",
  severity: "严重程度",
  period: "统计期",
};

function thresholdSchema(definition: DataQualityThresholdDefinition) {
  const number = definition.integer ? z.number("应为数字").int("须为整数") : z.number("应为数字");
  return number
    .min(definition.min, `不能小于 ${definition.min}`)
    .max(definition.max, `不能大于 ${definition.max}`);
}

export const dataQualityThresholdsSchema = withFieldRules(
  z.strictObject(
    Object.fromEntries(
      dataQualityThresholdKeys.map((key) => [key, thresholdSchema(dataQualityThresholds[key])]),
    ) as Record<DataQualityThresholdKey, z.ZodNumber>,
  ),
  (value, context) => {
    if (value.minFloorArea !== undefined && value.maxFloorArea !== undefined) {
      if (value.minFloorArea >= value.maxFloorArea) {
        context.addIssue({ code: "custom", path: ["maxFloorArea"], message: "应大于平台面积下限" });
      }
    }
    if (value.minWorkerAge !== undefined && value.maxWorkerAge !== undefined) {
      if (value.minWorkerAge >= value.maxWorkerAge) {
        context.addIssue({ code: "custom", path: ["maxWorkerAge"], message: "应大于社会工作者年龄下限" });
      }
    }
  },
);

/** GET/PUT /api/data-quality/settings: the city's thresholds in force and who may change them. */
export const dataQualitySettingsSchema = z.object({
  thresholds: z.record(z.enum(dataQualityThresholdKeys), z.number()),
  /** The city's own row, or the catalogue's defaults. */
  source: z.enum(["own", "default"]),
  region: regionRefSchema,
  mayEdit: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type DataQualitySettings = z.infer<typeof dataQualitySettingsSchema>;

// ---------------------------------------------------------------- rules

export const dataQualityRuleCodes = [
  "residentsDrop",
  "floorAreaImplausible",
  "workerAgeImplausible",
  "staleStation",
  "indicatorOutlier",
  "requiredFieldMissing",
] as const;
export type DataQualityRuleCode = (typeof dataQualityRuleCodes)[number];

export const dataQualitySubjectKinds = ["platform", "socialWorker", "socialOrganization", "region"] as const;
export type DataQualitySubjectKind = (typeof dataQualitySubjectKinds)[number];

export interface DataQualityRule {
  code: DataQualityRuleCode;
  name: LocalizedText;
  description: LocalizedText;
  severity: DataQualitySeverity;
  thresholds: readonly DataQualityThresholdKey[];
}

export const dataQualityRules: readonly DataQualityRule[] = [
  {
    code: "residentsDrop",
    name: { "zh-CN": "常住人口骤降", "en-US": "Residents dropped sharply" },
    description: {
      "zh-CN": "社区（村）最近一次填报或导入的常住人口比上一次下降超过阈值：所有人均指标都以它为分母",
      "en-US":
        "A community's latest residents figure fell by more than the threshold against the one before: every per-capita figure divides by it",
    },
    severity: "critical",
    thresholds: ["residentsDropPercent"],
  },
  {
    code: "floorAreaImplausible",
    name: { "zh-CN": "平台面积异常", "en-US": "Implausible floor area" },
    description: {
      "zh-CN": "服务平台的使用面积小于下限或大于上限，多为录入错误",
      "en-US": "A platform's floor area below the lower or above the upper limit, usually a typing error",
    },
    severity: "warning",
    thresholds: ["minFloorArea", "maxFloorArea"],
  },
  {
    code: "workerAgeImplausible",
    name: { "zh-CN": "社会工作者年龄异常", "en-US": "Implausible social worker age" },
    description: {
      "zh-CN": "未离职社会工作者的年龄（按身份证号出生日期）低于下限或高于上限，多为身份证号有误",
      "en-US":
        "A social worker who has not left is younger or older than the limits (by the ID number's birth date), usually a wrong ID number",
    },
    severity: "warning",
    thresholds: ["minWorkerAge", "maxWorkerAge"],
  },
  {
    code: "staleStation",
    name: { "zh-CN": "社工站长期无服务记录", "en-US": "Station without recent services" },
    description: {
      "zh-CN": "运营中的社工站所在街道（乡镇）超过阈值天数没有服务记录（启用不满阈值天数的除外）",
      "en-US":
        "An operating station whose street has had no service record for longer than the threshold (stations opened more recently excepted)",
    },
    severity: "warning",
    thresholds: ["staleDays"],
  },
  {
    code: "indicatorOutlier",
    name: { "zh-CN": "指标离群", "en-US": "Indicator outlier" },
    description: {
      "zh-CN":
        "下级单位的综合指标偏离各单位中位数超过阈值倍的中位数绝对偏差（MAD）：核对其数据是否录全、录对",
      "en-US":
        "A unit's composite indicator lies further from the units' median than the threshold times the median absolute deviation (MAD): check that its data is complete and right",
    },
    severity: "info",
    thresholds: ["outlierMads"],
  },
  {
    code: "requiredFieldMissing",
    name: { "zh-CN": "必填信息缺失", "en-US": "Required information missing" },
    description: {
      "zh-CN": "运营中的平台缺少地址或使用面积；未离职社会工作者缺少手机号；社会组织缺少法定代表人",
      "en-US":
        "An operating platform without address or floor area; a social worker who has not left without phone; a social organization without legal representative",
    },
    severity: "info",
    thresholds: [],
  },
];

export function dataQualityRuleOf(code: DataQualityRuleCode): DataQualityRule {
  const rule = dataQualityRules.find((candidate) => candidate.code === code);
  if (!rule) throw new Error(`no data-quality rule ${code}`);
  return rule;
}

/** The fields requiredFieldMissing checks, by the kind of record. */
export const dataQualityRequiredFields = {
  platform: ["address", "floorArea"],
  socialWorker: ["phone"],
  socialOrganization: ["legalRepresentative"],
} as const;
export type DataQualityRequiredField =
  (typeof dataQualityRequiredFields)[keyof typeof dataQualityRequiredFields][number];
const requiredFieldIds = [
  ...new Set(Object.values(dataQualityRequiredFields).flat()),
] as DataQualityRequiredField[];

// ---------------------------------------------------------------- findings

export const dataQualityFindingSchema = z.object({
  rule: z.enum(dataQualityRuleCodes),
  severity: z.enum(dataQualitySeverities),
  subject: z.object({
    kind: z.enum(dataQualitySubjectKinds),
    /** The record's id, or a region's code. */
    id: z.string(),
    name: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
  }),
  /** The web page where the record is fixed (`/platforms/12`, `/regions?code=…`). */
  link: z.string(),
  /** What was found: m², years, % fallen, the indicator's value, days without a service. */
  value: z.number().nullable(),
  /** The limit it crossed (the MAD multiple for outliers). */
  threshold: z.number().nullable(),
  /** Whether the value lies below the lower or above the upper limit. */
  bound: z.enum(["below", "above"]).optional(),
  /** requiredFieldMissing: the fields left empty. */
  fields: z
    .array(z.enum(requiredFieldIds as [DataQualityRequiredField, ...DataQualityRequiredField[]]))
    .optional(),
  /** indicatorOutlier: the indicator, the units' median and the distance from it in MADs. */
  indicator: z.string().optional(),
  median: z.number().optional(),
  deviation: z.number().optional(),
  /** residentsDrop: the figures before and after the latest change, and when it was made. */
  before: z.number().optional(),
  after: z.number().optional(),
  changedAt: z.string().optional(),
  /** staleStation: the street's last service date (null: none recorded). */
  lastServiceOn: z.string().nullable().optional(),
});
export type DataQualityFinding = z.infer<typeof dataQualityFindingSchema>;

export const dataQualityRuleCountSchema = z.object({
  rule: z.enum(dataQualityRuleCodes),
  severity: z.enum(dataQualitySeverities),
  count: z.number().int(),
});
export type DataQualityRuleCount = z.infer<typeof dataQualityRuleCountSchema>;

export const dataQualityQuerySchema = listQuerySchema.omit({ q: true, sort: true }).extend({
  /** Defaults to the user's own region; one outside the user's scope is refused. */
  region: z
    .string()
    .regex(/^\d{12}$/, "区划代码应为 12 位数字")
    .optional(),
  rule: z.enum(dataQualityRuleCodes).optional(),
  severity: z.enum(dataQualitySeverities).optional(),
  /** The period whose flows the outlier check compares; defaults to the current month. */
  period: periodKeySchema.optional(),
});
export type DataQualityQuery = z.infer<typeof dataQualityQuerySchema>;

/** GET /api/data-quality: every rule's count in the region, and a page of the (filtered) findings. */
export const dataQualityAnswerSchema = z.object({
  region: regionRefSchema,
  checkedAt: z.string(),
  period: z.string(),
  thresholds: z.record(z.enum(dataQualityThresholdKeys), z.number()),
  counts: z.array(dataQualityRuleCountSchema),
  items: z.array(dataQualityFindingSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type DataQualityAnswer = z.infer<typeof dataQualityAnswerSchema>;
