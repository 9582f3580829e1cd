import { DashboardOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";

export const homeModule: WebModule = {
  pages: [
    {
      path: "/",
      permission: "dashboard.view",
      page: lazy(() => import("./pages/HomePage.tsx")),
      menu: { labelKey: "menu.home", icon: <DashboardOutlined /> },
    },
  ],
};
