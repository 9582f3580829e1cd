import type { CreateTableBuilder, Kysely } from "kysely";
import { isPostgres } from "../database.ts";

/**
 * Frozen: the four registries (platforms, social organizations, social workers, volunteers and
 * teams). Every registry row carries the 12-digit region code it belongs to (scope is a range on
 * it), its name's pinyin and initials (quick search), and personal data only as ciphertext, a
 * keyed hash for exact lookup and duplicates, and the masked form for lists.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  const id = <T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, "id"> =>
    postgres
      ? table.addColumn("id", "serial", (c) => c.primaryKey())
      : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
  const real = postgres ? "double precision" : "real";
  // Columns every registry shares: where it belongs, how it is found, who changed it and when.
  const common = <T extends string>(table: CreateTableBuilder<T, "id">) =>
    table
      .addColumn("name", "varchar(100)", (c) => c.notNull())
      .addColumn("pinyin", "varchar(300)", (c) => c.notNull())
      .addColumn("pinyin_initials", "varchar(100)", (c) => c.notNull())
      .addColumn("region_code", "varchar(12)", (c) => c.notNull().references("regions.code"))
      .addColumn("is_active", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "varchar(30)", (c) => c.notNull())
      .addColumn("created_by", "integer")
      .addColumn("updated_at", "varchar(30)", (c) => c.notNull())
      .addColumn("updated_by", "integer");
  const searchIndexes = async (table: string) => {
    await db.schema.createIndex(`${table}_region_idx`).on(table).columns(["region_code", "id"]).execute();
    await db.schema.createIndex(`${table}_initials_idx`).on(table).columns(["pinyin_initials"]).execute();
    await db.schema.createIndex(`${table}_pinyin_idx`).on(table).columns(["pinyin"]).execute();
    await db.schema.createIndex(`${table}_name_idx`).on(table).columns(["name"]).execute();
  };

  await common(id(db.schema.createTable("social_organizations")))
    .addColumn("credit_code", "varchar(18)", (c) => c.notNull().unique())
    .addColumn("credit_code_override_reason", "varchar(300)")
    .addColumn("org_type", "varchar(20)", (c) => c.notNull())
    .addColumn("registering_authority", "varchar(100)", (c) => c.notNull())
    .addColumn("registered_on", "varchar(10)")
    .addColumn("legal_representative", "varchar(50)")
    .addColumn("domains_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("evaluation_grade", "varchar(2)")
    .addColumn("staff_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("address", "varchar(200)")
    .addColumn("status", "varchar(20)", (c) => c.notNull())
    .execute();
  await searchIndexes("social_organizations");

  await common(id(db.schema.createTable("platforms")))
    .addColumn("kind", "varchar(20)", (c) => c.notNull())
    .addColumn("address", "varchar(200)")
    .addColumn("floor_area", real)
    .addColumn("facilities_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("operator_organization_id", "integer", (c) => c.references("social_organizations.id"))
    .addColumn("opened_on", "varchar(10)")
    .addColumn("status", "varchar(20)", (c) => c.notNull())
    .execute();
  await searchIndexes("platforms");

  await common(id(db.schema.createTable("social_workers")))
    .addColumn("id_number_cipher", "text", (c) => c.notNull())
    .addColumn("id_number_index", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("id_number_masked", "varchar(20)", (c) => c.notNull())
    .addColumn("sex", "varchar(6)", (c) => c.notNull())
    .addColumn("birth_date", "varchar(10)", (c) => c.notNull())
    .addColumn("phone_cipher", "text")
    .addColumn("phone_masked", "varchar(20)")
    .addColumn("education", "varchar(20)", (c) => c.notNull())
    .addColumn("major", "varchar(50)")
    .addColumn("is_social_work_major", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("qualification_level", "varchar(20)", (c) => c.notNull())
    .addColumn("certificate_number", "varchar(50)")
    .addColumn("certificate_date", "varchar(10)")
    .addColumn("registration_date", "varchar(10)")
    .addColumn("registration_expiry", "varchar(10)")
    .addColumn("other_certificates_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("employer_kind", "varchar(20)", (c) => c.notNull())
    .addColumn("platform_id", "integer", (c) => c.references("platforms.id"))
    .addColumn("social_organization_id", "integer", (c) => c.references("social_organizations.id"))
    .addColumn("department_id", "integer", (c) => c.references("organizations.id"))
    .addColumn("position", "varchar(50)")
    .addColumn("domains_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("employment_status", "varchar(20)", (c) => c.notNull())
    .addColumn("is_introduced_talent", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("joined_on", "varchar(10)")
    .execute();
  await searchIndexes("social_workers");
  await db.schema
    .createIndex("social_workers_platform_idx")
    .on("social_workers")
    .column("platform_id")
    .execute();
  await db.schema
    .createIndex("social_workers_organization_idx")
    .on("social_workers")
    .column("social_organization_id")
    .execute();
  await db.schema
    .createIndex("social_workers_expiry_idx")
    .on("social_workers")
    .column("registration_expiry")
    .execute();

  // Continuing-education hours; the training issue will add rows from course attendance.
  await id(db.schema.createTable("social_worker_education_hours"))
    .addColumn("social_worker_id", "integer", (c) => c.notNull().references("social_workers.id"))
    .addColumn("completed_on", "varchar(10)", (c) => c.notNull())
    .addColumn("hours", real, (c) => c.notNull())
    .addColumn("description", "varchar(200)", (c) => c.notNull())
    .addColumn("source", "varchar(20)", (c) => c.notNull())
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .execute();
  await db.schema
    .createIndex("education_hours_worker_idx")
    .on("social_worker_education_hours")
    .columns(["social_worker_id", "completed_on"])
    .execute();

  await common(id(db.schema.createTable("volunteer_teams")))
    .addColumn("social_organization_id", "integer", (c) => c.references("social_organizations.id"))
    .addColumn("leader_name", "varchar(50)")
    .addColumn("founded_on", "varchar(10)")
    .addColumn("description", "varchar(500)")
    .execute();
  await searchIndexes("volunteer_teams");

  await common(id(db.schema.createTable("volunteers")))
    .addColumn("id_number_cipher", "text", (c) => c.notNull())
    .addColumn("id_number_index", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("id_number_masked", "varchar(20)", (c) => c.notNull())
    .addColumn("id_type", "varchar(20)", (c) => c.notNull().defaultTo("resident_id"))
    .addColumn("sex", "varchar(6)", (c) => c.notNull())
    .addColumn("birth_date", "varchar(10)", (c) => c.notNull())
    .addColumn("phone_cipher", "text")
    .addColumn("phone_masked", "varchar(20)")
    .addColumn("volunteer_number", "varchar(30)", (c) => c.notNull().unique())
    .addColumn("skills_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("availability_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("registered_on", "varchar(10)", (c) => c.notNull())
    // Maintained from the hours ledger in the same transaction as each record.
    .addColumn("total_hours", real, (c) => c.notNull().defaultTo(0))
    .execute();
  await searchIndexes("volunteers");

  await db.schema
    .createTable("volunteer_team_members")
    .addColumn("team_id", "integer", (c) => c.notNull().references("volunteer_teams.id"))
    .addColumn("volunteer_id", "integer", (c) => c.notNull().references("volunteers.id"))
    .addColumn("joined_on", "varchar(10)", (c) => c.notNull())
    .addPrimaryKeyConstraint("volunteer_team_members_pk", ["team_id", "volunteer_id"])
    .execute();
  await db.schema
    .createIndex("team_members_volunteer_idx")
    .on("volunteer_team_members")
    .column("volunteer_id")
    .execute();

  // The hours ledger (民政部令第67号): earned hours are service records; redeemed hours (time bank) are negative.
  await id(db.schema.createTable("volunteer_service_records"))
    .addColumn("volunteer_id", "integer", (c) => c.notNull().references("volunteers.id"))
    .addColumn("entry_kind", "varchar(10)", (c) => c.notNull())
    .addColumn("content", "varchar(300)", (c) => c.notNull())
    .addColumn("service_date", "varchar(10)", (c) => c.notNull())
    .addColumn("place", "varchar(200)", (c) => c.notNull())
    .addColumn("hours", real, (c) => c.notNull())
    .addColumn("recording_organization", "varchar(100)", (c) => c.notNull())
    .addColumn("confirmed_by", "varchar(50)", (c) => c.notNull())
    .addColumn("team_id", "integer", (c) => c.references("volunteer_teams.id"))
    .addColumn("region_code", "varchar(12)", (c) => c.notNull().references("regions.code"))
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .execute();
  await db.schema
    .createIndex("service_records_volunteer_idx")
    .on("volunteer_service_records")
    .columns(["volunteer_id", "service_date"])
    .execute();

  await id(db.schema.createTable("volunteer_certificates"))
    .addColumn("volunteer_id", "integer", (c) => c.notNull().references("volunteers.id"))
    .addColumn("certificate_number", "varchar(40)", (c) => c.notNull().unique())
    .addColumn("issued_on", "varchar(10)", (c) => c.notNull())
    .addColumn("issuing_organization", "varchar(100)", (c) => c.notNull())
    .addColumn("total_hours", real, (c) => c.notNull())
    .addColumn("period_from", "varchar(10)")
    .addColumn("period_to", "varchar(10)")
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .execute();

  // Configurable tables (star thresholds, dictionaries) as key → JSON.
  await db.schema
    .createTable("settings")
    .addColumn("key", "varchar(60)", (c) => c.primaryKey())
    .addColumn("value_json", "text", (c) => c.notNull())
    .addColumn("updated_at", "varchar(30)", (c) => c.notNull())
    .addColumn("updated_by", "integer")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "settings",
    "volunteer_certificates",
    "volunteer_service_records",
    "volunteer_team_members",
    "volunteers",
    "volunteer_teams",
    "social_worker_education_hours",
    "social_workers",
    "platforms",
    "social_organizations",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
