import { type CreateTableBuilder, type Kysely, PostgresAdapter } from "kysely";

/**
 * Frozen: the duplicates queue of clients (疑似重复). A pair is stored once, the smaller id first,
 * and kept after it is resolved: a dismissed pair stays so that the same two records are never
 * flagged again, a merged one so that the queue's history can be told. A merged client is kept
 * (deactivated) with a pointer to the record that survived it.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = <T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, "id"> =>
    postgres
      ? table.addColumn("id", "serial", (c) => c.primaryKey())
      : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());

  await id(db.schema.createTable("client_duplicates"))
    .addColumn("client_a_id", "integer", (c) => c.notNull().references("clients.id"))
    .addColumn("client_b_id", "integer", (c) => c.notNull().references("clients.id"))
    .addColumn("reason", "varchar(30)", (c) => c.notNull())
    // entry (the form) or import
    .addColumn("source", "varchar(10)", (c) => c.notNull())
    // open, dismissed or merged
    .addColumn("status", "varchar(10)", (c) => c.notNull().defaultTo("open"))
    .addColumn("flagged_at", "varchar(30)", (c) => c.notNull())
    .addColumn("flagged_by", "integer")
    .addColumn("resolved_at", "varchar(30)")
    .addColumn("resolved_by", "integer")
    .addUniqueConstraint("client_duplicates_pair_unique", ["client_a_id", "client_b_id"])
    .execute();
  await db.schema
    .createIndex("client_duplicates_status_idx")
    .on("client_duplicates")
    .columns(["status", "id"])
    .execute();
  await db.schema
    .createIndex("client_duplicates_b_idx")
    .on("client_duplicates")
    .columns(["client_b_id"])
    .execute();

  await db.schema
    .alterTable("clients")
    .addColumn("merged_into_id", "integer", (c) => c.references("clients.id"))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("clients").dropColumn("merged_into_id").execute();
  await db.schema.dropTable("client_duplicates").execute();
}
