import { TeamOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";

export const usersModule: WebModule = {
  path: "/users",
  permission: "users.read",
  page: lazy(() => import("./pages/UsersPage.tsx")),
  menu: { labelKey: "menu.users", icon: <TeamOutlined /> },
};
