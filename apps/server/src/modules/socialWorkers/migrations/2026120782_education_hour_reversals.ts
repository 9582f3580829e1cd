import type { Kysely } from "kysely";

/**
 * Frozen: a correction of a continuing-education entry is a new entry that reverses it (issue 9):
 * `reverses_id` points at the entry it reverses and `reversal_reason` says why; both are null on
 * every other entry. The unique index holds "reversed at most once" even against two corrections
 * at the same moment (NULLs never collide, on SQLite and PostgreSQL alike) and finds an entry's
 * reversal when the cycle's hours are summed.
 * No foreign key: SQLite cannot drop a column that one names, and only the service writes it.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("social_worker_education_hours").addColumn("reverses_id", "integer").execute();
  await db.schema
    .alterTable("social_worker_education_hours")
    .addColumn("reversal_reason", "varchar(200)")
    .execute();
  await db.schema
    .createIndex("education_hours_reverses_idx")
    .unique()
    .on("social_worker_education_hours")
    .column("reverses_id")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("education_hours_reverses_idx").execute();
  await db.schema.alterTable("social_worker_education_hours").dropColumn("reversal_reason").execute();
  await db.schema.alterTable("social_worker_education_hours").dropColumn("reverses_id").execute();
}
