import type { AuditEntity, Permission, RoleId } from "@xinqiao/shared";
import type { FastifyInstance } from "fastify";
import type { Migration } from "kysely";
import type { MeasureSource } from "./analytics/measureSource.ts";
import type { AttachmentOwnerKind } from "./attachments/owners.ts";
import type { GuardOptions } from "./auth/guard.ts";
import type { ClientTimelineSource } from "./clientTimeline.ts";
import type { AppContext } from "./context.ts";
import type { Queryable } from "./db/database.ts";

/** Which roles hold a permission by default (seeded as data; an administrator may change it). */
export type RoleGrants = Partial<Record<Permission, readonly RoleId[]>>;

/**
 * Everything a server module contributes, declared in its own folder and registered by one line
 * in `src/modules.ts`. Its tables are declared beside it by augmenting `Database` (see
 * platform/db/tables.ts); its permissions and audit names are its contract's in packages/shared.
 */
export interface ServerModule {
  /** English name, for logs and error messages. */
  name: string;
  /** Registers the module's routes; every route declares what it needs (see guard.ts). */
  routes(app: FastifyInstance, ctx: AppContext, host: ModuleHost): void;
  /**
   * The module's migrations by name. Names start with a date and run in name order across all
   * modules, so a module's migrations may depend on tables an earlier-named one created.
   */
  migrations?: Record<string, Migration>;
  /** Default grants of the module's permissions. */
  grants?: RoleGrants;
  /**
   * Loads the module's part of the demo city. Runs after the demo accounts exist, in the order
   * modules are registered, so a module may use the records of the modules listed before it.
   */
  loadDemoData?(ctx: AppContext): Promise<void>;
  /** How the audit log names this module's records (its entities' ids → name and region). */
  auditSubjects?: Partial<Record<AuditEntity, AuditSubjectLookup>>;
  /** Kinds of the module's records that files may be attached to (platform/attachments/owners.ts). */
  attachmentOwners?: Record<string, AttachmentOwnerKind>;
  /**
   * The module's columns that refer to a client (服务对象): merging two records of one person
   * moves every such row to the record that stays (clients/clientDuplicates.service.ts). A table
   * allowing one row per (uniqueWith…, client) names those columns: a row the survivor already
   * has is dropped instead of moved.
   */
  clientReferences?: readonly ClientReference[];
  /** What the module keeps about a client, for the client's timeline (platform/clientTimeline.ts). */
  clientTimeline?: ClientTimelineSource;
  /**
   * How the module's measures (its contract's `analytics`) are recounted from its records into
   * the dashboards' aggregates (platform/analytics/measureSource.ts).
   */
  measureSources?: readonly MeasureSource[];
  /**
   * Work the server process runs beside the requests (a schedule), started once it listens and
   * stopped before it closes; tests and scripts do not start it.
   */
  startBackgroundWork?(ctx: AppContext, host: BackgroundHost): { stop(): void };
}

/** What background work gets from the server process. */
export interface BackgroundHost {
  modules: readonly ServerModule[];
  log: { info(object: object, message: string): void; error(object: object, message: string): void };
}

export interface ClientReference {
  table: string;
  column: string;
  uniqueWith?: readonly string[];
}

/** A record the audit log names, as it is today (the entry's own snapshot wins for the name). */
export interface AuditSubject {
  name: string;
  regionCode: string;
}

export type AuditSubjectLookup = (
  db: Queryable,
  ids: readonly string[],
) => Promise<Map<string, AuditSubject>>;

/** What the application hands each module besides its context. */
export interface ModuleHost {
  guard: GuardOptions;
  /** Every registered module, for mechanisms that gather what each declares (the audit log). */
  modules: readonly ServerModule[];
}

export function defineServerModule(module: ServerModule): ServerModule {
  return module;
}

/** Every module's grants merged into role → permissions, in the modules' order. */
export function rolePermissionsOf(modules: readonly ServerModule[]): Map<RoleId, Permission[]> {
  const byRole = new Map<RoleId, Permission[]>();
  for (const module of modules) {
    for (const [permission, roles] of Object.entries(module.grants ?? {}) as [Permission, RoleId[]][]) {
      for (const role of roles) byRole.set(role, [...(byRole.get(role) ?? []), permission]);
    }
  }
  return byRole;
}

/** The platform's migrations and every module's, by name; a name used twice is a mistake. */
export function migrationsOf(
  platform: Record<string, Migration>,
  modules: readonly ServerModule[],
): Record<string, Migration> {
  const all: Record<string, Migration> = { ...platform };
  for (const module of modules) {
    for (const [name, migration] of Object.entries(module.migrations ?? {})) {
      if (Object.hasOwn(all, name)) throw new Error(`Migration ${name} of ${module.name} is declared twice`);
      all[name] = migration;
    }
  }
  return all;
}
