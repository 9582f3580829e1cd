/**
 * The audit log's vocabulary: every entity and action the server writes, named `entity.action`
 * with camelCase entities and dotted actions (`volunteerTeam.members.add`). The server's
 * writeAudit only takes these names and the web labels each of them, so a name cannot be
 * misspelt on one side or left unlabelled on the other.
 *
 * Entries are never rewritten (the table is append-only), so those written before a rename keep
 * their old names; each action lists them, and the functions below read an old entry as the
 * action it stands for today and find it when the log is filtered by the new name.
 */

export const auditEntityVocabulary = {
  user: [],
  region: [],
  platform: [],
  socialOrganization: [],
  socialWorker: [],
  volunteer: [],
  volunteerTeam: ["volunteer_team"],
} as const satisfies Record<string, readonly string[]>;

export type AuditEntity = keyof typeof auditEntityVocabulary;
export const auditEntities = Object.keys(auditEntityVocabulary) as AuditEntity[];

/** A name an action was once written under. */
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

const exportOf = (entity: string): LegacyAuditName[] => [{ action: "export", entity }];
const unmaskedExportOf = (entity: string): LegacyAuditName[] => [{ action: "export.unmasked", entity }];
const revealOf = (entity: string): LegacyAuditName[] => [{ action: "personal.reveal", entity }];
const importOf = (action: string, created: boolean): LegacyAuditName[] => [{ action, created }];

export const auditActionVocabulary = {
  "user.login": ["auth.login"],
  "user.logout": ["auth.logout"],
  "user.create": [],
  "user.update": [],
  "user.activate": ["user.enable"],
  "user.deactivate": ["user.disable"],
  "user.password.reset": [],
  "user.password.change": [],

  "region.residents.update": [],
  "region.residents.import": [],
  "region.export": [],

  "platform.create": [],
  "platform.update": [],
  "platform.deactivate": [],
  "platform.activate": [],
  "platform.import.create": [],
  "platform.import.update": [],
  "platform.export": exportOf("platform"),

  "socialOrganization.create": [],
  "socialOrganization.create.override": [],
  "socialOrganization.update": [],
  "socialOrganization.update.override": [],
  "socialOrganization.deactivate": [],
  "socialOrganization.activate": [],
  "socialOrganization.import.create": [],
  "socialOrganization.import.update": [],
  "socialOrganization.export": exportOf("socialOrganization"),

  "socialWorker.create": [],
  "socialWorker.update": [],
  "socialWorker.deactivate": [],
  "socialWorker.activate": [],
  "socialWorker.import.create": [],
  "socialWorker.import.update": [],
  "socialWorker.educationHours.add": [],
  "socialWorker.personalData.reveal": revealOf("socialWorker"),
  "socialWorker.export": exportOf("socialWorker"),
  "socialWorker.export.unmasked": unmaskedExportOf("socialWorker"),

  "volunteer.create": [],
  "volunteer.update": [],
  "volunteer.deactivate": [],
  "volunteer.activate": [],
  "volunteer.import.create": importOf("volunteer.import", true),
  "volunteer.import.update": importOf("volunteer.import", false),
  "volunteer.hours.record": [],
  "volunteer.hours.redeem": [],
  "volunteer.certificate.issue": [],
  "volunteer.team.join": [],
  "volunteer.team.leave": [],
  "volunteer.personalData.reveal": revealOf("volunteer"),
  "volunteer.export": exportOf("volunteer"),
  "volunteer.export.unmasked": unmaskedExportOf("volunteer"),

  "volunteerTeam.create": ["volunteer_team.create"],
  "volunteerTeam.update": ["volunteer_team.update"],
  "volunteerTeam.deactivate": ["volunteer_team.deactivate"],
  "volunteerTeam.activate": ["volunteer_team.activate"],
  "volunteerTeam.import.create": importOf("volunteer_team.import", true),
  "volunteerTeam.import.update": importOf("volunteer_team.import", false),
  "volunteerTeam.members.add": ["volunteer_team.members.add"],
  "volunteerTeam.members.remove": ["volunteer_team.members.remove"],
  "volunteerTeam.export": exportOf("volunteer_team"),
} as const satisfies Record<`${AuditEntity}.${string}`, readonly (string | LegacyAuditName)[]>;

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
