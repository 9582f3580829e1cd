/** The home page's own strings (its titles and totals predate feature messages and are in zh-CN.ts). */
export const homeMessagesZh = {
  "home.childrenFailed": "下级区划加载失败，请稍后重试",
} as const;

export const homeMessagesEn: Record<keyof typeof homeMessagesZh, string> = {
  "home.childrenFailed": "Could not load the subdivisions; please try again later",
};

declare module "../../i18n/featureMessages.ts" {
  interface FeatureMessages extends Record<keyof typeof homeMessagesZh, string> {}
}
