import { type Kysely, PostgresAdapter } from "kysely";

/**
 * Frozen: 需求 (needs) taken in for a client and triaged (issue 10). The description and the
 * triage's note may tell of the client's situation, so both are encrypted; the region is the
 * client's community, for scope as on every registry. A need triaged into a case names it.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable("needs")
    .addColumn("id", postgres ? "serial" : "integer", (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn("client_id", "integer", (c) => c.notNull().references("clients.id"))
    .addColumn("region_code", "varchar(12)", (c) => c.notNull().references("regions.code"))
    .addColumn("source", "varchar(20)", (c) => c.notNull())
    .addColumn("domain", "varchar(20)", (c) => c.notNull())
    .addColumn("urgency", "varchar(10)", (c) => c.notNull())
    .addColumn("description_cipher", "text", (c) => c.notNull())
    .addColumn("received_on", "varchar(10)", (c) => c.notNull())
    // open → case | oneOff | closed, once.
    .addColumn("status", "varchar(10)", (c) => c.notNull().defaultTo("open"))
    .addColumn("case_id", "integer", (c) => c.references("cases.id"))
    .addColumn("triage_note_cipher", "text")
    .addColumn("triaged_at", "varchar(30)")
    .addColumn("triaged_by", "integer", (c) => c.references("users.id"))
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .addColumn("updated_at", "varchar(30)", (c) => c.notNull())
    .addColumn("updated_by", "integer")
    .execute();
  await db.schema
    .createIndex("needs_region_status_idx")
    .on("needs")
    .columns(["region_code", "status"])
    .execute();
  await db.schema.createIndex("needs_client_idx").on("needs").columns(["client_id"]).execute();
  // A case's need (its page, the demo's link from case to need) is found by the case.
  await db.schema.createIndex("needs_case_idx").on("needs").columns(["case_id"]).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("needs").execute();
}
