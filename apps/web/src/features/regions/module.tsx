import { ApartmentOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";
import { regionsMessagesEn, regionsMessagesZh } from "./messages.ts";

export const regionsModule: WebModule = {
  pages: [
    {
      path: "/regions",
      permission: "regions.read",
      page: lazy(() => import("./pages/RegionsPage.tsx")),
      menu: { labelKey: "menu.regions", icon: <ApartmentOutlined /> },
    },
  ],
  messages: { "zh-CN": regionsMessagesZh, "en-US": regionsMessagesEn },
};
