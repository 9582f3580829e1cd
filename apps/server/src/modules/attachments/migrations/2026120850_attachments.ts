import { type Kysely, PostgresAdapter } from "kysely";

/**
 * Frozen: attachments (附件) of records of any module, named by (owner_kind, owner_id) — no
 * foreign key, since the owner's table depends on its kind. The bytes live in the file store
 * under storage_key (the content's SHA-256); a deleted attachment keeps its row (who deleted it,
 * when, why) for the audit trail.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable("attachments")
    .addColumn("id", postgres ? "serial" : "integer", (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn("owner_kind", "varchar(30)", (c) => c.notNull())
    .addColumn("owner_id", "integer", (c) => c.notNull())
    .addColumn("region_code", "varchar(12)", (c) => c.notNull())
    .addColumn("category", "varchar(20)", (c) => c.notNull())
    .addColumn("name", "varchar(255)", (c) => c.notNull())
    .addColumn("content_type", "varchar(100)", (c) => c.notNull())
    .addColumn("size", "bigint", (c) => c.notNull())
    .addColumn("sha256", "varchar(64)", (c) => c.notNull())
    .addColumn("storage_key", "varchar(100)", (c) => c.notNull())
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("created_by", "integer")
    .addColumn("deleted_at", "varchar(30)")
    .addColumn("deleted_by", "integer")
    .addColumn("delete_reason", "varchar(200)")
    .execute();
  await db.schema
    .createIndex("attachments_owner_idx")
    .on("attachments")
    .columns(["owner_kind", "owner_id", "id"])
    .execute();
  // Whether other attachments still use the bytes, when one is deleted.
  await db.schema.createIndex("attachments_sha256_idx").on("attachments").columns(["sha256"]).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("attachments").execute();
}
