import { type Migration, type MigrationProvider, Migrator, sql } from "kysely";
import { type Db, isPostgres } from "./database.ts";
import * as platform from "./migrations/2026113001_platform.ts";
import * as registries from "./migrations/2026113002_registries.ts";
import * as registryIndexes from "./migrations/2026113003_registry_indexes.ts";
import * as volunteerSearchIndexes from "./migrations/2026113004_volunteer_search_indexes.ts";
import * as educationHourKind from "./migrations/2026113005_education_hour_kind.ts";
import * as volunteerGuardian from "./migrations/2026113006_volunteer_guardian.ts";

/**
 * Migrations are listed here explicitly (not read from a folder at run time) so that the same
 * list runs from source, from tests and from a bundled build.
 */
const migrations: Record<string, Migration> = {
  "2026113001_platform": platform,
  "2026113002_registries": registries,
  "2026113003_registry_indexes": registryIndexes,
  "2026113004_volunteer_search_indexes": volunteerSearchIndexes,
  "2026113005_education_hour_kind": educationHourKind,
  "2026113006_volunteer_guardian": volunteerGuardian,
};

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  // On PostgreSQL the migration tables live in the connection's own schema: Kysely would
  // otherwise find another schema's tables on the search path (tests give each file a schema).
  const migrationTableSchema = isPostgres(db)
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined;
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(), migrationTableSchema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
