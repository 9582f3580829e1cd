/**
 * UI strings of the clients registry (服务对象). No page yet: for now the names of its audit
 * actions and entity, so the audit log labels them.
 */
export const clientsMessagesZh = {
  "audit.actionName.client.create": "新增服务对象",
  "audit.actionName.client.update": "修改服务对象",
  "audit.actionName.client.deactivate": "停用服务对象",
  "audit.actionName.client.activate": "启用服务对象",
  "audit.actionName.client.personalData.reveal": "查看服务对象完整个人信息",
  "audit.actionName.client.export": "导出服务对象",
  "audit.actionName.client.export.unmasked": "导出服务对象（含完整个人信息）",
  "audit.actionName.client.consent.record": "记录服务对象同意",
  "audit.actionName.client.consent.withdraw": "撤回服务对象同意",
  "audit.entityName.client": "服务对象",
};

export const clientsMessagesEn: Record<keyof typeof clientsMessagesZh, string> = {
  "audit.actionName.client.create": "Create client",
  "audit.actionName.client.update": "Update client",
  "audit.actionName.client.deactivate": "Deactivate client",
  "audit.actionName.client.activate": "Activate client",
  "audit.actionName.client.personalData.reveal": "Reveal client's personal data",
  "audit.actionName.client.export": "Export clients",
  "audit.actionName.client.export.unmasked": "Export clients with full personal data",
  "audit.actionName.client.consent.record": "Record client consent",
  "audit.actionName.client.consent.withdraw": "Withdraw client consent",
  "audit.entityName.client": "Client",
};

declare module "../../i18n/featureMessages.ts" {
  interface FeatureMessages extends Record<keyof typeof clientsMessagesZh, string> {}
}
