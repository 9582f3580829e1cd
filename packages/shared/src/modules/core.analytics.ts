import type { IndicatorDefinition, MeasureDefinition } from "../analytics/catalogue.ts";

/** The region tree's counts: residents (entered per region) and the streets a station should reach. */
export const coreAnalytics = {
  measures: [
    {
      code: "residents",
      name: { "zh-CN": "常住人口", "en-US": "Residents" },
      kind: "stock",
    },
    {
      code: "streets",
      name: { "zh-CN": "乡镇（街道）数", "en-US": "Streets and townships" },
      kind: "stock",
    },
  ],
  indicators: [],
} as const satisfies { measures: readonly MeasureDefinition[]; indicators: readonly IndicatorDefinition[] };
