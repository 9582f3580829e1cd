import type { WebModule } from "../../app/webModule.ts";
import { analyticsMessagesEn, analyticsMessagesZh } from "./messages.ts";

/** 统计分析: the dashboards of the four problems. */
export const analyticsModule: WebModule = {
  pages: [],
  messages: { "zh-CN": analyticsMessagesZh, "en-US": analyticsMessagesEn },
};
