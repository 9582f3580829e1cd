import { sql } from "kysely";
import type { Queryable } from "../../platform/db/database.ts";
import { like, likeContains, type SortOrder } from "../../platform/pagination.ts";
import { inRegionScope, inRegionScopeAfter, type RegionKeyset } from "../../platform/scope.ts";
import type { ActivitySignupTable, ActivityTable } from "./activities.tables.ts";

/** Kysely queries of activities, their participants and volunteer sign-ups; nothing else. */
export type NewActivity = Omit<ActivityTable, "id">;
export type ActivityRow = NonNullable<Awaited<ReturnType<typeof findActivity>>>;

export interface ActivityFilters {
  /** The one region range (already intersected with the user's scope). */
  regionCode: string;
  q?: string;
  status?: string;
  method?: string;
  domain?: string;
  dateFrom?: string;
  dateTo?: string;
  recruiting?: boolean;
  ids?: number[];
}

function filtered(db: Queryable, filters: ActivityFilters, exportAfter?: RegionKeyset | null) {
  const inRegion =
    exportAfter === undefined
      ? inRegionScope("a.region_code", filters.regionCode)
      : inRegionScopeAfter("a.region_code", "a.id", filters.regionCode, exportAfter);
  let q = db.selectFrom("activities as a").where(inRegion);
  if (filters.q) q = q.where(like("a.name", likeContains(filters.q)));
  if (filters.status) q = q.where("a.status", "=", filters.status as ActivityTable["status"]);
  if (filters.method) q = q.where("a.method", "=", filters.method as ActivityTable["method"]);
  if (filters.domain) q = q.where("a.domain", "=", filters.domain);
  if (filters.dateFrom) q = q.where("a.date", ">=", filters.dateFrom);
  if (filters.dateTo) q = q.where("a.date", "<=", filters.dateTo);
  if (filters.recruiting !== undefined) {
    q = filters.recruiting
      ? q.where("a.status", "=", "published").whereRef("a.signed_up_count", "<", "a.volunteer_places")
      : q.where((eb) =>
          eb.or([
            eb("a.status", "!=", "published"),
            eb("a.signed_up_count", ">=", eb.ref("a.volunteer_places")),
          ]),
        );
  }
  if (filters.ids) q = q.where("a.id", "in", filters.ids.length > 0 ? filters.ids : [0]);
  return q;
}

/** The activity with its organizer's name and region (a platform or a social organization). */
function withOrganizer(db: Queryable) {
  return db
    .selectFrom("activities as a")
    .leftJoin("platforms as p", (join) =>
      join.onRef("p.id", "=", "a.organizer_id").on("a.organizer_kind", "=", "platform"),
    )
    .leftJoin("social_organizations as o", (join) =>
      join.onRef("o.id", "=", "a.organizer_id").on("a.organizer_kind", "=", "socialOrganization"),
    )
    .selectAll("a")
    .select((eb) => [
      eb.fn.coalesce("p.name", "o.name").as("organizer_name"),
      eb.fn.coalesce("p.region_code", "o.region_code").as("organizer_region_code"),
      sql<number>`(select count(*) from activity_participants ap where ap.activity_id = a.id)`.as(
        "participant_count",
      ),
    ]);
}

export function listActivities(
  db: Queryable,
  filters: ActivityFilters,
  order: SortOrder,
  window: { limit: number; offset: number },
) {
  const ids = filtered(db, filters)
    .select("a.id")
    .orderBy(sql.ref(order.column), order.direction)
    .orderBy("a.id", "desc")
    .limit(window.limit)
    .offset(window.offset);
  return withOrganizer(db)
    .where("a.id", "in", ids)
    .orderBy(sql.ref(order.column), order.direction)
    .orderBy("a.id", "desc")
    .execute();
}

