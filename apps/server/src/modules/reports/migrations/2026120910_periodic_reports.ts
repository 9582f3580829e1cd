import { type CreateTableBuilder, type Kysely, PostgresAdapter } from "kysely";

/**
 * Frozen: 定期报表 — a district's monthly, quarterly or yearly report (one per district and
 * period), its manual fields, the figures snapshotted at submission, and its status timeline.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = <T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, "id"> =>
    postgres
      ? table.addColumn("id", "serial", (c) => c.primaryKey())
      : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());

  await id(db.schema.createTable("periodic_reports"))
    .addColumn("region_code", "varchar(12)", (c) => c.notNull().references("regions.code"))
    .addColumn("period", "varchar(7)", (c) => c.notNull())
    .addColumn("period_kind", "varchar(10)", (c) => c.notNull())
    .addColumn("status", "varchar(10)", (c) => c.notNull())
    .addColumn("due_on", "varchar(10)", (c) => c.notNull())
    .addColumn("narrative", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("highlights", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("problems", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("return_reason", "varchar(200)")
    .addColumn("figures_json", "text")
    .addColumn("first_submitted_at", "varchar(30)")
    .addColumn("submitted_at", "varchar(30)")
    .addColumn("submitted_by", "integer")
    .addColumn("decided_at", "varchar(30)")
    .addColumn("decided_by", "integer")
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .addColumn("updated_at", "varchar(30)", (c) => c.notNull())
    .addColumn("updated_by", "integer")
    .addUniqueConstraint("periodic_reports_once", ["region_code", "period"])
    .execute();
  await db.schema
    .createIndex("periodic_reports_region_idx")
    .on("periodic_reports")
    .columns(["region_code", "id"])
    .execute();
  await db.schema
    .createIndex("periodic_reports_period_idx")
    .on("periodic_reports")
    .columns(["period_kind", "period"])
    .execute();

  await id(db.schema.createTable("periodic_report_events"))
    .addColumn("report_id", "integer", (c) => c.notNull().references("periodic_reports.id"))
    .addColumn("action", "varchar(10)", (c) => c.notNull())
    .addColumn("from_status", "varchar(10)")
    .addColumn("to_status", "varchar(10)", (c) => c.notNull())
    .addColumn("reason", "varchar(200)")
    .addColumn("actor_id", "integer")
    .addColumn("actor_name", "varchar(100)")
    .addColumn("at", "varchar(30)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("periodic_report_events_report_idx")
    .on("periodic_report_events")
    .columns(["report_id", "id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("periodic_report_events").execute();
  await db.schema.dropTable("periodic_reports").execute();
}
