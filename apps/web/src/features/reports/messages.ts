/** The periodic reports' strings. */
export const reportsMessagesZh = {
  "audit.entityName.periodicReport": "定期报表",
  "audit.actionName.periodicReport.create": "新建报表",
  "audit.actionName.periodicReport.update": "修改报表",
  "audit.actionName.periodicReport.submit": "提交报表",
  "audit.actionName.periodicReport.approve": "审核通过报表",
  "audit.actionName.periodicReport.return": "退回报表",
  "audit.actionName.periodicReport.export": "导出报表",
} as const;

export const reportsMessagesEn: Record<keyof typeof reportsMessagesZh, string> = {
  "audit.entityName.periodicReport": "Periodic report",
  "audit.actionName.periodicReport.create": "Create a report",
  "audit.actionName.periodicReport.update": "Edit a report",
  "audit.actionName.periodicReport.submit": "Submit a report",
  "audit.actionName.periodicReport.approve": "Approve a report",
  "audit.actionName.periodicReport.return": "Return a report",
  "audit.actionName.periodicReport.export": "Export a report",
};

declare module "../../i18n/featureMessages.ts" {
  interface FeatureMessages extends Record<keyof typeof reportsMessagesZh, string> {}
}
