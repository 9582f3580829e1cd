import type { Kysely } from "kysely";

/**
 * Frozen: a minor registered as a volunteer carries the guardian's consent (PRODUCT.md, Minors:
 * PIPL Art. 31) — who consented and on which day. Null for adults and for earlier rows.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("volunteers").addColumn("guardian_name", "varchar(50)").execute();
  await db.schema.alterTable("volunteers").addColumn("guardian_consent_on", "varchar(10)").execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("volunteers").dropColumn("guardian_consent_on").execute();
  await db.schema.alterTable("volunteers").dropColumn("guardian_name").execute();
}
