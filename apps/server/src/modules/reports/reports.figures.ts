import { indicatorCatalogue, indicatorOf, type ReportFigures, reportFiguresSchema } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { dashboardOf } from "../analytics/dashboard.service.ts";
import { findingsCountOf } from "./reports.dataQuality.ts";

/**
 * A report's figures: the dashboard's indicators for the district and each of its streets in the
 * report's period, read from the same aggregates. Reporting's own indicators (completeness,
 * timeliness) are left out: submitting the report changes them, so a snapshot of them would be
 * out of date the moment it is taken.
 */
type Context = Pick<AppContext, "db" | "clock">;

const reportedIndicators = new Set(
  indicatorCatalogue.filter((indicator) => indicator.module !== "reports").map((indicator) => indicator.code),
);

export async function liveFigures(
  ctx: Context,
  user: RequestUser,
  regionCode: string,
  period: string,
): Promise<ReportFigures> {
  const [dashboard, findings] = await Promise.all([
    dashboardOf(ctx, user, { region: regionCode, period }),
    findingsCountOf(ctx, user, regionCode, period),
  ]);
  return {
    takenAt: ctx.clock.now().toISOString(),
    asOf: dashboard.asOf,
    units: dashboard.units.map((unit) => ({ code: unit.code, name: unit.name })),
    indicators: dashboard.indicators
      .filter((indicator) => reportedIndicators.has(indicator.code))
      .map((indicator) => ({
        code: indicator.code,
        period: indicator.period,
        value: indicator.value,
        median: indicator.median,
        units: indicator.units.map((unit) => ({ code: unit.code, value: unit.value })),
      })),
    dataQualityFindings: findings,
  };
}

/** The stored snapshot; one that no longer parses reads as none rather than failing the page. */
export function parseFigures(json: string | null): ReportFigures | null {
  if (!json) return null;
  try {
    const parsed = reportFiguresSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The indicators whose live figure — the district's or any street's — differs from the snapshot
 * at the precision the report shows (the catalogue's decimals), in the snapshot's order. An
 * indicator added to the catalogue after the snapshot is not a change of what was reported.
 */
export function changedIndicators(snapshot: ReportFigures, live: ReportFigures): string[] {
  const liveByCode = new Map(live.indicators.map((indicator) => [indicator.code, indicator]));
  return snapshot.indicators.flatMap((reported) => {
    const current = liveByCode.get(reported.code);
    if (!current) return [];
    const decimals = indicatorOf(reported.code)?.decimals ?? 2;
    const same = (a: number | null | undefined, b: number | null | undefined) =>
      rounded(a, decimals) === rounded(b, decimals);
    const reportedUnits = new Map(reported.units.map((unit) => [unit.code, unit.value]));
    const currentUnits = new Map(current.units.map((unit) => [unit.code, unit.value]));
    const unitCodes = new Set([...reportedUnits.keys(), ...currentUnits.keys()]);
    const isChanged =
      !same(reported.value, current.value) ||
      [...unitCodes].some((code) => !same(reportedUnits.get(code), currentUnits.get(code)));
    return isChanged ? [reported.code] : [];
  });
}

function rounded(value: number | null | undefined, decimals: number): string {
  return value === null || value === undefined ? "—" : value.toFixed(decimals);
}
