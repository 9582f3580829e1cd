import {
  analyticsParameters,
  coefficientOfVariation,
  compositeIndex,
  type Dashboard,
  type DashboardQuery,
  evaluateFormula,
  formulaOf,
  type IndicatorDefinition,
  indicatorCatalogue,
  isPeriodIndicator,
  isShortBoard,
  type MeasureDefinition,
  measureCatalogue,
  median,
  monthsEndingWith,
  monthsOf,
  periodContaining,
  type RegionLevel,
  ranksOf,
  ratioTo,
  regionLevelOf,
  significantPrefix,
} from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/errors.ts";
import { regionWithinScope } from "../../platform/regionLookup.ts";
import { aggregatesAsOf } from "./aggregates.ts";
import * as repository from "./analytics.repository.ts";

/**
 * The dashboard of a region inside the user's scope: every catalogue indicator for the region and
 * for each of its child units (a city's districts, a district's streets), with the median across
 * the units, each unit's ratio to it, the coefficient of variation, the composite development
 * index and the 短板 flags; the breakdowns of measures that have them; 24 months of flows. Three
 * reads of the roll-ups (a few rows per unit), whatever the number of records.
 */
type Context = Pick<AppContext, "db" | "clock">;

const trendMonths = 24;

export async function dashboardOf(
  ctx: Context,
  user: RequestUser,
  query: DashboardQuery,
): Promise<Dashboard> {
  const regionCode = query.region ?? user.regionCode;
  const region = await regionWithinScope(ctx.db, user, regionCode);
  if (!region) throw notFound("区划不存在或不在您的管辖范围内");
  const today = todayInChina(ctx.clock.now());
  const period = query.period ?? periodContaining("month", today);
  const months = monthsOf(period);

  const [children, path, asOf] = await Promise.all([
    repository.childRegions(ctx.db, region.code),
    repository.regionPath(ctx.db, region.code, user.regionCode),
    aggregatesAsOf(ctx.db),
  ]);
  const regionPrefix = significantPrefix(region.code);
  const unitOfPrefix = new Map(children.map((child) => [significantPrefix(child.code), child.code]));
  const rows = await repository.countsOf(ctx.db, {
    prefixes: [regionPrefix, ...unitOfPrefix.keys()],
    measures: measureCatalogue.map((measure) => measure.code),
    periods: ["now", ...months],
    breakdowns: false,
  });

  // Counts of the region and of each unit: flows over the period's months, stocks as they are now.
  const regionCounts: Record<string, number> = {};
  const unitCounts = new Map<string, Record<string, number>>(children.map((child) => [child.code, {}]));
  for (const row of rows) {
    const unit = unitOfPrefix.get(row.prefix);
    const counts = row.prefix === regionPrefix ? regionCounts : unit ? unitCounts.get(unit) : undefined;
    if (counts) counts[row.measure] = (counts[row.measure] ?? 0) + row.value;
  }
  // Filled once per unit, not once per indicator and unit: the dashboard's hottest line otherwise.
  const regionValues = withDefaults(regionCounts);
  const unitValues = children.map((child) => withDefaults(unitCounts.get(child.code) ?? {}));
  const indicatorValue = (indicator: IndicatorDefinition, values: Record<string, number>) =>
    evaluateFormula(formulaOf(indicator), values);

  const indicators = indicatorCatalogue.map((indicator) => {
    const values = unitValues.map((counts) => indicatorValue(indicator, counts));
    const middle = median(values);
    return {
      code: indicator.code,
      period: isPeriodIndicator(indicator) ? period : "now",
      value: indicatorValue(indicator, regionValues),
      median: middle,
      coefficientOfVariation: coefficientOfVariation(values),
      units: children.map((child, index) => {
        const value = values[index] ?? null;
        return {
          code: child.code,
          value,
          ratioToMedian: ratioTo(value, middle),
          isShortBoard:
            isComparedForShortBoards(indicator) && isShortBoard(value, middle, indicator.direction),
        };
      }),
    };
  });

  const compositeRows = indicatorCatalogue.flatMap((indicator, index) =>
    indicator.composite
      ? [
          {
            values: indicators[index]?.units.map((unit) => unit.value) ?? [],
            direction: indicator.direction,
          },
        ]
      : [],
  );
  const index = compositeIndex(compositeRows, children.length);
  const ranks = ranksOf(index);

  return {
    region: { code: region.code, name: region.name, level: region.level as RegionLevel, path },
    period,
    asOf,
    units: children.map((child) => ({
      code: child.code,
      name: child.name,
      level: regionLevelOf(child.code),
      hasChildren: Boolean(child.has_children),
    })),
    indicators,
    composite: children.map((child, unit) => ({
      code: child.code,
      index: index[unit] ?? null,
      rank: ranks[unit] ?? null,
    })),
    shortBoards: children
      .map((child) => ({
        code: child.code,
        indicators: indicators.flatMap((indicator) =>
          indicator.units.find((unit) => unit.code === child.code)?.isShortBoard ? [indicator.code] : [],
        ),
      }))
      .filter((flagged) => flagged.indicators.length > 0),
    structure: await breakdowns(ctx, region.code, months),
    trends: await trends(ctx, region.code, months.at(-1) ?? period),
  };
}

