import { TeamOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";
import { usersMessagesEn, usersMessagesZh } from "./messages.ts";

export const usersModule: WebModule = {
  pages: [
    {
      path: "/users",
      permission: "users.read",
      page: lazy(() => import("./pages/UsersPage.tsx")),
      menu: { labelKey: "menu.users", icon: <TeamOutlined /> },
    },
  ],
  messages: { "zh-CN": usersMessagesZh, "en-US": usersMessagesEn },
};
