import { parentRegionCode, type Region, type RegionLevel, regionLevelOf } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { canEditResidents } from "./regions.policy.ts";
import type { PresentedRegionRow } from "./regions.repository.ts";

/** Ancestor codes of a region from the user's scope root down to (and including) the region. */
export function pathCodes(user: Pick<RequestUser, "regionCode">, code: string): string[] {
  const codes: string[] = [];
  let current: string | null = code;
  while (current) {
    codes.unshift(current);
    if (current === user.regionCode) break;
    current = parentRegionCode(current);
  }
  return codes;
}

export function presentRegion(
  user: RequestUser,
  row: PresentedRegionRow,
  names: ReadonlyMap<string, string>,
): Region {
  const level = regionLevelOf(row.code) satisfies RegionLevel;
  return {
    code: row.code,
    name: row.name,
    level,
    parentCode: row.parent_code,
    path: pathCodes(user, row.code).map((code) => ({
      code,
      name: names.get(code) ?? (code === row.code ? row.name : code),
    })),
    residents: row.residents,
    isResidentsDemo: row.is_residents_demo === 1,
    streetCount: row.street_count,
    communityCount: row.community_count,
    hasChildren: level !== "community",
    canEditResidents: canEditResidents(user, row.code),
  };
}
