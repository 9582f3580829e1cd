import {
  ageOn,
  type DataQualityFinding,
  type DataQualityRequiredField,
  type DataQualityRuleCode,
  type DataQualityThresholdValues,
  dataQualityRuleOf,
  indicatorCatalogue,
} from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { regionNamesOf } from "../../platform/regionLookup.ts";
import { dashboardOf } from "../analytics/dashboard.service.ts";
import * as repository from "./dataQuality.repository.ts";
import { madOutliers } from "./outliers.ts";

/**
 * The rules, one function each: given the region (already checked to lie in the user's scope),
 * the city's thresholds and today, the findings in the region, each naming its record and the
 * page where it is fixed.
 */
export interface RuleInput {
  ctx: Pick<AppContext, "db" | "clock">;
  user: RequestUser;
  regionCode: string;
  thresholds: DataQualityThresholdValues;
  today: string;
  /** The period whose flows the outlier check compares (the dashboard's default: this month). */
  period: string | undefined;
}

type Subject = DataQualityFinding["subject"];
type Extra = Omit<DataQualityFinding, "rule" | "severity" | "subject" | "link">;

function finding(
  rule: DataQualityRuleCode,
  subject: Subject,
  link: string,
  extra: Extra,
): DataQualityFinding {
  return { rule, severity: dataQualityRuleOf(rule).severity, subject, link, ...extra };
}

export const linkTo = {
  platform: (id: number) => `/platforms/${id}`,
  socialWorker: (id: number) => `/social-workers/${id}`,
  socialOrganization: (id: number) => `/social-organizations/${id}`,
  region: (code: string) => `/regions?code=${code}`,
};

async function recordSubjects<R extends { id: number; name: string; region_code: string }>(
  ctx: RuleInput["ctx"],
  kind: "platform" | "socialWorker" | "socialOrganization",
  rows: readonly R[],
): Promise<{ row: R; subject: Subject; link: string }[]> {
  const names = await regionNamesOf(ctx.db, new Set(rows.map((row) => row.region_code)));
  return rows.map((row) => ({
    row,
    subject: {
      kind,
      id: String(row.id),
      name: row.name,
      regionCode: row.region_code,
      regionName: names.get(row.region_code) ?? row.region_code,
    },
    link: linkTo[kind](row.id),
  }));
}

// ---------------------------------------------------------------- dates

