import type { Kysely } from "kysely";

/**
 * Frozen: the maintained aggregates (analytics_counts) and the state of each source's last
 * recount. The key leads with what a dashboard asks for — a measure, a period, the total or a
 * breakdown — and ends with the region code, so a region's subtree is one range of the index.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("analytics_counts")
    .addColumn("measure", "varchar(60)", (c) => c.notNull())
    .addColumn("period", "varchar(7)", (c) => c.notNull())
    .addColumn("dimension", "varchar(100)", (c) => c.notNull())
    .addColumn("region_code", "varchar(12)", (c) => c.notNull())
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("source", "varchar(60)", (c) => c.notNull())
    .addPrimaryKeyConstraint("analytics_counts_pk", ["measure", "period", "dimension", "region_code"])
    .execute();
  await db.schema
    .createIndex("analytics_counts_source_idx")
    .on("analytics_counts")
    .column("source")
    .execute();

  // A recount's rows land here first, in pieces and partial sums, then replace the source's rows
  // in one statement: no recount holds a whole source in memory or leaves it half replaced.
  await db.schema
    .createTable("analytics_counts_staging")
    .addColumn("measure", "varchar(60)", (c) => c.notNull())
    .addColumn("period", "varchar(7)", (c) => c.notNull())
    .addColumn("dimension", "varchar(100)", (c) => c.notNull())
    .addColumn("region_code", "varchar(12)", (c) => c.notNull())
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("source", "varchar(60)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("analytics_counts_staging_source_idx")
    .on("analytics_counts_staging")
    .column("source")
    .execute();

  await db.schema
    .createTable("analytics_sources")
    .addColumn("name", "varchar(60)", (c) => c.primaryKey())
    .addColumn("refreshed_at", "varchar(30)", (c) => c.notNull())
    // The last time the source was found current, recounted or not: what "as of" means.
    .addColumn("checked_at", "varchar(30)")
    .addColumn("refreshed_on", "varchar(10)", (c) => c.notNull())
    .addColumn("audit_watermark", "integer", (c) => c.notNull())
    .addColumn("row_count", "integer", (c) => c.notNull())
    .addColumn("duration_ms", "integer", (c) => c.notNull())
    .execute();
}
