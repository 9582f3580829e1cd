import type { Kysely } from "kysely";

/**
 * Frozen: the aggregates summed up to every city, district and street (`prefix`: the region's
 * significant digits, 4, 6 or 9), written with the counts they sum, so that a dashboard reads a
 * few rows per unit instead of summing a city's communities on every request. A source's state
 * keeps the audit ids missing below its watermark (auditChanges.ts).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("analytics_rollups")
    .addColumn("measure", "varchar(60)", (c) => c.notNull())
    .addColumn("period", "varchar(7)", (c) => c.notNull())
    .addColumn("dimension", "varchar(100)", (c) => c.notNull())
    .addColumn("prefix", "varchar(9)", (c) => c.notNull())
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("source", "varchar(60)", (c) => c.notNull())
    .addPrimaryKeyConstraint("analytics_rollups_pk", ["measure", "period", "dimension", "prefix", "source"])
    .execute();
  await db.schema.alterTable("analytics_sources").addColumn("audit_gaps", "text").execute();
  // Rows are replaced by measure and period (the primary key's lead), never by source.
  await db.schema.dropIndex("analytics_counts_source_idx").execute();
}
