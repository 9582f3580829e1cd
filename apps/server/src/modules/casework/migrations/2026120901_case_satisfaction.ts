import type { Kysely } from "kysely";

/**
 * Frozen: the client's satisfaction (1–5) and the day of the evaluation that gave it, kept in the
 * clear beside the encrypted evaluation form: a rating is no personal data, and the quality
 * figures count it without decrypting forms.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("cases").addColumn("satisfaction", "integer").execute();
  await db.schema.alterTable("cases").addColumn("evaluated_on", "varchar(10)").execute();
}
