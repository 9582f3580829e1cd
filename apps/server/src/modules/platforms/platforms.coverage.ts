import {
  regionLevelOf,
  type StationCoverage,
  type StationCoverageRow,
  stationStandard,
} from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import * as repository from "./platforms.repository.ts";

/**
 * Station coverage per district (PRODUCT.md "unbalanced development"): streets with an operating
 * station ÷ all streets (regions.street_count), and operating stations below the staffing
 * (< 2 workers) or space (< 20 m²) standard. Scoped like everything else: a city user sees every
 * district, a district officer their district, a street user their street. The inputs are small
 * (one row per operating station, one per street), so the figures are computed per request.
 */
export function coveragePercent(covered: number, streets: number): number | null {
  return streets > 0 ? Math.round((covered / streets) * 1000) / 10 : null;
}

const streetOf = (code: string) => `${code.slice(0, 9)}000`;

export async function stationCoverage(
  ctx: Pick<AppContext, "db">,
  user: RequestUser,
): Promise<StationCoverage> {
  const [regions, stations] = await Promise.all([
    repository.listRegionsWithin(ctx.db, user.regionCode),
    repository.listOperatingStations(ctx.db, user.regionCode),
  ]);
  const level = regionLevelOf(user.regionCode);
  const units =
    level === "city"
      ? regions.filter((r) => r.level === "district")
      : level === "district" || level === "street"
        ? regions.filter((r) => r.code === user.regionCode)
        : [];
  const streets = regions.filter((r) => r.level === "street");

  const rows: StationCoverageRow[] = units.map((unit) => {
    const prefix = unit.level === "district" ? unit.code.slice(0, 6) : unit.code.slice(0, 9);
    const unitStreets = unit.level === "street" ? [unit] : streets.filter((s) => s.code.startsWith(prefix));
    const unitStations = stations.filter((s) => s.region_code.startsWith(prefix));
    const covered = new Set(unitStations.map((s) => streetOf(s.region_code)));
    const streetCount = unit.level === "street" ? 1 : unit.street_count;
    const coveredStreetCount = unitStreets.filter((s) => covered.has(s.code)).length;
    return {
      regionCode: unit.code,
      regionName: unit.name,
      streetCount,
      coveredStreetCount,
      coveragePercent: coveragePercent(coveredStreetCount, streetCount),
      operatingStationCount: unitStations.length,
      belowStaffingCount: unitStations.filter((s) => Number(s.staff_count) < stationStandard.minimumWorkers)
        .length,
      belowSpaceCount: unitStations.filter(
        (s) => s.floor_area !== null && Number(s.floor_area) < stationStandard.minimumFloorArea,
      ).length,
      uncoveredStreets: unitStreets
        .filter((s) => !covered.has(s.code))
        .map((s) => ({ code: s.code, name: s.name })),
    };
  });

  return { standard: { ...stationStandard }, rows, total: rows.length > 1 ? totalOf(user, rows) : null };
}

function totalOf(user: RequestUser, rows: StationCoverageRow[]): StationCoverageRow {
  const total: StationCoverageRow = {
    regionCode: user.regionCode,
    regionName: user.regionName,
    streetCount: 0,
    coveredStreetCount: 0,
    coveragePercent: null,
    operatingStationCount: 0,
    belowStaffingCount: 0,
    belowSpaceCount: 0,
    uncoveredStreets: [],
  };
  for (const row of rows) {
    total.streetCount += row.streetCount;
    total.coveredStreetCount += row.coveredStreetCount;
    total.operatingStationCount += row.operatingStationCount;
    total.belowStaffingCount += row.belowStaffingCount;
    total.belowSpaceCount += row.belowSpaceCount;
    total.uncoveredStreets.push(...row.uncoveredStreets);
  }
  total.coveragePercent = coveragePercent(total.coveredStreetCount, total.streetCount);
  return total;
}
