import {
  type DataQualityAnswer,
  type DataQualityFinding,
  type DataQualityQuery,
  type DataQualityRuleCount,
  type DataQualityThresholdValues,
  dataQualityRules,
  dataQualitySeverities,
  periodContaining,
} from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/errors.ts";
import { regionWithinScope } from "../../platform/regionLookup.ts";
import { ruleChecks } from "./dataQuality.rules.ts";
import { thresholdsFor } from "./dataQualitySettings.service.ts";

/**
 * The data-quality findings of a region in the user's scope: every rule of the catalogue run
 * against the city's thresholds. The periodic reports call `dataQualityFindings` before a report
 * is submitted; the page and the API read the same answer, filtered and paged.
 */
type Context = Pick<AppContext, "db" | "clock">;

export interface DataQualityReport {
  region: { code: string; name: string };
  checkedAt: string;
  /** The period whose flows the outlier rule compared. */
  period: string;
  thresholds: DataQualityThresholdValues;
  /** Every rule, with 0 where nothing was found. */
  counts: DataQualityRuleCount[];
  /** Most severe first, then by rule, region and record. */
  findings: DataQualityFinding[];
}

const severityRank = (finding: DataQualityFinding) => dataQualitySeverities.indexOf(finding.severity);
const ruleRank = new Map(dataQualityRules.map((rule, index) => [rule.code, index]));

export async function dataQualityFindings(
  ctx: Context,
  user: RequestUser,
  regionCode: string,
  options: { period?: string } = {},
): Promise<DataQualityReport> {
  const region = await regionWithinScope(ctx.db, user, regionCode);
  if (!region) throw notFound("区划不存在或不在您的管辖范围内");
  const now = ctx.clock.now();
  const today = todayInChina(now);
  const { thresholds } = await thresholdsFor(ctx.db, region.code);
  const input = { ctx, user, regionCode: region.code, thresholds, today, period: options.period };
  // One rule after another: on SQLite the queries share one connection anyway.
  const findings: DataQualityFinding[] = [];
  for (const rule of dataQualityRules) findings.push(...(await ruleChecks[rule.code](input)));
  findings.sort(
    (a, b) =>
      severityRank(b) - severityRank(a) ||
      (ruleRank.get(a.rule) ?? 0) - (ruleRank.get(b.rule) ?? 0) ||
      a.subject.regionCode.localeCompare(b.subject.regionCode) ||
      a.subject.id.localeCompare(b.subject.id, undefined, { numeric: true }),
  );
  return {
    region: { code: region.code, name: region.name },
    checkedAt: now.toISOString(),
    period: options.period ?? periodContaining("month", today),
    thresholds,
    counts: dataQualityRules.map((rule) => ({
      rule: rule.code,
      severity: rule.severity,
      count: findings.filter((finding) => finding.rule === rule.code).length,
    })),
    findings,
  };
}

/** GET /api/data-quality: the counts of every rule and a page of the findings the filters keep. */
export async function listFindings(
  ctx: Context,
  user: RequestUser,
  query: DataQualityQuery,
): Promise<DataQualityAnswer> {
  const { findings, ...report } = await dataQualityFindings(ctx, user, query.region ?? user.regionCode, {
    period: query.period,
  });
  const kept = findings.filter(
    (finding) =>
      (!query.rule || finding.rule === query.rule) &&
      (!query.severity || finding.severity === query.severity),
  );
  const start = (query.page - 1) * query.pageSize;
  return {
    ...report,
    items: kept.slice(start, start + query.pageSize),
    total: kept.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}
