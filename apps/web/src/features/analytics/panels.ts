import {
  type AnalyticsProblem,
  type Dashboard,
  type DashboardIndicator,
  type IndicatorDefinition,
  indicatorCatalogue,
  type LocalizedText,
  type MeasureDefinition,
  measureCatalogue,
  measuresOf,
} from "@xinqiao/shared";
import type { Locale } from "../../i18n/locale.ts";

/**
 * What each panel of the dashboard shows, decided from the shared catalogue alone (problem,
 * composite flag, measure kind), so a module that adds indicators or breakdowns to its contract
 * has them on the page with no change here.
 */

/**
 * A problem's table, in catalogue order. The imbalance table compares the units on everything
 * the composite index counts besides its own indicators (the server's export uses the same rule).
 */
export function indicatorsOfProblem(problem: AnalyticsProblem): IndicatorDefinition[] {
  return indicatorCatalogue.filter((indicator) =>
    problem === "imbalance"
      ? indicator.composite || indicator.problem === "imbalance"
      : indicator.problem === problem,
  );
}

export type Breakdown = Dashboard["structure"][number];

/**
 * Where a breakdown is drawn: a flow's (services by domain) beside the trends, for the period; a
 * stock's (workers by qualification) in the panel of the problem most of the indicators over
 * its measure belong to, imbalance only when no other claims it.
 */
export function panelOfBreakdown(breakdown: Pick<Breakdown, "measure">): AnalyticsProblem | "trends" {
  const measure = measureCatalogue.find((entry) => entry.code === breakdown.measure);
  if (!measure || measure.kind === "flow") return "trends";
  const votes = new Map<AnalyticsProblem, number>();
  for (const indicator of indicatorCatalogue) {
    if (indicator.problem === "imbalance") continue;
    if (!measuresOf(indicator).some((read) => read.code === measure.code)) continue;
    votes.set(indicator.problem, (votes.get(indicator.problem) ?? 0) + 1);
  }
  let best: AnalyticsProblem = "imbalance";
  let most = 0;
  for (const [problem, count] of votes) {
    if (count > most) {
      best = problem;
      most = count;
    }
  }
  return best;
}

export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

export function measureOfCode(code: string): MeasureDefinition | undefined {
  return measureCatalogue.find((measure) => measure.code === code);
}

export function indicatorOfCode(code: string): IndicatorDefinition | undefined {
  return indicatorCatalogue.find((indicator) => indicator.code === code);
}

export function figureOf(dashboard: Dashboard, code: string): DashboardIndicator | undefined {
  return dashboard.indicators.find((indicator) => indicator.code === code);
}

/** A value with the indicator's decimals and the locale's separators; "—" when there is none. */
export function formatValue(value: number | null | undefined, decimals: number, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return value.toLocaleString(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** The list of the records behind a figure, narrowed to the unit (the list pages read ?regionCode=). */
export function listLinkOf(listPath: string, regionCode: string): string {
  return `${listPath}?${new URLSearchParams({ regionCode }).toString()}`;
}
