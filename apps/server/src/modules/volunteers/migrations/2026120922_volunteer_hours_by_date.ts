import type { Kysely } from "kysely";

/**
 * Frozen: the analytics recount the volunteers' hours of the months a change touched, reading the
 * ledger by the date of the service.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("service_records_date_idx")
    .on("volunteer_service_records")
    .column("service_date")
    .execute();
}
