/**
 * Audit actions and entities the server writes today, offered as filter suggestions; their
 * names live in i18n under audit.actionName.* / audit.entityName.*. Unknown codes still show raw.
 */
export const knownAuditActions = [
  "auth.login",
  "auth.logout",
  "user.create",
  "user.update",
  "user.enable",
  "user.disable",
  "user.password.reset",
  "user.password.change",
  "region.residents.update",
  "region.residents.import",
  "region.export",
] as const;

export const knownAuditEntities = ["user", "region"] as const;
