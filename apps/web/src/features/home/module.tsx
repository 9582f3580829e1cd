import { DashboardOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";
import { homeMessagesEn, homeMessagesZh } from "./messages.ts";

export const homeModule: WebModule = {
  pages: [
    {
      path: "/",
      permission: "dashboard.view",
      page: lazy(() => import("./pages/HomePage.tsx")),
      menu: { labelKey: "menu.home", icon: <DashboardOutlined /> },
    },
  ],
  messages: { "zh-CN": homeMessagesZh, "en-US": homeMessagesEn },
};
