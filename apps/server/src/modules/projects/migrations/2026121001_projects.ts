import { type CreateTableBuilder, type Kysely, PostgresAdapter } from "kysely";

/**
 * Frozen: 项目与资金 — projects, their targets and milestones, budget lines by funding source and
 * category, money received and spent. Amounts are integer 分 (bigint on PostgreSQL, whose sums
 * then stay exact). Money rows are never updated nor deleted: a correction is a reversing row
 * (`reverses_id`, the negative amount), and a row is reversed at most once (unique index). The
 * running totals on the line and the project are kept in the transaction of each entry, so the
 * over-spend check reads them under the line's row lock.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = <T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, "id"> =>
    postgres
      ? table.addColumn("id", "serial", (c) => c.primaryKey())
      : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
  const money = postgres ? "bigint" : "integer";

  await id(db.schema.createTable("projects"))
    .addColumn("name", "varchar(100)", (c) => c.notNull())
    .addColumn("kind", "varchar(20)", (c) => c.notNull())
    .addColumn("domains_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("implementer_kind", "varchar(20)", (c) => c.notNull())
    .addColumn("implementer_id", "integer", (c) => c.notNull())
    .addColumn("region_code", "varchar(12)", (c) => c.notNull().references("regions.code"))
    .addColumn("period_start", "varchar(10)", (c) => c.notNull())
    .addColumn("period_end", "varchar(10)", (c) => c.notNull())
    .addColumn("target_groups_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("status", "varchar(20)", (c) => c.notNull())
    .addColumn("returned_reason", "varchar(500)")
    .addColumn("budget_fen", money, (c) => c.notNull().defaultTo(0))
    .addColumn("received_fen", money, (c) => c.notNull().defaultTo(0))
    .addColumn("spent_fen", money, (c) => c.notNull().defaultTo(0))
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .addColumn("updated_at", "varchar(30)", (c) => c.notNull())
    .addColumn("updated_by", "integer")
    .execute();
  await db.schema.createIndex("projects_region_idx").on("projects").columns(["region_code", "id"]).execute();
  await db.schema
    .createIndex("projects_status_idx")
    .on("projects")
    .columns(["status", "region_code"])
    .execute();

  await id(db.schema.createTable("project_targets"))
    .addColumn("project_id", "integer", (c) => c.notNull().references("projects.id"))
    .addColumn("indicator", "varchar(20)", (c) => c.notNull())
    .addColumn("target_value", "integer", (c) => c.notNull())
    .addColumn("achieved_value", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("evidence_note", "varchar(500)")
    .addUniqueConstraint("project_targets_once", ["project_id", "indicator"])
    .execute();

  await id(db.schema.createTable("project_milestones"))
    .addColumn("project_id", "integer", (c) => c.notNull().references("projects.id"))
    .addColumn("title", "varchar(100)", (c) => c.notNull())
    .addColumn("due_on", "varchar(10)", (c) => c.notNull())
    .addColumn("done_on", "varchar(10)")
    .execute();
  await db.schema
    .createIndex("project_milestones_project_idx")
    .on("project_milestones")
    .column("project_id")
    .execute();

  await id(db.schema.createTable("project_budget_lines"))
    .addColumn("project_id", "integer", (c) => c.notNull().references("projects.id"))
    .addColumn("source", "varchar(20)", (c) => c.notNull())
    .addColumn("category", "varchar(20)", (c) => c.notNull())
    .addColumn("description", "varchar(200)")
    .addColumn("budget_fen", money, (c) => c.notNull())
    .addColumn("spent_fen", money, (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(30)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("project_budget_lines_project_idx")
    .on("project_budget_lines")
    .column("project_id")
    .execute();

  await id(db.schema.createTable("project_receipts"))
    .addColumn("project_id", "integer", (c) => c.notNull().references("projects.id"))
    .addColumn("received_on", "varchar(10)", (c) => c.notNull())
    .addColumn("source", "varchar(20)", (c) => c.notNull())
    .addColumn("amount_fen", money, (c) => c.notNull())
    .addColumn("payer", "varchar(100)", (c) => c.notNull())
    .addColumn("note", "varchar(200)")
    .addColumn("reverses_id", "integer", (c) => c.references("project_receipts.id"))
    .addColumn("reversal_reason", "varchar(200)")
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .execute();
  await db.schema
    .createIndex("project_receipts_project_idx")
    .on("project_receipts")
    .column("project_id")
    .execute();
  await db.schema
    .createIndex("project_receipts_reversed_once")
    .on("project_receipts")
    .column("reverses_id")
    .unique()
    .execute();

  await id(db.schema.createTable("project_expenditures"))
    .addColumn("project_id", "integer", (c) => c.notNull().references("projects.id"))
    .addColumn("budget_line_id", "integer", (c) => c.notNull().references("project_budget_lines.id"))
    .addColumn("spent_on", "varchar(10)", (c) => c.notNull())
    .addColumn("amount_fen", money, (c) => c.notNull())
    .addColumn("payee", "varchar(100)", (c) => c.notNull())
    .addColumn("purpose", "varchar(200)")
    .addColumn("overspend_reason", "varchar(500)")
    .addColumn("reverses_id", "integer", (c) => c.references("project_expenditures.id"))
    .addColumn("reversal_reason", "varchar(200)")
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .execute();
  await db.schema
    .createIndex("project_expenditures_project_idx")
    .on("project_expenditures")
    .column("project_id")
    .execute();
  await db.schema
    .createIndex("project_expenditures_reversed_once")
    .on("project_expenditures")
    .column("reverses_id")
    .unique()
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("project_expenditures").execute();
  await db.schema.dropTable("project_receipts").execute();
  await db.schema.dropTable("project_budget_lines").execute();
  await db.schema.dropTable("project_milestones").execute();
  await db.schema.dropTable("project_targets").execute();
  await db.schema.dropTable("projects").execute();
}
