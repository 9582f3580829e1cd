import {
  indicatorOf,
  type LocalizedText,
  type PeriodicReportDetail,
  type ReportFigures,
} from "@xinqiao/shared";

/**
 * The report's figures as rows for its table, its printout and its tests: each indicator's
 * name and unit from the shared catalogue in the page's language, the district's value and each
 * street's, formatted to the catalogue's decimals, and whether it changed since the snapshot.
 */
export interface FigureRow {
  code: string;
  name: string;
  unit: string;
  isStock: boolean;
  isChanged: boolean;
  value: string;
  units: Record<string, string>;
}

type Locale = keyof LocalizedText;

export function formatFigure(value: number | null | undefined, decimals: number, locale: Locale): string {
  if (value === null || value === undefined) return "—";
  return value.toLocaleString(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export function figureRows(
  figures: ReportFigures,
  changedIndicators: readonly string[],
  locale: Locale,
): FigureRow[] {
  const changed = new Set(changedIndicators);
  return figures.indicators.map((figure) => {
    const indicator = indicatorOf(figure.code);
    const decimals = indicator?.decimals ?? 2;
    return {
      code: figure.code,
      name: indicator?.name[locale] ?? figure.code,
      unit: indicator?.unit[locale] ?? "",
      isStock: figure.period === "now",
      isChanged: changed.has(figure.code),
      value: formatFigure(figure.value, decimals, locale),
      units: Object.fromEntries(
        figure.units.map((unit) => [unit.code, formatFigure(unit.value, decimals, locale)]),
      ),
    };
  });
}

/** The names of the indicators changed since the snapshot, in the page's language. */
export function changedNames(
  report: Pick<PeriodicReportDetail, "changedIndicators">,
  locale: Locale,
): string {
  return report.changedIndicators
    .map((code) => indicatorOf(code)?.name[locale] ?? code)
    .join(locale === "zh-CN" ? "、" : ", ");
}
