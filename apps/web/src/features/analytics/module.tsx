import { DashboardOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";
import { analyticsMessagesEn, analyticsMessagesZh } from "./messages.ts";

/**
 * 统计分析: the dashboard of the four problems is everyone's home page ("/", first in the menu),
 * each user's in their own scope.
 */
export const analyticsModule: WebModule = {
  pages: [
    {
      path: "/",
      permission: "dashboard.view",
      page: lazy(() => import("./pages/DashboardPage.tsx")),
      menu: { labelKey: "menu.home", icon: <DashboardOutlined /> },
    },
  ],
  messages: { "zh-CN": analyticsMessagesZh, "en-US": analyticsMessagesEn },
};
