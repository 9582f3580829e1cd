import type { WebModule } from "../../app/webModule.ts";
import { dataQualityMessagesEn, dataQualityMessagesZh } from "./messages.ts";

/** 数据质量: implausible, missing and stale data, each finding linked to the record to fix. */
export const dataQualityModule: WebModule = {
  pages: [],
  messages: { "zh-CN": dataQualityMessagesZh, "en-US": dataQualityMessagesEn },
};
