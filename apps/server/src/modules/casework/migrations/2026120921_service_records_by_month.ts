import { type Kysely, sql } from "kysely";

/**
 * Frozen: a rebuild of the analytics counts service records a month at a time, from an index that
 * leads with the date (the records not voided); a change's street and month are read from the
 * one that leads with the community (2026120902).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("service_records_months_idx")
    .on("service_records")
    .columns(["service_date", "region_code", "domain"])
    .where(sql.ref("voided_at"), "is", null)
    .execute();
}
