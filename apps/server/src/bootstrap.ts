import { serverModules } from "./modules.ts";
import { openFileStore } from "./platform/attachments/index.ts";
import { PermissionCatalog } from "./platform/auth/permissionCatalog.ts";
import { SessionStore } from "./platform/auth/sessionStore.ts";
import { type Clock, systemClock } from "./platform/clock.ts";
import type { AppConfig } from "./platform/config.ts";
import type { AppContext } from "./platform/context.ts";
import { PersonalDataCipher } from "./platform/crypto/personalDataCipher.ts";
import { createDatabase, type DatabaseOptions, type Db } from "./platform/db/database.ts";
import { migrateToLatest } from "./platform/db/migrate.ts";
import { ImportReportStore } from "./platform/importReports.ts";
import { JobRunner } from "./platform/jobs.ts";
import { hasDemoData } from "./setup/demoPresence.ts";
import { ensureReferenceData } from "./setup/referenceData.ts";

/**
 * Opens the database, migrates it, inserts reference data (and demo data when configured) and
 * assembles the context that modules receive. Shared by the server, the scripts, the tests and
 * the benchmarks so that each runs the same start-up.
 */
export async function openContext(
  config: AppConfig,
  options: { clock?: Clock; db?: Db; database?: DatabaseOptions } = {},
): Promise<AppContext> {
  const clock = options.clock ?? systemClock;
  const db = options.db ?? createDatabase(config.databaseUrl, options.database);
  await migrateToLatest(db, serverModules);
  await ensureReferenceData(db, config.cityCode, clock, serverModules);
  const catalog = new PermissionCatalog();
  await catalog.load(db);
  const ctx: AppContext = {
    config,
    db,
    clock,
    catalog,
    sessions: new SessionStore(config.sessionSecret),
    importReports: new ImportReportStore(),
    cipher: new PersonalDataCipher(config.encryptionKey, config.personalDataCipher),
    jobs: new JobRunner(),
    files: openFileStore(config.attachments),
  };
  if (config.loadDemoData && !(await hasDemoData(db))) {
    const { loadDemoData } = await import("./setup/demoData.ts");
    await loadDemoData(ctx, serverModules);
  }
  return ctx;
}
