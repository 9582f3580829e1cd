import type { LegacyAuditName } from "./moduleContract.ts";
import { auditActionVocabulary, auditEntityVocabulary } from "./modules.ts";

export type { LegacyAuditName };
export { auditActionVocabulary, auditEntityVocabulary };

/**
 * The audit log's vocabulary, gathered from the modules' contracts: every entity and action the
 * server writes, named `entity.action`
 * with camelCase entities and dotted actions (`volunteerTeam.members.add`). The server's
 * writeAudit only takes these names and the web labels each of them, so a name cannot be
 * misspelt on one side or left unlabelled on the other.
 *
 * Entries are never rewritten (the table is append-only), so those written before a rename keep
 * their old names; each action lists them, and the functions below read an old entry as the
 * action it stands for today and find it when the log is filtered by the new name.
 */

export type AuditEntity = keyof typeof auditEntityVocabulary;
export const auditEntities = Object.keys(auditEntityVocabulary) as AuditEntity[];

export type AuditAction = keyof typeof auditActionVocabulary;
export const auditActions = Object.keys(auditActionVocabulary) as AuditAction[];

/** The entity an action is about: the name before its first dot. */
export type AuditEntityOf<A extends AuditAction> = A extends `${infer E extends AuditEntity}.${string}`
  ? E
  : never;

/** The entities that have the action `<entity>.<verb>`, e.g. those with an `export`. */
export type AuditEntityWith<Verb extends string> = {
  [E in AuditEntity]: `${E}.${Verb}` extends AuditAction ? E : never;
}[AuditEntity];

export function isAuditAction(name: string): name is AuditAction {
  return Object.hasOwn(auditActionVocabulary, name);
}

export function isAuditEntity(name: string): name is AuditEntity {
  return Object.hasOwn(auditEntityVocabulary, name);
}

/** Every name an action's entries may carry: its own first, then its old ones. */
export function writtenAuditActionNames(action: AuditAction): LegacyAuditName[] {
  const legacy: readonly (string | LegacyAuditName)[] = auditActionVocabulary[action];
  return [{ action }, ...legacy.map((name) => (typeof name === "string" ? { action: name } : name))];
}

/** Every name an entity's entries may carry: its own first, then its old ones. */
export function writtenAuditEntityNames(entity: AuditEntity): string[] {
  return [entity, ...auditEntityVocabulary[entity]];
}

/** The entity a name written in the log stands for today; null for a name the vocabulary lacks. */
export function currentAuditEntity(written: string): AuditEntity | null {
  if (isAuditEntity(written)) return written;
  return auditEntities.find((entity) => writtenAuditEntityNames(entity).includes(written)) ?? null;
}

/** An entry as written: `before` is null (or absent) when it recorded no earlier state. */
export interface WrittenAuditEntry {
  action: string;
  entity: string;
  before?: unknown;
}

function matches(name: LegacyAuditName, entry: WrittenAuditEntry): boolean {
  if (name.action !== entry.action) return false;
  if (name.entity !== undefined && name.entity !== entry.entity) return false;
  if (name.created !== undefined && name.created !== (entry.before == null)) return false;
  return true;
}

/** The action an entry stands for today, whatever name it was written under; null if unknown. */
export function currentAuditAction(entry: WrittenAuditEntry): AuditAction | null {
  if (isAuditAction(entry.action)) return entry.action;
  return (
    auditActions.find((action) => writtenAuditActionNames(action).some((name) => matches(name, entry))) ??
    null
  );
}

/**
 * The actions the log's action filter means by `text`: those whose name, current or old, starts
 * with it (the filter is a prefix, so `volunteerTeam` finds all of a team's actions).
 */
export function auditActionsStartingWith(text: string): AuditAction[] {
  return auditActions.filter((action) =>
    writtenAuditActionNames(action).some((name) => name.action.startsWith(text)),
  );
}
