/**
 * What a module promises both sides: the permissions its routes check and the names its audit
 * entries are written under. The server seeds and checks them, the web labels them, and both
 * get their types from here, so a name misspelt on either side does not compile. A module's
 * zod schemas live beside its contract in `schemas/`.
 */

import type { IndicatorDefinition, MeasureDefinition } from "./analytics/catalogue.ts";

/** A name an audit action was once written under. */
export interface LegacyAuditName {
  action: string;
  /**
   * The entity as the old entry wrote it, when the old action served several entities
   * (`export`, `personal.reveal`) and only the entity tells which action it is now.
   */
  entity?: string;
  /**
   * Whether the old entry created its record. Old imports of volunteers and teams wrote one
   * action for both outcomes; an entry that created the record has no `before`.
   */
  created?: boolean;
}

type AuditActionNames<E extends string, V> = {
  [K in keyof V]: K extends `${E}.${string}` ? readonly (string | LegacyAuditName)[] : never;
};

export interface ModuleContract<P extends string, E extends string, V> {
  /** Permission strings, `<area>.<verb>`; role grants are the server module's. */
  permissions: readonly P[];
  /** Audit entity names (camelCase) → the names entries were once written under. */
  auditEntities: Record<E, readonly string[]>;
  /** Audit actions `entity.action` (dotted verbs) → their old names. */
  auditActions: V;
  /**
   * The counts the module keeps for the dashboards and the indicators over them
   * (analytics/catalogue.ts); the server module declares how each count is recounted.
   */
  analytics?: { measures: readonly MeasureDefinition[]; indicators: readonly IndicatorDefinition[] };
}

/** Checks that every action belongs to one of the contract's own entities. */
export function defineModuleContract<
  const P extends string,
  const E extends string,
  const V extends AuditActionNames<E, V>,
>(contract: ModuleContract<P, E, V>): ModuleContract<P, E, V> {
  return contract;
}

/** Old names of a generic action (`export`, `personal.reveal`) that only the entity tells apart. */
export const legacyAuditNames = {
  exportOf: (entity: string): LegacyAuditName[] => [{ action: "export", entity }],
  unmaskedExportOf: (entity: string): LegacyAuditName[] => [{ action: "export.unmasked", entity }],
  revealOf: (entity: string): LegacyAuditName[] => [{ action: "personal.reveal", entity }],
  importOf: (action: string, created: boolean): LegacyAuditName[] => [{ action, created }],
};
