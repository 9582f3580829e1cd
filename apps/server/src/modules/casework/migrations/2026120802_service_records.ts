import { type CreateTableBuilder, type Kysely, PostgresAdapter } from "kysely";

/**
 * Frozen: 服务记录 (service records of casework, issue 10). A record belongs to a case or stands
 * alone (a one-off service, a visit, a call); its region is the case's, or the recording station's
 * or community's, so scope is a range on it as for the registries. Workers, clients and volunteers
 * are link tables (a group or community service has many of each); a volunteer's hours are
 * posted to the volunteers' ledger and the link keeps the entry's id. Case notes are encrypted.
 * A record is never deleted: voiding keeps it (with the reason) and reverses its ledger entries.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = <T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, "id"> =>
    postgres
      ? table.addColumn("id", "serial", (c) => c.primaryKey())
      : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
  const real = postgres ? "double precision" : "real";

  await id(db.schema.createTable("service_records"))
    .addColumn("case_id", "integer", (c) => c.references("cases.id"))
    .addColumn("need_id", "integer")
    .addColumn("region_code", "varchar(12)", (c) => c.notNull().references("regions.code"))
    .addColumn("service_date", "varchar(10)", (c) => c.notNull())
    .addColumn("start_time", "varchar(5)")
    .addColumn("end_time", "varchar(5)")
    .addColumn("minutes", "integer", (c) => c.notNull())
    .addColumn("method", "varchar(20)", (c) => c.notNull())
    .addColumn("type", "varchar(20)", (c) => c.notNull())
    .addColumn("domain", "varchar(30)", (c) => c.notNull())
    .addColumn("place", "varchar(200)", (c) => c.notNull())
    .addColumn("notes_cipher", "text")
    .addColumn("voided_at", "varchar(30)")
    .addColumn("voided_by", "integer")
    .addColumn("void_reason", "varchar(200)")
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .addColumn("updated_at", "varchar(30)", (c) => c.notNull())
    .addColumn("updated_by", "integer")
    .execute();
  // The list by region and date (the scope's range, newest first) and the export's keyset.
  await db.schema
    .createIndex("service_records_region_date_idx")
    .on("service_records")
    .columns(["region_code", "service_date", "id"])
    .execute();
  await db.schema
    .createIndex("service_records_region_id_idx")
    .on("service_records")
    .columns(["region_code", "id"])
    .execute();
  await db.schema
    .createIndex("service_records_case_idx")
    .on("service_records")
    .columns(["case_id", "service_date"])
    .execute();

  await db.schema
    .createTable("service_record_workers")
    .addColumn("record_id", "integer", (c) => c.notNull().references("service_records.id"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
    .addPrimaryKeyConstraint("service_record_workers_pk", ["record_id", "user_id"])
    .execute();
  await db.schema
    .createIndex("service_record_workers_user_idx")
    .on("service_record_workers")
    .columns(["user_id", "record_id"])
    .execute();

  await db.schema
    .createTable("service_record_clients")
    .addColumn("record_id", "integer", (c) => c.notNull().references("service_records.id"))
    .addColumn("client_id", "integer", (c) => c.notNull().references("clients.id"))
    .addPrimaryKeyConstraint("service_record_clients_pk", ["record_id", "client_id"])
    .execute();
  await db.schema
    .createIndex("service_record_clients_client_idx")
    .on("service_record_clients")
    .columns(["client_id", "record_id"])
    .execute();

  await db.schema
    .createTable("service_record_volunteers")
    .addColumn("record_id", "integer", (c) => c.notNull().references("service_records.id"))
    .addColumn("volunteer_id", "integer", (c) => c.notNull().references("volunteers.id"))
    .addColumn("hours", real, (c) => c.notNull())
    .addColumn("ledger_entry_id", "integer", (c) => c.references("volunteer_service_records.id"))
    .addPrimaryKeyConstraint("service_record_volunteers_pk", ["record_id", "volunteer_id"])
    .execute();
  await db.schema
    .createIndex("service_record_volunteers_volunteer_idx")
    .on("service_record_volunteers")
    .columns(["volunteer_id", "record_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("service_record_volunteers").execute();
  await db.schema.dropTable("service_record_clients").execute();
  await db.schema.dropTable("service_record_workers").execute();
  await db.schema.dropTable("service_records").execute();
}
