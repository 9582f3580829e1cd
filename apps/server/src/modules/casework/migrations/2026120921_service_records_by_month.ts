import { type Kysely, sql } from "kysely";

/**
 * Frozen: the analytics count service records a month at a time — all months on a rebuild, the
 * months a change touched otherwise — so the index they read (the records not voided) leads with
 * the date instead of the community.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("service_records_counts_idx").execute();
  await db.schema
    .createIndex("service_records_months_idx")
    .on("service_records")
    .columns(["service_date", "region_code", "domain"])
    .where(sql.ref("voided_at"), "is", null)
    .execute();
}
