import type { WebModule } from "../../app/webModule.ts";
import { attachmentsMessagesEn, attachmentsMessagesZh } from "./messages.ts";

/** 附件: no pages of its own — records' pages mount `AttachmentsPanel`; its strings and audit names. */
export const attachmentsModule: WebModule = {
  pages: [],
  messages: { "zh-CN": attachmentsMessagesZh, "en-US": attachmentsMessagesEn },
};
