import { type CreateTableBuilder, type Kysely, PostgresAdapter } from "kysely";

/**
 * Frozen: 个案 (cases) and what the workflow keeps of them (issue 10). A case carries its
 * workflow state as columns (packages/shared casework/caseState.ts), so lists, the desk and the
 * analytics filter and count by stage, approval and worker without reading the forms. The forms
 * themselves (assessment, plan, evaluation, closing, referral …) are case notes: sensitive, so
 * stored encrypted as JSON, one row per submission (a returned plan's resubmission is a new
 * row). Every transition and hand-over is a case event, the case's own timeline. Case numbers
 * count per district and year (`GA330203-2026-000123`) from a row per district-year, taken under
 * the transaction's lock.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = <T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, "id"> =>
    postgres
      ? table.addColumn("id", "serial", (c) => c.primaryKey())
      : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());

  await id(db.schema.createTable("cases"))
    .addColumn("case_number", "varchar(30)", (c) => c.notNull().unique())
    .addColumn("client_id", "integer", (c) => c.notNull().references("clients.id"))
    // The need the case was opened from at triage; null for a case opened directly.
    .addColumn("need_id", "integer")
    // The client's community when the case opened: scope is a range on it, as for the registries.
    .addColumn("region_code", "varchar(12)", (c) => c.notNull().references("regions.code"))
    .addColumn("summary", "varchar(500)", (c) => c.notNull())
    .addColumn("stage", "varchar(20)", (c) => c.notNull())
    .addColumn("stage_entered_on", "varchar(10)", (c) => c.notNull())
    .addColumn("suspended_from", "varchar(20)")
    .addColumn("plan_approval", "varchar(10)", (c) => c.notNull().defaultTo("none"))
    .addColumn("closing_approval", "varchar(10)", (c) => c.notNull().defaultTo("none"))
    .addColumn("return_reason", "varchar(500)")
    .addColumn("plan_goal_keys_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("service_record_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("opened_on", "varchar(10)", (c) => c.notNull())
    .addColumn("ended_on", "varchar(10)")
    .addColumn("assigned_worker_id", "integer", (c) => c.references("users.id"))
    .addColumn("pending_transfer_to", "integer", (c) => c.references("users.id"))
    // A minor's case is seen only by its workers, their supervisor and station head.
    .addColumn("involves_minor", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .addColumn("updated_at", "varchar(30)", (c) => c.notNull())
    .addColumn("updated_by", "integer")
    .execute();
  await db.schema
    .createIndex("cases_region_stage_idx")
    .on("cases")
    .columns(["region_code", "stage"])
    .execute();
  await db.schema
    .createIndex("cases_worker_stage_idx")
    .on("cases")
    .columns(["assigned_worker_id", "stage"])
    .execute();
  await db.schema.createIndex("cases_transfer_idx").on("cases").columns(["pending_transfer_to"]).execute();
  await db.schema.createIndex("cases_client_idx").on("cases").columns(["client_id"]).execute();

  await id(db.schema.createTable("case_forms"))
    .addColumn("case_id", "integer", (c) => c.notNull().references("cases.id"))
    // acceptance, assessment, plan, evaluation, closing, referral, …: the transition's form.
    .addColumn("kind", "varchar(20)", (c) => c.notNull())
    .addColumn("form_cipher", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .execute();
  await db.schema
    .createIndex("case_forms_case_idx")
    .on("case_forms")
    .columns(["case_id", "kind", "id"])
    .execute();

  await id(db.schema.createTable("case_events"))
    .addColumn("case_id", "integer", (c) => c.notNull().references("cases.id"))
    .addColumn("action", "varchar(30)", (c) => c.notNull())
    .addColumn("from_stage", "varchar(20)", (c) => c.notNull())
    .addColumn("to_stage", "varchar(20)", (c) => c.notNull())
    // The worker a case was assigned or transferred to, when the event names one.
    .addColumn("target_user_id", "integer")
    // A reason or note may tell of the client: encrypted like the forms.
    .addColumn("note_cipher", "text")
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .execute();
  await db.schema.createIndex("case_events_case_idx").on("case_events").columns(["case_id", "id"]).execute();

  await db.schema
    .createTable("case_number_sequences")
    .addColumn("district_code", "varchar(6)", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("last_number", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("case_number_sequences_pk", ["district_code", "year"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("case_number_sequences").execute();
  await db.schema.dropTable("case_events").execute();
  await db.schema.dropTable("case_forms").execute();
  await db.schema.dropTable("cases").execute();
}
