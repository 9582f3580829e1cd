/** The dashboard's strings. */
export const analyticsMessagesZh = {
  "audit.entityName.dashboard": "统计分析",
  "audit.actionName.dashboard.export": "导出统计分析表",
} as const;

export const analyticsMessagesEn: Record<keyof typeof analyticsMessagesZh, string> = {
  "audit.entityName.dashboard": "Dashboard",
  "audit.actionName.dashboard.export": "Export the dashboard",
};

declare module "../../i18n/featureMessages.ts" {
  interface FeatureMessages extends Record<keyof typeof analyticsMessagesZh, string> {}
}
