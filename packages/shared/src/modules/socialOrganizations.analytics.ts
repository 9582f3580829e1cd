import type { IndicatorDefinition, MeasureDefinition } from "../analytics/catalogue.ts";

/** The social organizations a district can buy services from. */
export const socialOrganizationsAnalytics = {
  measures: [
    {
      code: "socialOrganizations",
      name: { "zh-CN": "社会组织", "en-US": "Social organizations" },
      kind: "stock",
    },
  ],
  indicators: [
    {
      code: "socialOrganizationsPer10k",
      name: { "zh-CN": "每万人社会组织数", "en-US": "Social organizations per 10,000 residents" },
      unit: { "zh-CN": "个/万人", "en-US": "per 10,000" },
      formula: "socialOrganizations / residents * 10000",
      direction: "higherIsBetter",
      problem: "imbalance",
      composite: false,
      decimals: 2,
      listPath: "/social-organizations",
      module: "socialOrganizations",
    },
  ],
} as const satisfies { measures: readonly MeasureDefinition[]; indicators: readonly IndicatorDefinition[] };
