import type { IndicatorDefinition, MeasureDefinition } from "../analytics/catalogue.ts";

/** Stations: coverage of the streets and the stations below the staffing or space standard. */
export const platformsAnalytics = {
  measures: [
    {
      code: "operatingStations",
      name: { "zh-CN": "运营中的社工站", "en-US": "Operating stations" },
      kind: "stock",
    },
    {
      code: "coveredStreets",
      name: { "zh-CN": "已建站的乡镇（街道）", "en-US": "Streets with a station" },
      kind: "stock",
    },
    {
      code: "stationsBelowStandard",
      name: { "zh-CN": "未达标社工站", "en-US": "Stations below standard" },
      kind: "stock",
    },
  ],
  indicators: [
    {
      code: "stationCoverage",
      name: { "zh-CN": "社工站覆盖率", "en-US": "Station coverage" },
      unit: { "zh-CN": "%", "en-US": "%" },
      formula: "coveredStreets / streets * 100",
      direction: "higherIsBetter",
      problem: "imbalance",
      composite: true,
      decimals: 1,
      listPath: "/platforms",
      module: "platforms",
    },
    {
      code: "stationsBelowStandardShare",
      name: { "zh-CN": "未达标社工站占比", "en-US": "Stations below standard" },
      unit: { "zh-CN": "%", "en-US": "%" },
      formula: "stationsBelowStandard / operatingStations * 100",
      direction: "lowerIsBetter",
      problem: "quality",
      composite: false,
      decimals: 1,
      listPath: "/platforms",
      module: "platforms",
    },
  ],
} as const satisfies { measures: readonly MeasureDefinition[]; indicators: readonly IndicatorDefinition[] };
