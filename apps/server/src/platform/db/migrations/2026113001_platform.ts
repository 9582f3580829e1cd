import { type CreateTableBuilder, type Kysely, sql } from "kysely";
import { isPostgres } from "../database.ts";

/** Frozen: the platform's first tables. Later changes are new migrations, never edits here. */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  const id = <T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, "id"> =>
    postgres
      ? table.addColumn("id", "serial", (c) => c.primaryKey())
      : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());

  await db.schema
    .createTable("regions")
    .addColumn("code", "varchar(12)", (c) => c.primaryKey())
    .addColumn("name", "varchar(100)", (c) => c.notNull())
    .addColumn("level", "varchar(12)", (c) => c.notNull())
    .addColumn("parent_code", "varchar(12)", (c) => c.references("regions.code"))
    .addColumn("pinyin", "varchar(300)", (c) => c.notNull())
    .addColumn("pinyin_initials", "varchar(100)", (c) => c.notNull())
    .addColumn("residents", "integer")
    .addColumn("is_residents_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("street_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("community_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("residents_updated_at", "varchar(30)")
    .addColumn("residents_updated_by", "integer")
    .execute();
  await db.schema.createIndex("regions_parent_idx").on("regions").columns(["parent_code", "code"]).execute();

  await id(db.schema.createTable("organizations"))
    .addColumn("name", "varchar(100)", (c) => c.notNull().unique())
    .addColumn("kind", "varchar(30)", (c) => c.notNull())
    .addColumn("region_code", "varchar(12)", (c) => c.notNull().references("regions.code"))
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("organizations_region_idx").on("organizations").column("region_code").execute();

  await db.schema
    .createTable("roles")
    .addColumn("id", "varchar(40)", (c) => c.primaryKey())
    .addColumn("name", "varchar(60)", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("role_permissions")
    .addColumn("role_id", "varchar(40)", (c) => c.notNull().references("roles.id"))
    .addColumn("permission", "varchar(60)", (c) => c.notNull())
    .addPrimaryKeyConstraint("role_permissions_pk", ["role_id", "permission"])
    .execute();

  await id(db.schema.createTable("users"))
    .addColumn("username", "varchar(50)", (c) => c.notNull().unique())
    .addColumn("display_name", "varchar(50)", (c) => c.notNull())
    .addColumn("password_hash", "varchar(200)", (c) => c.notNull())
    .addColumn("role_id", "varchar(40)", (c) => c.notNull().references("roles.id"))
    .addColumn("organization_id", "integer", (c) => c.references("organizations.id"))
    .addColumn("region_code", "varchar(12)", (c) => c.notNull().references("regions.code"))
    .addColumn("phone", "varchar(20)")
    .addColumn("is_active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("must_change_password", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("password_changed_at", "varchar(30)", (c) => c.notNull())
    .addColumn("failed_login_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked_until", "varchar(30)")
    .addColumn("last_login_at", "varchar(30)")
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(30)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("users_region_idx").on("users").column("region_code").execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("csrf_token", "varchar(64)", (c) => c.notNull())
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("last_seen_at", "varchar(30)", (c) => c.notNull())
    .addColumn("expires_at", "varchar(30)", (c) => c.notNull())
    .addColumn("ip", "varchar(64)")
    .addColumn("user_agent", "varchar(300)")
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await id(db.schema.createTable("audit_log"))
    .addColumn("at", "varchar(30)", (c) => c.notNull())
    .addColumn("actor_id", "integer")
    .addColumn("actor_username", "varchar(50)")
    .addColumn("action", "varchar(60)", (c) => c.notNull())
    .addColumn("entity", "varchar(60)", (c) => c.notNull())
    .addColumn("entity_id", "varchar(64)")
    .addColumn("before_json", "text")
    .addColumn("after_json", "text")
    .addColumn("result", "varchar(10)", (c) => c.notNull())
    .addColumn("ip", "varchar(64)")
    .execute();
  await db.schema.createIndex("audit_log_at_idx").on("audit_log").column("at").execute();
  await db.schema.createIndex("audit_log_actor_idx").on("audit_log").columns(["actor_id", "at"]).execute();
  await db.schema
    .createIndex("audit_log_entity_idx")
    .on("audit_log")
    .columns(["entity", "entity_id"])
    .execute();

  // The audit log is append-only below the application too: the database refuses edits.
  if (postgres) {
    await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  } else {
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "audit_log",
    "sessions",
    "users",
    "role_permissions",
    "roles",
    "organizations",
    "regions",
  ]) {
    await db.schema.dropTable(table).execute();
  }
  if (isPostgres(db)) await sql`DROP FUNCTION IF EXISTS audit_log_append_only()`.execute(db);
}