/**
 * 短板 is judged on the indicators that compare districts of different sizes fairly: the
 * composite ones and the rest of the imbalance panel (per-capita figures), not raw totals.
 */
function isComparedForShortBoards(indicator: IndicatorDefinition): boolean {
  return indicator.composite || indicator.problem === "imbalance";
}

function withDefaults(counts: Record<string, number>): Record<string, number> {
  // A measure without a row counts 0 (rows of 0 are not kept); parameters fill the rest.
  const all: Record<string, number> = { ...analyticsParameters };
  for (const measure of measureCatalogue) all[measure.code] = counts[measure.code] ?? 0;
  return all;
}

const periodsOf = (measure: MeasureDefinition, months: readonly string[]) =>
  measure.kind === "stock" ? ["now"] : months;

async function breakdowns(ctx: Context, regionCode: string, months: readonly string[]) {
  const withDimensions = measureCatalogue.filter((measure) => (measure.dimensions ?? []).length > 0);
  const rows = await repository.countsOf(ctx.db, {
    prefixes: [significantPrefix(regionCode)],
    measures: withDimensions.map((measure) => measure.code),
    periods: ["now", ...months],
    breakdowns: true,
  });
  return withDimensions.flatMap((measure) => {
    const periods = new Set(periodsOf(measure, months));
    const counted = new Map<string, number>();
    for (const row of rows) {
      if (row.measure === measure.code && periods.has(row.period))
        counted.set(row.dimension, (counted.get(row.dimension) ?? 0) + row.value);
    }
    return (measure.dimensions ?? []).map((dimension) => ({
      measure: measure.code,
      dimension: dimension.code,
      counts: [...counted]
        .filter(([key]) => key.startsWith(`${dimension.code}=`))
        .map(([key, count]) => ({ value: key.slice(dimension.code.length + 1), count }))
        .sort((a, b) => b.count - a.count),
    }));
  });
}

async function trends(ctx: Context, regionCode: string, lastMonth: string) {
  const months = monthsEndingWith(lastMonth, trendMonths);
  const flows = measureCatalogue.filter((measure) => measure.kind === "flow").map((measure) => measure.code);
  const rows = await repository.countsOf(ctx.db, {
    prefixes: [significantPrefix(regionCode)],
    measures: flows,
    periods: months,
    breakdowns: false,
  });
  const valueAt = new Map(rows.map((row) => [`${row.measure}|${row.period}`, row.value]));
  return {
    months,
    series: flows.map((measure) => ({
      measure,
      values: months.map((month) => valueAt.get(`${measure}|${month}`) ?? 0),
    })),
  };
}
