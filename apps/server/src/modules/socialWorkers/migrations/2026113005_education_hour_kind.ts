import type { Kysely } from "kysely";

/**
 * Frozen: the kind of a continuing-education entry — "training" (hours as entered; every
 * earlier row) or "degree" (a degree completed in the cycle, which counts 90 h). A default keeps
 * the column not null on existing rows on both dialects.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("social_worker_education_hours")
    .addColumn("kind", "varchar(20)", (c) => c.notNull().defaultTo("training"))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("social_worker_education_hours").dropColumn("kind").execute();
}
