import type { WebModule } from "../../app/webModule.ts";
import { reportsMessagesEn, reportsMessagesZh } from "./messages.ts";

/** 定期报表: monthly, quarterly and yearly reports, submitted by districts and approved by the city. */
export const reportsModule: WebModule = {
  pages: [],
  messages: { "zh-CN": reportsMessagesZh, "en-US": reportsMessagesEn },
};
