import { type CaseActor, type CaseAssignment, isWithinRegion } from "@xinqiao/shared";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import { can, type RequestUser } from "../../platform/auth/requestUser.ts";
import { inRegionScope } from "../../platform/scope.ts";

/**
 * Who sees a case — the one rule behind every list, count, detail, timeline, export, search,
 * attachment and desk of casework (issue 10), written twice only in form: as a predicate for a
 * loaded case and as a SQL condition for queries; caseVisibility.test.ts holds them equal.
 *
 * - A social worker sees the cases assigned to them and those being transferred to them.
 * - A station (station_staff) sees its street; a supervisor the district of their region (a
 *   supervisor attached to a street supervises the district, as caseActors.ts says); district
 *   and city officers their region.
 * - A minor's case only its worker (and the worker it is being transferred to), the supervisor
 *   and the station head: not the district or city officers.
 * - Without cases.read (a leader, an administrator): nothing; leaders get aggregates elsewhere.
 */
export interface CaseVisibilityFields {
  region_code: string;
  assigned_worker_id: number | null;
  pending_transfer_to: number | null;
  involves_minor: number;
}

type Reach =
  | { kind: "none" }
  | { kind: "assigned" }
  | { kind: "region"; regionCode: string; minors: boolean };

function reachOf(user: RequestUser): Reach {
  if (!can(user, "cases.read")) return { kind: "none" };
  switch (user.roleId) {
    case "social_worker":
      return { kind: "assigned" };
    case "station_staff":
      return { kind: "region", regionCode: user.regionCode, minors: true };
    case "supervisor":
      return { kind: "region", regionCode: districtOf(user.regionCode), minors: true };
    case "district_officer":
    case "city_officer":
      return { kind: "region", regionCode: user.regionCode, minors: false };
    default:
      return { kind: "none" };
  }
}

/** The district (6 significant digits) of a region at district level or below; else the region. */
function districtOf(regionCode: string): string {
  return regionCode.slice(4, 6) === "00" ? regionCode : regionCode.slice(0, 6).padEnd(12, "0");
}

export function mayViewCase(user: RequestUser, row: CaseVisibilityFields): boolean {
  const reach = reachOf(user);
  const handles = row.assigned_worker_id === user.id || row.pending_transfer_to === user.id;
  if (reach.kind === "none") return false;
  if (reach.kind === "assigned") return handles;
  if (!isWithinRegion(row.region_code, reach.regionCode)) return false;
  return row.involves_minor === 0 || reach.minors;
}

/** The same rule as a condition on a query over `cases` (or an alias of it). */
export function visibleCases(user: RequestUser, alias = "cases"): RawBuilder<SqlBool> {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const reach = reachOf(user);
  if (reach.kind === "none") return sql<SqlBool>`1 = 0`;
  if (reach.kind === "assigned") {
    return sql<SqlBool>`(${column("assigned_worker_id")} = ${user.id} or ${column("pending_transfer_to")} = ${user.id})`;
  }
  const inRegion = inRegionScope(`${alias}.region_code`, reach.regionCode);
  return reach.minors ? inRegion : sql<SqlBool>`(${inRegion} and ${column("involves_minor")} = 0)`;
}

/** The user as the shared workflow (caseActors.ts) judges actors. */
export function caseActorOf(user: RequestUser): CaseActor {
  return {
    userId: String(user.id),
    role: user.roleId,
    regionCode: user.regionCode,
    permissions: [...user.permissions],
  };
}

/** A case row's assignment as the shared workflow reads it (a pending transfer's receiver). */
export function caseAssignmentOf(row: CaseVisibilityFields): CaseAssignment {
  return {
    regionCode: row.region_code,
    assignedWorkerId: row.assigned_worker_id === null ? null : String(row.assigned_worker_id),
    pendingTransfer:
      row.pending_transfer_to === null ? null : { toWorkerId: String(row.pending_transfer_to) },
  };
}
