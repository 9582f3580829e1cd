/**
 * The shapes of the analytics catalogue. A module declares, in its contract
 * (`modules/<module>.ts`), the counts it keeps (`measures`) and the indicators over them
 * (`indicators`); `analytics/indicators.ts` gathers every contract's, so a new module's figures
 * reach the dashboards, reports and exports with no other change.
 */
export interface LocalizedText {
  "zh-CN": string;
  "en-US": string;
}

/**
 * A stock is counted as it stands now (workers, stations, residents); a flow per month
 * (service records, hours), summed over the months of a quarter or year.
 */
export type MeasureKind = "stock" | "flow";

export interface MeasureDimension {
  code: string;
  name: LocalizedText;
}

export interface MeasureDefinition {
  code: string;
  name: LocalizedText;
  kind: MeasureKind;
  /** Breakdowns kept beside the total (`qualification`, `ageBand`…), each value a row of its own. */
  dimensions?: readonly MeasureDimension[];
}

/** The speech's four problems (PRODUCT.md "The four problems, as numbers"). */
export const analyticsProblems = ["imbalance", "talent", "quality", "funding"] as const;
export type AnalyticsProblem = (typeof analyticsProblems)[number];

export interface IndicatorDefinition {
  code: string;
  name: LocalizedText;
  unit: LocalizedText;
  /** Over measure codes and the catalogue's parameters (analytics/indicators.ts). */
  formula: string;
  direction: "higherIsBetter" | "lowerIsBetter";
  problem: AnalyticsProblem;
  /** Counted in the composite development index and the 短板 check (the imbalance set). */
  composite: boolean;
  decimals: number;
  /** The web list of the records behind the figure, filtered by `?regionCode=`. */
  listPath?: string;
  /** The module that keeps its counts (for the docs and the catalogue page). */
  module: string;
}
