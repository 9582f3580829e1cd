import { type Migration, type MigrationProvider, Migrator, sql } from "kysely";
import { migrationsOf, type ServerModule } from "../serverModule.ts";
import { type Db, isPostgres } from "./database.ts";
import * as platform from "./migrations/2026113001_platform.ts";
import * as registries from "./migrations/2026113002_registries.ts";
import * as registryIndexes from "./migrations/2026113003_registry_indexes.ts";

/**
 * Migrations are listed explicitly (not read from a folder at run time) so that the same list
 * runs from source, from tests and from a bundled build. These are the platform's (the second
 * created the first registries' tables, before modules owned their migrations); each module
 * lists its own in its manifest.
 */
const platformMigrations: Record<string, Migration> = {
  "2026113001_platform": platform,
  "2026113002_registries": registries,
  "2026113003_registry_indexes": registryIndexes,
};

class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration>) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return this.migrations;
  }
}

export async function migrateToLatest(db: Db, modules: readonly ServerModule[]): Promise<string[]> {
  // On PostgreSQL the migration tables live in the connection's own schema: Kysely would
  // otherwise find another schema's tables on the search path (tests give each file a schema).
  const migrationTableSchema = isPostgres(db)
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined;
  const migrator = new Migrator({
    db,
    provider: new StaticMigrationProvider(migrationsOf(platformMigrations, modules)),
    migrationTableSchema,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
