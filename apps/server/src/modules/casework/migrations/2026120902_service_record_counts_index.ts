import { type Kysely, sql } from "kysely";

/**
 * Frozen: the analytics' count of service records by community, month and domain reads only this
 * index (the records not voided), a street's range at a time, never the table's rows.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("service_records_counts_idx")
    .on("service_records")
    .columns(["region_code", "service_date", "domain"])
    .where(sql.ref("voided_at"), "is", null)
    .execute();
}
