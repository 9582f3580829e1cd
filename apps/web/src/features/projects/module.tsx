import type { WebModule } from "../../app/webModule.ts";
import { projectsMessagesEn, projectsMessagesZh } from "./messages.ts";

/** 项目与资金: projects, their budgets by funding source, money received and spent, progress. */
export const projectsModule: WebModule = {
  pages: [],
  messages: { "zh-CN": projectsMessagesZh, "en-US": projectsMessagesEn },
};
