import type { WebModule } from "../../app/webModule.ts";
import { trainingMessagesEn, trainingMessagesZh } from "./messages.ts";

/** 人才培养: courses, enrolment, attendance, completion into continuing education. */
export const trainingModule: WebModule = {
  pages: [],
  messages: { "zh-CN": trainingMessagesZh, "en-US": trainingMessagesEn },
};
