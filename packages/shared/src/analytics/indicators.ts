import { moduleContracts } from "../modules.ts";
import type { IndicatorDefinition, MeasureDefinition } from "./catalogue.ts";
import { type Formula, namesOf, parseFormula } from "./formula.ts";

/**
 * Every module's measures and indicators (their contracts' `analytics`), gathered once. The
 * server recounts the measures into aggregates; both sides evaluate the indicators' formulas over
 * them.
 */
export const measureCatalogue: readonly MeasureDefinition[] = moduleContracts.flatMap(
  (contract) => contract.analytics?.measures ?? [],
);

export const indicatorCatalogue: readonly IndicatorDefinition[] = moduleContracts.flatMap(
  (contract) => contract.analytics?.indicators ?? [],
);

/**
 * Constants a formula may name besides the measures, with their defaults. 每万人社工配备目标:
 * the staffing target the talent gap is measured against (a city sets its own).
 */
export const analyticsParameters = { targetWorkersPer10k: 18 } as const;
export type AnalyticsParameter = keyof typeof analyticsParameters;

const measuresByCode = new Map(measureCatalogue.map((measure) => [measure.code, measure]));
const parsed = new Map<string, Formula>(
  indicatorCatalogue.map((indicator) => [indicator.code, parseFormula(indicator.formula)]),
);

export function measureOf(code: string): MeasureDefinition | undefined {
  return measuresByCode.get(code);
}

export function indicatorOf(code: string): IndicatorDefinition | undefined {
  return indicatorCatalogue.find((indicator) => indicator.code === code);
}

export function formulaOf(indicator: IndicatorDefinition): Formula {
  const formula = parsed.get(indicator.code);
  if (!formula) throw new Error(`no formula for ${indicator.code}`);
  return formula;
}

/** The measures an indicator reads (its formula's names that are not parameters). */
export function measuresOf(indicator: IndicatorDefinition): MeasureDefinition[] {
  return namesOf(formulaOf(indicator))
    .map((name) => measuresByCode.get(name))
    .filter((measure): measure is MeasureDefinition => measure !== undefined);
}

/**
 * An indicator over a flow (services, hours) has a value per period; one over stocks only
 * (workers per 10,000 residents) is a figure of now.
 */
export function isPeriodIndicator(indicator: IndicatorDefinition): boolean {
  return measuresOf(indicator).some((measure) => measure.kind === "flow");
}
