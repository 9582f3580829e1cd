import type { Kysely } from "kysely";

/**
 * Frozen: a ledger entry posted by another record (issue 10: a casework service record or an
 * activity's confirmed hours) names it, `source_kind` + `source_id`, so the record and its hours
 * can be found from each other and a correction of the record reverses exactly its entries.
 * Null on entries recorded on the volunteer directly. No foreign key: the source lives in other
 * modules' tables, and only the ledger's service writes it.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("volunteer_service_records").addColumn("source_kind", "varchar(30)").execute();
  await db.schema.alterTable("volunteer_service_records").addColumn("source_id", "integer").execute();
  await db.schema
    .createIndex("service_records_source_idx")
    .on("volunteer_service_records")
    .columns(["source_kind", "source_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("service_records_source_idx").execute();
  await db.schema.alterTable("volunteer_service_records").dropColumn("source_id").execute();
  await db.schema.alterTable("volunteer_service_records").dropColumn("source_kind").execute();
}
