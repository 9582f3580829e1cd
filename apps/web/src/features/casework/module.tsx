import type { WebModule } from "../../app/webModule.ts";
import { caseworkMessagesEn, caseworkMessagesZh } from "./messages.ts";
import { serviceRecordsMessagesEn, serviceRecordsMessagesZh } from "./serviceRecords/messages.ts";
import { serviceRecordsPage } from "./serviceRecords/page.tsx";

/** 个案: needs, cases and their service records. */
export const caseworkModule: WebModule = {
  pages: [serviceRecordsPage],
  messages: {
    "zh-CN": { ...caseworkMessagesZh, ...serviceRecordsMessagesZh },
    "en-US": { ...caseworkMessagesEn, ...serviceRecordsMessagesEn },
  },
};
