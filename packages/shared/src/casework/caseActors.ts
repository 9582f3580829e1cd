import type { RoleId } from "../roles.ts";

/**
 * Who may act on a case, as relations the server can check from the case's assignment and
 * region and the user's role and region: a role alone is not enough (a supervisor of another
 * district is no supervisor of this case).
 */
export const caseActorRelations = [
  "assignedWorker",
  "transferReceiver",
  "stationHead",
  "supervisor",
  "districtOfficer",
  "cityOfficer",
] as const;
export type CaseActorRelation = (typeof caseActorRelations)[number];

export const caseActorRelationLabels: Record<CaseActorRelation, string> = {
  assignedWorker: "负责社工",
  transferReceiver: "移交接收社工",
  stationHead: "社工站负责人",
  supervisor: "督导",
  districtOfficer: "区民政工作人员",
  cityOfficer: "市民政工作人员",
};

export interface CaseActor {
  userId: string;
  role: RoleId;
  /** The 12-digit region the user is attached to. */
  regionCode: string;
  /** The permissions the user holds (the server's grants). */
  permissions: readonly string[];
}

/** What of a case its actors are judged by. */
export interface CaseAssignment {
  /** The 12-digit region (street or community) the case belongs to. */
  regionCode: string;
  assignedWorkerId: string | null;
  pendingTransfer: { toWorkerId: string } | null;
}

// 12-digit codes: 2 province, 2 city, 2 district, 3 street, 3 community.
const sameCity = (a: string, b: string) => a.slice(0, 4) === b.slice(0, 4);
const sameDistrict = (a: string, b: string) => a.slice(0, 6) === b.slice(0, 6);
const sameStreet = (a: string, b: string) => a.slice(0, 9) === b.slice(0, 9);

/** The relations the actor has to the case; a user may have several (a station head assigned to it). */
export function relationsToCase(assignment: CaseAssignment, actor: CaseActor): Set<CaseActorRelation> {
  const relations = new Set<CaseActorRelation>();
  const here = assignment.regionCode;
  if (assignment.assignedWorkerId !== null && assignment.assignedWorkerId === actor.userId) {
    relations.add("assignedWorker");
  }
  if (assignment.pendingTransfer?.toWorkerId === actor.userId) relations.add("transferReceiver");
  if (actor.role === "station_staff" && sameStreet(actor.regionCode, here)) relations.add("stationHead");
  // A supervisor attached to a street supervises the district's cases all the same (PRODUCT.md).
  if (actor.role === "supervisor" && sameDistrict(actor.regionCode, here)) relations.add("supervisor");
  if (actor.role === "district_officer" && sameDistrict(actor.regionCode, here)) {
    relations.add("districtOfficer");
  }
  if (actor.role === "city_officer" && sameCity(actor.regionCode, here)) relations.add("cityOfficer");
  return relations;
}
