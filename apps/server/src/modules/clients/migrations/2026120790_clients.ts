import { type CreateTableBuilder, type Kysely, PostgresAdapter } from "kysely";

/**
 * Frozen: 服务对象 (clients) and their consents. Like the registries: a 12-digit region code
 * (scope is a range on it), the name's pinyin and initials, personal data (ID number, phone,
 * address) only as ciphertext, keyed hash and masked form. The ID number is optional (some people
 * have none), so its columns are nullable; the keyed hash stays unique where present. Consents
 * are a child table: withdrawing one keeps the row (when it held matters to a later audit).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = <T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, "id"> =>
    postgres
      ? table.addColumn("id", "serial", (c) => c.primaryKey())
      : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());

  await id(db.schema.createTable("clients"))
    .addColumn("name", "varchar(100)", (c) => c.notNull())
    .addColumn("pinyin", "varchar(300)", (c) => c.notNull())
    .addColumn("pinyin_initials", "varchar(100)", (c) => c.notNull())
    .addColumn("region_code", "varchar(12)", (c) => c.notNull().references("regions.code"))
    .addColumn("is_active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .addColumn("updated_at", "varchar(30)", (c) => c.notNull())
    .addColumn("updated_by", "integer")
    .addColumn("id_number_cipher", "text")
    .addColumn("id_number_index", "varchar(64)", (c) => c.unique())
    .addColumn("id_number_masked", "varchar(30)")
    .addColumn("sex", "varchar(10)", (c) => c.notNull())
    .addColumn("birth_date", "varchar(10)", (c) => c.notNull())
    .addColumn("phone_cipher", "text")
    .addColumn("phone_masked", "varchar(20)")
    .addColumn("address_cipher", "text")
    .addColumn("address_masked", "varchar(30)")
    .addColumn("categories_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("household_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("guardian_name", "varchar(50)")
    .addColumn("guardian_relation", "varchar(20)")
    .addColumn("risk_level", "varchar(10)", (c) => c.notNull().defaultTo("low"))
    .addColumn("is_emergency", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("clients_region_idx").on("clients").columns(["region_code", "id"]).execute();
  await db.schema.createIndex("clients_pinyin_idx").on("clients").columns(["pinyin"]).execute();
  await db.schema.createIndex("clients_initials_idx").on("clients").columns(["pinyin_initials"]).execute();
  // The second duplicate rule (same name, birth date and community) looks up by these three.
  await db.schema
    .createIndex("clients_name_birth_idx")
    .on("clients")
    .columns(["name", "birth_date", "region_code"])
    .execute();

  await id(db.schema.createTable("client_consents"))
    .addColumn("client_id", "integer", (c) => c.notNull().references("clients.id"))
    .addColumn("kind", "varchar(20)", (c) => c.notNull())
    .addColumn("guardian_name", "varchar(50)")
    .addColumn("given_on", "varchar(10)", (c) => c.notNull())
    .addColumn("recorded_at", "varchar(30)", (c) => c.notNull())
    .addColumn("recorded_by", "integer")
    .addColumn("withdrawn_on", "varchar(10)")
    .addColumn("withdrawn_at", "varchar(30)")
    .addColumn("withdrawn_by", "integer")
    .execute();
  await db.schema
    .createIndex("client_consents_client_idx")
    .on("client_consents")
    .columns(["client_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("client_consents").execute();
  await db.schema.dropTable("clients").execute();
}
