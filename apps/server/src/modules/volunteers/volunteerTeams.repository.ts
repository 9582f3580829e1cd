import type { Queryable } from "../../platform/db/database.ts";
import type { SortOrder } from "../../platform/pagination.ts";
import { matchesNameOrPinyin } from "../../platform/pinyin.ts";
import { inRegionScope } from "../../platform/scope.ts";
import type { VolunteerTeamTable } from "./volunteers.tables.ts";

/** Kysely queries of volunteer teams (志愿服务队) and their members, nothing else. */
export type NewVolunteerTeam = Omit<VolunteerTeamTable, "id">;

export interface TeamFilters {
  /** The one region range to apply (already intersected with the user's scope). */
  regionCode: string;
  q?: string;
  socialOrganizationId?: number;
  isActive?: boolean;
  /** Only these records (an export of the rows chosen in the list). */
  ids?: number[];
}

const teamColumns = [
  "t.id",
  "t.name",
  "t.region_code",
  "t.social_organization_id",
  "o.name as social_organization_name",
  "o.region_code as social_organization_region_code",
  "t.leader_name",
  "t.founded_on",
  "t.description",
  "t.is_active",
  "t.is_demo",
  "t.created_at",
  "t.updated_at",
] as const;

export type TeamRow = NonNullable<Awaited<ReturnType<typeof findTeam>>>;

function filtered(db: Queryable, filters: TeamFilters) {
  let q = db
    .selectFrom("volunteer_teams as t")
    .leftJoin("social_organizations as o", "o.id", "t.social_organization_id")
    .where(inRegionScope("t.region_code", filters.regionCode));
  if (filters.q) {
    q = q.where(
      matchesNameOrPinyin(filters.q, { name: "t.name", pinyin: "t.pinyin", initials: "t.pinyin_initials" }),
    );
  }
  if (filters.socialOrganizationId !== undefined) {
    q = q.where("t.social_organization_id", "=", filters.socialOrganizationId);
  }
  if (filters.isActive !== undefined) q = q.where("t.is_active", "=", filters.isActive ? 1 : 0);
  if (filters.ids) q = q.where("t.id", "in", filters.ids);
  return q;
}

export function listTeams(
  db: Queryable,
  filters: TeamFilters,
  order: SortOrder,
  window: { limit: number; offset: number },
) {
  let q = filtered(db, filters)
    .select(teamColumns)
    .orderBy(order.column as "t.id", order.direction);
  if (order.column !== "t.id") q = q.orderBy("t.id", order.direction);
  return q.limit(window.limit).offset(window.offset).execute();
}

export async function countTeams(db: Queryable, filters: TeamFilters): Promise<number> {
  const row = await filtered(db, filters)
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

export function exportTeamsPage(db: Queryable, filters: TeamFilters, afterId: number, limit: number) {
  return filtered(db, filters)
    .select(teamColumns)
    .where("t.id", ">", afterId)
    .orderBy("t.id")
    .limit(limit)
    .execute();
}

export function findTeam(db: Queryable, id: number) {
  return db
    .selectFrom("volunteer_teams as t")
    .leftJoin("social_organizations as o", "o.id", "t.social_organization_id")
    .select(teamColumns)
    .where("t.id", "=", id)
    .executeTakeFirst();
}

export function findTeamsByIds(db: Queryable, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("volunteer_teams")
    .select(["id", "name", "region_code", "is_active"])
    .where("id", "in", ids)
    .execute();
}

/** Active teams inside a scope by name, for imports that name teams. */
export function teamsWithin(db: Queryable, scopeCode: string) {
  return db
    .selectFrom("volunteer_teams")
    .select(["id", "name", "region_code"])
    .where(inRegionScope("region_code", scopeCode))
    .where("is_active", "=", 1)
    .execute();
}

export function findTeamByNameInRegion(db: Queryable, name: string, regionCode: string) {
  return db
    .selectFrom("volunteer_teams")
    .select(["id", "name"])
    .where("name", "=", name)
    .where("region_code", "=", regionCode)
    .executeTakeFirst();
}

export async function insertTeam(db: Queryable, row: NewVolunteerTeam): Promise<number> {
  const inserted = await db
    .insertInto("volunteer_teams")
    .values(row)
    .returning("id")
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Many teams in one statement per chunk; answers each new row with its id, region and name. */
export async function insertTeams(
  db: Queryable,
  rows: NewVolunteerTeam[],
): Promise<{ id: number; name: string; region_code: string }[]> {
  const inserted: { id: number; name: string; region_code: string }[] = [];
  for (let start = 0; start < rows.length; start += 500) {
    inserted.push(
      ...(await db
        .insertInto("volunteer_teams")
        .values(rows.slice(start, start + 500))
        .returning(["id", "name", "region_code"])
        .execute()),
    );
  }
  return inserted;
}

export async function updateTeam(
  db: Queryable,
  id: number,
  changes: Partial<NewVolunteerTeam>,
): Promise<void> {
  await db.updateTable("volunteer_teams").set(changes).where("id", "=", id).execute();
}

/**
 * Member count and the members' cumulative hours of a page of teams, in one query — counting
 * only the members the viewer may see (those in `scopeCode`), as every aggregate does: a team
 * can have members from outside the viewer's region, whom the viewer cannot list.
 */
export function memberTotalsOfTeams(db: Queryable, teamIds: number[], scopeCode: string) {
  if (teamIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("volunteer_team_members as m")
    .innerJoin("volunteers as v", "v.id", "m.volunteer_id")
    .select((eb) => [
      "m.team_id",
      eb.fn.countAll<number>().as("members"),
      eb.fn.sum<number>("v.total_hours").as("hours"),
    ])
    .where("m.team_id", "in", teamIds)
    .where(inRegionScope("v.region_code", scopeCode))
    .groupBy("m.team_id")
    .execute();
}

/** Hours served under a team (earned records naming it) by the volunteers the viewer may see. */
export async function hoursWithTeam(db: Queryable, teamId: number, scopeCode: string): Promise<number> {
  const row = await db
    .selectFrom("volunteer_service_records as r")
    .innerJoin("volunteers as v", "v.id", "r.volunteer_id")
    .select((eb) => eb.fn.sum<number>("r.hours").as("hours"))
    .where("r.team_id", "=", teamId)
    .where("r.entry_kind", "=", "earned")
    .where(inRegionScope("v.region_code", scopeCode))
    .executeTakeFirst();
  return Number(row?.hours ?? 0);
}

export function membershipsOfTeam(db: Queryable, teamId: number, volunteerIds: number[]) {
  if (volunteerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("volunteer_team_members")
    .select("volunteer_id")
    .where("team_id", "=", teamId)
    .where("volunteer_id", "in", volunteerIds)
    .execute();
}

export async function removeMember(db: Queryable, teamId: number, volunteerId: number): Promise<number> {
  const result = await db
    .deleteFrom("volunteer_team_members")
    .where("team_id", "=", teamId)
    .where("volunteer_id", "=", volunteerId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export function findSocialOrganization(db: Queryable, id: number) {
  return db
    .selectFrom("social_organizations")
    .select(["id", "name", "region_code", "is_active"])
    .where("id", "=", id)
    .executeTakeFirst();
}
