import type { WebModule } from "../../app/webModule.ts";
import { clientsMessagesEn, clientsMessagesZh } from "./messages.ts";

/** 服务对象: no page yet (the server's registry came first); its audit names are labelled. */
export const clientsModule: WebModule = {
  pages: [],
  messages: { "zh-CN": clientsMessagesZh, "en-US": clientsMessagesEn },
};
