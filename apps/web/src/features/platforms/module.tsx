import { ShopOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";
import { platformsMessagesEn, platformsMessagesZh } from "./messages.ts";

export const platformsModule: WebModule = {
  pages: [
    {
      path: "/platforms",
      permission: "registries.read",
      page: lazy(() => import("./pages/PlatformsPage.tsx")),
      menu: { labelKey: "menu.platforms", icon: <ShopOutlined /> },
    },
  ],
  messages: { "zh-CN": platformsMessagesZh, "en-US": platformsMessagesEn },
};
