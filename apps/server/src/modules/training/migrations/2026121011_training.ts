import { type CreateTableBuilder, type Kysely, PostgresAdapter } from "kysely";

/**
 * Frozen: training courses, their sessions, the social workers enrolled and their sign-ins per
 * session. `enrolled_count` lives on the course row so that an enrolment checks the capacity
 * under the row's lock. A worker is enrolled in a course once (a withdrawal keeps the row and may
 * be enrolled again); a certificate number is unique. `ledger_entry_id` names the
 * continuing-education entry a completion wrote (no foreign key, as the ledger's own reversal
 * column: only the service writes it).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = <T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, "id"> =>
    postgres
      ? table.addColumn("id", "serial", (c) => c.primaryKey())
      : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());

  await id(db.schema.createTable("courses"))
    .addColumn("name", "varchar(100)", (c) => c.notNull())
    .addColumn("kind", "varchar(20)", (c) => c.notNull())
    .addColumn("organizer", "varchar(100)", (c) => c.notNull())
    .addColumn("region_code", "varchar(12)", (c) => c.notNull().references("regions.code"))
    .addColumn("start_date", "varchar(10)", (c) => c.notNull())
    .addColumn("end_date", "varchar(10)", (c) => c.notNull())
    .addColumn("hours", "real", (c) => c.notNull())
    .addColumn("capacity", "integer", (c) => c.notNull())
    .addColumn("enrolled_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("target_levels_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("status", "varchar(20)", (c) => c.notNull())
    .addColumn("cancel_reason", "varchar(200)")
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .addColumn("updated_at", "varchar(30)", (c) => c.notNull())
    .addColumn("updated_by", "integer")
    .execute();
  await db.schema.createIndex("courses_region_idx").on("courses").columns(["region_code", "id"]).execute();
  await db.schema.createIndex("courses_start_idx").on("courses").columns(["start_date"]).execute();

  await id(db.schema.createTable("course_sessions"))
    .addColumn("course_id", "integer", (c) => c.notNull().references("courses.id"))
    .addColumn("date", "varchar(10)", (c) => c.notNull())
    .addColumn("start_time", "varchar(5)", (c) => c.notNull())
    .addColumn("end_time", "varchar(5)", (c) => c.notNull())
    .addColumn("topic", "varchar(100)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("course_sessions_course_idx")
    .on("course_sessions")
    .columns(["course_id"])
    .execute();

  await id(db.schema.createTable("course_enrolments"))
    .addColumn("course_id", "integer", (c) => c.notNull().references("courses.id"))
    .addColumn("social_worker_id", "integer", (c) => c.notNull().references("social_workers.id"))
    .addColumn("status", "varchar(20)", (c) => c.notNull())
    .addColumn("enrolled_at", "varchar(30)", (c) => c.notNull())
    .addColumn("enrolled_by", "integer")
    .addColumn("certificate_number", "varchar(40)", (c) => c.unique())
    .addColumn("completed_on", "varchar(10)")
    .addColumn("ledger_entry_id", "integer")
    .addUniqueConstraint("course_enrolments_once", ["course_id", "social_worker_id"])
    .execute();
  await db.schema
    .createIndex("course_enrolments_worker_idx")
    .on("course_enrolments")
    .columns(["social_worker_id"])
    .execute();

  await db.schema
    .createTable("course_attendance")
    .addColumn("enrolment_id", "integer", (c) => c.notNull().references("course_enrolments.id"))
    .addColumn("session_id", "integer", (c) => c.notNull().references("course_sessions.id"))
    .addColumn("signed_in_at", "varchar(30)", (c) => c.notNull())
    .addColumn("signed_in_by", "integer")
    .addPrimaryKeyConstraint("course_attendance_pk", ["enrolment_id", "session_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("course_attendance").execute();
  await db.schema.dropTable("course_enrolments").execute();
  await db.schema.dropTable("course_sessions").execute();
  await db.schema.dropTable("courses").execute();
}
