import { type CreateTableBuilder, type Kysely, PostgresAdapter } from "kysely";

/**
 * Frozen: 小组/社区活动 (activities), their registered participants (clients) and their volunteer
 * sign-ups. The region code is 12 digits (scope is a range on it). `signed_up_count` lives on the
 * activity row so that a sign-up checks the capacity under the row's lock. A volunteer is signed
 * up to an activity once (a withdrawal keeps the row and may be signed up again).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = <T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, "id"> =>
    postgres
      ? table.addColumn("id", "serial", (c) => c.primaryKey())
      : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());

  await id(db.schema.createTable("activities"))
    .addColumn("name", "varchar(100)", (c) => c.notNull())
    .addColumn("method", "varchar(20)", (c) => c.notNull())
    .addColumn("domain", "varchar(30)", (c) => c.notNull())
    .addColumn("date", "varchar(10)", (c) => c.notNull())
    .addColumn("start_time", "varchar(5)", (c) => c.notNull())
    .addColumn("end_time", "varchar(5)", (c) => c.notNull())
    .addColumn("place", "varchar(200)", (c) => c.notNull())
    .addColumn("region_code", "varchar(12)", (c) => c.notNull().references("regions.code"))
    .addColumn("organizer_kind", "varchar(20)", (c) => c.notNull())
    .addColumn("organizer_id", "integer", (c) => c.notNull())
    .addColumn("status", "varchar(20)", (c) => c.notNull())
    .addColumn("unregistered_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("volunteer_places", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("signed_up_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("volunteer_skills_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("recruit_target", "varchar(10)")
    .addColumn("recruit_team_ids_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("recruit_region_code", "varchar(12)")
    .addColumn("report", "text")
    .addColumn("satisfaction_mean", "real")
    .addColumn("satisfaction_count", "integer")
    .addColumn("cancel_reason", "varchar(200)")
    .addColumn("hours_confirmed_at", "varchar(30)")
    .addColumn("hours_confirmed_by", "integer")
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .addColumn("updated_at", "varchar(30)", (c) => c.notNull())
    .addColumn("updated_by", "integer")
    .execute();
  await db.schema
    .createIndex("activities_region_idx")
    .on("activities")
    .columns(["region_code", "id"])
    .execute();
  await db.schema.createIndex("activities_date_idx").on("activities").columns(["date"]).execute();

  await db.schema
    .createTable("activity_participants")
    .addColumn("activity_id", "integer", (c) => c.notNull().references("activities.id"))
    .addColumn("client_id", "integer", (c) => c.notNull().references("clients.id"))
    .addPrimaryKeyConstraint("activity_participants_pk", ["activity_id", "client_id"])
    .execute();

  await id(db.schema.createTable("activity_signups"))
    .addColumn("activity_id", "integer", (c) => c.notNull().references("activities.id"))
    .addColumn("volunteer_id", "integer", (c) => c.notNull().references("volunteers.id"))
    .addColumn("team_id", "integer")
    .addColumn("status", "varchar(20)", (c) => c.notNull())
    .addColumn("signed_up_at", "varchar(30)", (c) => c.notNull())
    .addColumn("signed_up_by", "integer")
    .addColumn("check_in_at", "varchar(5)")
    .addColumn("check_out_at", "varchar(5)")
    .addColumn("ledger_entry_id", "integer")
    .addUniqueConstraint("activity_signups_once", ["activity_id", "volunteer_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("activity_signups").execute();
  await db.schema.dropTable("activity_participants").execute();
  await db.schema.dropTable("activities").execute();
}
