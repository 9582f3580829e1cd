import type { FileStore } from "./attachments/fileStore.ts";
import type { PermissionCatalog } from "./auth/permissionCatalog.ts";
import type { SessionStore } from "./auth/sessionStore.ts";
import type { Clock } from "./clock.ts";
import type { AppConfig } from "./config.ts";
import type { PersonalDataCipher } from "./crypto/personalDataCipher.ts";
import type { Db } from "./db/database.ts";
import type { ImportReportStore } from "./importReports.ts";
import type { JobRunner } from "./jobs.ts";

/** What a module may use from the platform; each module takes only the parts it needs. */
export interface AppContext {
  config: AppConfig;
  db: Db;
  clock: Clock;
  sessions: SessionStore;
  catalog: PermissionCatalog;
  importReports: ImportReportStore;
  cipher: PersonalDataCipher;
  jobs: JobRunner;
  /** Attachment bytes by content hash: the data folder, or S3 when configured. */
  files: FileStore;
}
