import type { Kysely } from "kysely";

/**
 * Frozen: the analytics recount the volunteers' hours of the streets' months a change touched,
 * reading the ledger by region and date of the service.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("volunteer_ledger_region_date_idx")
    .on("volunteer_service_records")
    .columns(["region_code", "service_date"])
    .execute();
}
