import type { WebModule } from "../../app/webModule.ts";
import { casesPage, needsPage } from "./cases/page.tsx";
import { caseworkMessagesEn, caseworkMessagesZh } from "./messages.ts";
import { serviceRecordsMessagesEn, serviceRecordsMessagesZh } from "./serviceRecords/messages.ts";
import { serviceRecordsPage } from "./serviceRecords/page.tsx";

/** 个案: needs, cases and their service records. */
export const caseworkModule: WebModule = {
  pages: [casesPage, needsPage, serviceRecordsPage],
  messages: {
    "zh-CN": { ...caseworkMessagesZh, ...serviceRecordsMessagesZh },
    "en-US": { ...caseworkMessagesEn, ...serviceRecordsMessagesEn },
  },
};
