import { type CreateTableBuilder, type Kysely, PostgresAdapter } from "kysely";

/**
 * Frozen: 回访 (follow-ups) of closed cases and casework's settings (issue 10). A follow-up is
 * scheduled when a closing is approved, due on the closing plan's date; its plan and result tell
 * of the client, so both are encrypted like the case's forms. Settings are per region (a district
 * or the city): stage time limits, the reopen window and how long a high-risk client may go
 * without a visit before the desk says so; a district without a row uses the city's, the city
 * without one the defaults in packages/shared.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = <T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, "id"> =>
    postgres
      ? table.addColumn("id", "serial", (c) => c.primaryKey())
      : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());

  await id(db.schema.createTable("case_follow_ups"))
    .addColumn("case_id", "integer", (c) => c.notNull().references("cases.id"))
    // The case's region, kept beside it: scope is a range on it, as for every record.
    .addColumn("region_code", "varchar(12)", (c) => c.notNull().references("regions.code"))
    .addColumn("due_on", "varchar(10)", (c) => c.notNull())
    .addColumn("plan_cipher", "text", (c) => c.notNull())
    .addColumn("done_on", "varchar(10)")
    .addColumn("method", "varchar(20)")
    .addColumn("outcome", "varchar(20)")
    .addColumn("result_cipher", "text")
    .addColumn("done_by", "integer")
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .addColumn("updated_at", "varchar(30)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("case_follow_ups_case_idx")
    .on("case_follow_ups")
    .columns(["case_id", "due_on"])
    .execute();
  // The desk and the overdue list look for open follow-ups by due date.
  await db.schema
    .createIndex("case_follow_ups_open_idx")
    .on("case_follow_ups")
    .columns(["done_on", "due_on"])
    .execute();

  await db.schema
    .createTable("casework_settings")
    .addColumn("region_code", "varchar(12)", (c) => c.primaryKey().references("regions.code"))
    .addColumn("settings_json", "text", (c) => c.notNull())
    .addColumn("updated_at", "varchar(30)", (c) => c.notNull())
    .addColumn("updated_by", "integer")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("casework_settings").execute();
  await db.schema.dropTable("case_follow_ups").execute();
}
