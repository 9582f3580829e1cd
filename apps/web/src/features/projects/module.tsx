import { FundOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";
import { projectsMessagesEn, projectsMessagesZh } from "./messages.ts";

/** 项目与资金: projects, their budgets by funding source, money received and spent, progress. */
export const projectsModule: WebModule = {
  pages: [
    {
      path: "/projects",
      permission: "projects.read",
      page: lazy(() => import("./pages/ProjectsPage.tsx")),
      menu: { labelKey: "menu.projects", icon: <FundOutlined /> },
    },
  ],
  messages: { "zh-CN": projectsMessagesZh, "en-US": projectsMessagesEn },
};
