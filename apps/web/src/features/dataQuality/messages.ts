/** The data-quality checks' strings. */
export const dataQualityMessagesZh = {
  "audit.entityName.analyticsSettings": "统计设置",
  "audit.actionName.analyticsSettings.update": "修改统计设置",
} as const;

export const dataQualityMessagesEn: Record<keyof typeof dataQualityMessagesZh, string> = {
  "audit.entityName.analyticsSettings": "Analytics settings",
  "audit.actionName.analyticsSettings.update": "Change the analytics settings",
};

declare module "../../i18n/featureMessages.ts" {
  interface FeatureMessages extends Record<keyof typeof dataQualityMessagesZh, string> {}
}
