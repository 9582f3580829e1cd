import { ShopOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";

export const platformsModule: WebModule = {
  path: "/platforms",
  permission: "registries.read",
  page: lazy(() => import("./pages/PlatformsPage.tsx")),
  menu: { labelKey: "menu.platforms", icon: <ShopOutlined /> },
};
