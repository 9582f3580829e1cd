import { SolutionOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";
import { socialWorkersMessagesEn, socialWorkersMessagesZh } from "./messages.ts";

export const socialWorkersModule: WebModule = {
  pages: [
    {
      path: "/social-workers",
      permission: "registries.read",
      page: lazy(() => import("./pages/SocialWorkersPage.tsx")),
      menu: { labelKey: "menu.socialWorkers", icon: <SolutionOutlined /> },
    },
  ],
  messages: { "zh-CN": socialWorkersMessagesZh, "en-US": socialWorkersMessagesEn },
};