/** The ISO date `years` years before (29 February becomes 28 February in a common year). */
export function yearsBefore(isoDate: string, years: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split("-").map(Number);
  const target = year - years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${String(target).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(day, lastDay)).padStart(2, "0")}`;
}

export function daysBefore(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

// ---------------------------------------------------------------- rules

async function floorAreaImplausible({ ctx, regionCode, thresholds }: RuleInput) {
  const { minFloorArea, maxFloorArea } = thresholds;
  const rows = await repository.platformsWithFloorAreaOutside(ctx.db, regionCode, minFloorArea, maxFloorArea);
  return (await recordSubjects(ctx, "platform", rows)).map(({ row, subject, link }) => {
    const area = Number(row.floor_area);
    const below = area < minFloorArea;
    return finding("floorAreaImplausible", subject, link, {
      value: area,
      threshold: below ? minFloorArea : maxFloorArea,
      bound: below ? "below" : "above",
    });
  });
}

async function workerAgeImplausible({ ctx, regionCode, thresholds, today }: RuleInput) {
  const { minWorkerAge, maxWorkerAge } = thresholds;
  // Younger than the minimum: born after today − min years; older than the maximum: at least max + 1.
  const rows = await repository.workersBornOutside(
    ctx.db,
    regionCode,
    yearsBefore(today, minWorkerAge),
    yearsBefore(today, maxWorkerAge + 1),
  );
  return (await recordSubjects(ctx, "socialWorker", rows)).map(({ row, subject, link }) => {
    const age = ageOn(row.birth_date, new Date(`${today}T00:00:00Z`));
    const below = age < minWorkerAge;
    return finding("workerAgeImplausible", subject, link, {
      value: age,
      threshold: below ? minWorkerAge : maxWorkerAge,
      bound: below ? "below" : "above",
    });
  });
}

const residentsIn = (json: string | null): number | null => {
  if (!json) return null;
  const residents = (JSON.parse(json) as { residents?: unknown }).residents;
  return typeof residents === "number" ? residents : null;
};

async function residentsDrop({ ctx, regionCode, thresholds }: RuleInput) {
  const rows = await repository.latestResidentsChanges(ctx.db, regionCode);
  return rows.flatMap((row) => {
    const code = row.code;
    if (code === null) return [];
    const before = residentsIn(row.before_json);
    const after = residentsIn(row.after_json);
    if (before === null || after === null || before <= 0) return [];
    const drop = ((before - after) / before) * 100;
    if (drop <= thresholds.residentsDropPercent) return [];
    const subject: Subject = {
      kind: "region",
      id: code,
      name: row.name,
      regionCode: code,
      regionName: row.name,
    };
    return [
      finding("residentsDrop", subject, linkTo.region(code), {
        value: oneDecimal(drop),
        threshold: thresholds.residentsDropPercent,
        before,
        after,
        changedAt: row.at,
      }),
    ];
  });
}

async function indicatorOutlier({ ctx, user, regionCode, thresholds, period }: RuleInput) {
  // The dashboard's own figures for the region's units (a city's districts, a district's
  // streets), read from the aggregates: the check compares exactly what the dashboard shows.
  const dashboard = await dashboardOf(ctx, user, { region: regionCode, period });
  const units = dashboard.units;
  return dashboard.indicators.flatMap((indicator) => {
    const definition = indicatorCatalogue.find((candidate) => candidate.code === indicator.code);
    if (!definition?.composite) return [];
    const values = units.map(
      (unit) => indicator.units.find((value) => value.code === unit.code)?.value ?? null,
    );
    return madOutliers(values, thresholds.outlierMads).map((outlier) => {
      const unit = units[outlier.index] as (typeof units)[number];
      const subject: Subject = {
        kind: "region",
        id: unit.code,
        name: unit.name,
        regionCode: unit.code,
        regionName: unit.name,
      };
      const link = definition.listPath
        ? `${definition.listPath}?regionCode=${unit.code}`
        : linkTo.region(unit.code);
      return finding("indicatorOutlier", subject, link, {
        value: outlier.value,
        threshold: thresholds.outlierMads,
        bound: outlier.value < outlier.median ? "below" : "above",
        indicator: indicator.code,
        median: outlier.median,
        deviation: oneDecimal(outlier.deviation),
      });
    });
  });
}

async function requiredFieldMissing({ ctx, regionCode }: RuleInput) {
  const [platforms, workers, organizations] = await Promise.all([
    repository.operatingPlatformsMissingFields(ctx.db, regionCode),
    repository.workersWithoutPhone(ctx.db, regionCode),
    repository.organizationsWithoutRepresentative(ctx.db, regionCode),
  ]);
  const missing = (fields: DataQualityRequiredField[]) => ({ value: null, threshold: null, fields });
  return [
    ...(await recordSubjects(ctx, "platform", platforms)).map(({ row, subject, link }) =>
      finding(
        "requiredFieldMissing",
        subject,
        link,
        missing([
          ...(!row.address?.trim() ? (["address"] as const) : []),
          ...(row.floor_area === null ? (["floorArea"] as const) : []),
        ]),
      ),
    ),
    ...(await recordSubjects(ctx, "socialWorker", workers)).map(({ subject, link }) =>
      finding("requiredFieldMissing", subject, link, missing(["phone"])),
    ),
    ...(await recordSubjects(ctx, "socialOrganization", organizations)).map(({ subject, link }) =>
      finding("requiredFieldMissing", subject, link, missing(["legalRepresentative"])),
    ),
  ];
}

async function staleStation({ ctx, regionCode, thresholds, today }: RuleInput) {
  const since = daysBefore(today, thresholds.staleDays);
  // A station opened inside the window has not had the time to record anything.
  const stations = (await repository.operatingStations(ctx.db, regionCode)).filter(
    (station) => !station.opened_on || station.opened_on <= since,
  );
  const streets = [...new Set(stations.map((station) => station.region_code))];
  const codesOfStreet = new Map(streets.map((street) => [street, [street]]));
  for (const community of await repository.communitiesOf(ctx.db, streets)) {
    if (community.parent_code) codesOfStreet.get(community.parent_code)?.push(community.code);
  }
  const stale: { station: (typeof stations)[number]; last: string | null }[] = [];
  for (const station of stations) {
    const codes = codesOfStreet.get(station.region_code) ?? [station.region_code];
    if (await repository.hasServiceSince(ctx.db, codes, since)) continue;
    stale.push({ station, last: await repository.lastServiceDate(ctx.db, codes) });
  }
  const subjects = await recordSubjects(
    ctx,
    "platform",
    stale.map((entry) => entry.station),
  );
  return subjects.map(({ subject, link }, index) => {
    const last = stale[index]?.last ?? null;
    return finding("staleStation", subject, link, {
      value: last === null ? null : daysBetween(last, today),
      threshold: thresholds.staleDays,
      lastServiceOn: last,
    });
  });
}

export const ruleChecks: Record<DataQualityRuleCode, (input: RuleInput) => Promise<DataQualityFinding[]>> = {
  residentsDrop,
  floorAreaImplausible,
  workerAgeImplausible,
  staleStation,
  indicatorOutlier,
  requiredFieldMissing,
};
