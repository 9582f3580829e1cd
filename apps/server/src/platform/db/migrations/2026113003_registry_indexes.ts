import type { Kysely } from "kysely";

/** Frozen: indexes the volunteer list's star filter and a team's served hours need. */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("volunteers_total_hours_idx")
    .on("volunteers")
    .columns(["total_hours", "id"])
    .execute();
  await db.schema
    .createIndex("service_records_team_idx")
    .on("volunteer_service_records")
    .columns(["team_id", "service_date"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("service_records_team_idx").execute();
  await db.schema.dropIndex("volunteers_total_hours_idx").execute();
}
