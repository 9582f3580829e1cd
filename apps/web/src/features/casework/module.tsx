import type { WebModule } from "../../app/webModule.ts";
import { caseworkMessagesEn, caseworkMessagesZh } from "./messages.ts";

/** 个案: needs, cases and their service records. */
export const caseworkModule: WebModule = {
  pages: [],
  messages: { "zh-CN": caseworkMessagesZh, "en-US": caseworkMessagesEn },
};