export async function countActivities(db: Queryable, filters: ActivityFilters): Promise<number> {
  const row = await filtered(db, filters)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function exportPage(
  db: Queryable,
  filters: ActivityFilters,
  after: RegionKeyset | null,
  limit: number,
) {
  const ids = filtered(db, filters, after)
    .select("a.id")
    .orderBy("a.region_code")
    .orderBy("a.id")
    .limit(limit);
  return withOrganizer(db).where("a.id", "in", ids).orderBy("a.region_code").orderBy("a.id").execute();
}

export function findActivity(db: Queryable, id: number) {
  return withOrganizer(db).where("a.id", "=", id).executeTakeFirst();
}

export async function insertActivity(db: Queryable, row: NewActivity): Promise<number> {
  const { id } = await db.insertInto("activities").values(row).returning("id").executeTakeFirstOrThrow();
  return id;
}

export async function updateActivity(
  db: Queryable,
  id: number,
  changes: Partial<NewActivity>,
): Promise<void> {
  await db.updateTable("activities").set(changes).where("id", "=", id).execute();
}

/**
 * Takes a place if one is free, as one conditional update: two concurrent sign-ups cannot both
 * take the last place (PostgreSQL re-checks the condition on the locked row; SQLite writes one
 * transaction at a time). False when the activity is full.
 */
export async function takePlace(db: Queryable, id: number): Promise<boolean> {
  const result = await db
    .updateTable("activities")
    .set((eb) => ({ signed_up_count: eb("signed_up_count", "+", 1) }))
    .where("id", "=", id)
    .whereRef("signed_up_count", "<", "volunteer_places")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function releasePlace(db: Queryable, id: number): Promise<void> {
  await db
    .updateTable("activities")
    .set((eb) => ({ signed_up_count: eb("signed_up_count", "-", 1) }))
    .where("id", "=", id)
    .execute();
}

/** Locks the activity's row for the rest of the transaction (a confirmation runs once). */
export async function lockActivity(db: Queryable, id: number, at: string): Promise<void> {
  await db.updateTable("activities").set({ updated_at: at }).where("id", "=", id).execute();
}

export function participantsOf(db: Queryable, activityId: number) {
  return db
    .selectFrom("activity_participants as ap")
    .innerJoin("clients as c", "c.id", "ap.client_id")
    .select(["c.id", "c.name", "c.region_code"])
    .where("ap.activity_id", "=", activityId)
    .orderBy("c.id")
    .execute();
}

export async function replaceParticipants(
  db: Queryable,
  activityId: number,
  clientIds: number[],
): Promise<void> {
  await db.deleteFrom("activity_participants").where("activity_id", "=", activityId).execute();
  if (clientIds.length === 0) return;
  await db
    .insertInto("activity_participants")
    .values(clientIds.map((client_id) => ({ activity_id: activityId, client_id })))
    .execute();
}

/** The clients among `ids` inside the region (the scope): a participant must be visible. */
export function clientsInRegion(db: Queryable, ids: number[], regionCode: string) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("clients")
    .select(["id", "name"])
    .where("id", "in", ids)
    .where(inRegionScope("region_code", regionCode))
    .execute();
}

export function teamsByIds(db: Queryable, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("volunteer_teams")
    .select(["id", "name", "region_code"])
    .where("id", "in", ids)
    .orderBy("id")
    .execute();
}

export function signupsOf(db: Queryable, activityId: number) {
  return db
    .selectFrom("activity_signups as s")
    .innerJoin("volunteers as v", "v.id", "s.volunteer_id")
    .leftJoin("volunteer_teams as t", "t.id", "s.team_id")
    .leftJoin("volunteer_service_records as r", "r.id", "s.ledger_entry_id")
    .select([
      "s.id",
      "s.volunteer_id",
      "s.team_id",
      "s.status",
      "s.signed_up_at",
      "s.check_in_at",
      "s.check_out_at",
      "s.ledger_entry_id",
      "v.name as volunteer_name",
      "v.region_code as volunteer_region_code",
      "v.volunteer_number",
      "v.region_code as volunteer_region",
      "t.name as team_name",
      "t.region_code as team_region_code",
      "r.hours as ledger_hours",
      sql<number>`(select count(*) from volunteer_service_records x where x.reverses_id = s.ledger_entry_id)`.as(
        "reversal_count",
      ),
    ])
    .where("s.activity_id", "=", activityId)
    .orderBy("s.id")
    .execute();
}

export type SignupRow = Awaited<ReturnType<typeof signupsOf>>[number];

export function findSignup(db: Queryable, activityId: number, signupId: number) {
  return db
    .selectFrom("activity_signups")
    .selectAll()
    .where("activity_id", "=", activityId)
    .where("id", "=", signupId)
    .executeTakeFirst();
}

export function findSignupOfVolunteer(db: Queryable, activityId: number, volunteerId: number) {
  return db
    .selectFrom("activity_signups")
    .selectAll()
    .where("activity_id", "=", activityId)
    .where("volunteer_id", "=", volunteerId)
    .executeTakeFirst();
}

export async function insertSignup(db: Queryable, row: Omit<ActivitySignupTable, "id">): Promise<number> {
  const { id } = await db
    .insertInto("activity_signups")
    .values(row)
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateSignup(
  db: Queryable,
  id: number,
  changes: Partial<Omit<ActivitySignupTable, "id">>,
): Promise<void> {
  await db.updateTable("activity_signups").set(changes).where("id", "=", id).execute();
}

export function findVolunteer(db: Queryable, id: number) {
  return db
    .selectFrom("volunteers")
    .select(["id", "name", "region_code", "is_active", "volunteer_number", "phone_masked"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export function findVolunteerByNumber(db: Queryable, volunteerNumber: string) {
  return db
    .selectFrom("volunteers")
    .select(["id", "name", "region_code", "is_active", "volunteer_number", "phone_masked"])
    .where("volunteer_number", "=", volunteerNumber)
    .executeTakeFirst();
}

export function isTeamMember(db: Queryable, teamId: number, volunteerId: number) {
  return db
    .selectFrom("volunteer_team_members")
    .select("team_id")
    .where("team_id", "=", teamId)
    .where("volunteer_id", "=", volunteerId)
    .executeTakeFirst();
}

export function findOrganizer(db: Queryable, kind: ActivityTable["organizer_kind"], id: number) {
  return kind === "platform"
    ? db.selectFrom("platforms").select(["id", "name", "region_code"]).where("id", "=", id).executeTakeFirst()
    : db
        .selectFrom("social_organizations")
        .select(["id", "name", "region_code"])
        .where("id", "=", id)
        .executeTakeFirst();
}
