import type { IndicatorDefinition, MeasureDefinition } from "../analytics/catalogue.ts";

/** Volunteers beside the professional workers, and the hours they give. */
export const volunteersAnalytics = {
  measures: [
    { code: "volunteers", name: { "zh-CN": "志愿者", "en-US": "Volunteers" }, kind: "stock" },
    {
      code: "volunteerHours",
      name: { "zh-CN": "志愿服务时长", "en-US": "Volunteer hours" },
      kind: "flow",
    },
  ],
  indicators: [
    {
      code: "volunteersPer10k",
      name: { "zh-CN": "每万人志愿者数", "en-US": "Volunteers per 10,000 residents" },
      unit: { "zh-CN": "人/万人", "en-US": "per 10,000" },
      formula: "volunteers / residents * 10000",
      direction: "higherIsBetter",
      problem: "talent",
      composite: false,
      decimals: 1,
      listPath: "/volunteers",
      module: "volunteers",
    },
    {
      code: "volunteerHoursTotal",
      name: { "zh-CN": "志愿服务时长", "en-US": "Volunteer hours" },
      unit: { "zh-CN": "小时", "en-US": "hours" },
      formula: "volunteerHours",
      direction: "higherIsBetter",
      problem: "talent",
      composite: false,
      decimals: 1,
      listPath: "/volunteers",
      module: "volunteers",
    },
  ],
} as const satisfies { measures: readonly MeasureDefinition[]; indicators: readonly IndicatorDefinition[] };
