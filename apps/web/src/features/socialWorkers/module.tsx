import { SolutionOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";

export const socialWorkersModule: WebModule = {
  path: "/social-workers",
  permission: "registries.read",
  page: lazy(() => import("./pages/SocialWorkersPage.tsx")),
  menu: { labelKey: "menu.socialWorkers", icon: <SolutionOutlined /> },
};
