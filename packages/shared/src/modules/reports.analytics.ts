import type { IndicatorDefinition, MeasureDefinition } from "../analytics/catalogue.ts";

/**
 * Reporting itself as a quality figure (DHIS2's completeness and timeliness): per district and
 * month, whether its monthly report was due, is submitted, and was first submitted by the 10th of
 * the following month. Counted from the month of the city's first submitted monthly report; a
 * month is due once its deadline has passed, or earlier when its report is already in.
 */
export const reportsAnalytics = {
  measures: [
    {
      code: "reportsDue",
      name: { "zh-CN": "应报月报", "en-US": "Monthly reports due" },
      kind: "flow",
    },
    {
      code: "reportsSubmitted",
      name: { "zh-CN": "已报月报", "en-US": "Monthly reports submitted" },
      kind: "flow",
    },
    {
      code: "reportsOnTime",
      name: { "zh-CN": "按时上报月报", "en-US": "Monthly reports on time" },
      kind: "flow",
    },
  ],
  indicators: [
    {
      code: "reportingCompleteness",
      name: { "zh-CN": "月报完整率", "en-US": "Reporting completeness" },
      unit: { "zh-CN": "%", "en-US": "%" },
      formula: "reportsSubmitted / reportsDue * 100",
      direction: "higherIsBetter",
      problem: "quality",
      composite: false,
      decimals: 1,
      listPath: "/reports",
      module: "reports",
    },
    {
      code: "reportingTimeliness",
      name: { "zh-CN": "月报及时率", "en-US": "Reporting timeliness" },
      unit: { "zh-CN": "%", "en-US": "%" },
      formula: "reportsOnTime / reportsDue * 100",
      direction: "higherIsBetter",
      problem: "quality",
      composite: false,
      decimals: 1,
      listPath: "/reports",
      module: "reports",
    },
  ],
} as const satisfies { measures: readonly MeasureDefinition[]; indicators: readonly IndicatorDefinition[] };
