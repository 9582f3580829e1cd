import { type Platform, platformWarnings, regionPathCodes, stationStandard } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { parseJsonList } from "../../platform/db/jsonColumns.ts";
import { optionalReferenceTo } from "../../platform/references.ts";
import { abilitiesOf } from "./platforms.policy.ts";
import type { PlatformRecord } from "./platforms.repository.ts";
import type { PlatformTable } from "./platforms.tables.ts";

/** Standards apply to operating stations only; other platforms answer null. */
export function standardFlags(
  row: { kind: string; status: string; floor_area: number | null },
  staffCount: number,
) {
  if (row.kind !== "station") return { isBelowStaffingStandard: null, isBelowSpaceStandard: null };
  const isOperating = row.status === "operating";
  return {
    isBelowStaffingStandard: isOperating && staffCount < stationStandard.minimumWorkers,
    isBelowSpaceStandard:
      isOperating && row.floor_area !== null && row.floor_area < stationStandard.minimumFloorArea,
  };
}

export function presentPlatform(
  user: RequestUser,
  row: PlatformRecord,
  regionNames: ReadonlyMap<string, string>,
): Platform {
  const isActive = row.is_active === 1;
  const staffCount = Number(row.staff_count ?? 0);
  const floorArea = row.floor_area === null ? null : Number(row.floor_area);
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    region: { code: row.region_code, name: row.region_name },
    regionPath: regionPathCodes(row.region_code).map((code) => ({
      code,
      name: regionNames.get(code) ?? code,
    })),
    address: row.address,
    floorArea,
    facilities: parseJsonList(row.facilities_json),
    operatorOrganization: optionalReferenceTo(
      user,
      row.operator_organization_id,
      row.operator_name,
      row.operator_region_code,
    ),
    openedOn: row.opened_on,
    status: row.status,
    staffCount,
    ...standardFlags({ ...row, floor_area: floorArea }, staffCount),
    warnings: platformWarnings({ kind: row.kind, floorArea, staffCount, status: row.status }),
    isActive,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    abilities: abilitiesOf(user, { regionCode: row.region_code, isActive }),
  };
}

/** What an audit entry records of a platform: its columns as fields (no derived figures). */
export function auditedPlatform(
  row: Pick<
    PlatformTable,
    | "kind"
    | "name"
    | "region_code"
    | "address"
    | "floor_area"
    | "facilities_json"
    | "operator_organization_id"
    | "opened_on"
    | "status"
    | "is_active"
  >,
): Record<string, unknown> {
  return {
    kind: row.kind,
    name: row.name,
    regionCode: row.region_code,
    address: row.address,
    floorArea: row.floor_area === null ? null : Number(row.floor_area),
    facilities: parseJsonList(row.facilities_json),
    operatorOrganizationId: row.operator_organization_id,
    openedOn: row.opened_on,
    status: row.status,
    isActive: row.is_active === 1,
  };
}
