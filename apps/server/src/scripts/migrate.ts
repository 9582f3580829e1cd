import { serverModules } from "../modules.ts";
import { loadConfig } from "../platform/config.ts";
import { createDatabase } from "../platform/db/database.ts";
import { migrateToLatest } from "../platform/db/migrate.ts";

/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded SQLite file). */
const config = loadConfig();
const db = createDatabase(config.databaseUrl);
try {
  const applied = await migrateToLatest(db, serverModules);
  console.info(applied.length > 0 ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await db.destroy();
}
