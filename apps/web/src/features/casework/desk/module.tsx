import { CalendarOutlined, DesktopOutlined, SettingOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../../app/webModule.ts";
import { deskMessagesEn, deskMessagesZh } from "./messages.ts";

/**
 * The desk (a worker's, station head's and supervisor's first screen), follow-ups and casework
 * settings: part of casework, listed apart so the desk stands at the top of the menu.
 */
export const deskModule: WebModule = {
  pages: [
    {
      path: "/desk",
      permission: "cases.read",
      page: lazy(() => import("./DeskPage.tsx")),
      menu: { labelKey: "menu.desk", icon: <DesktopOutlined /> },
    },
    {
      path: "/follow-ups",
      permission: "cases.read",
      page: lazy(() => import("./FollowUpsPage.tsx")),
      menu: { labelKey: "menu.followUps", icon: <CalendarOutlined /> },
    },
    {
      path: "/casework-settings",
      permission: "cases.configure",
      page: lazy(() => import("./CaseworkSettingsPage.tsx")),
      menu: { labelKey: "menu.caseworkSettings", icon: <SettingOutlined /> },
    },
  ],
  messages: { "zh-CN": deskMessagesZh, "en-US": deskMessagesEn },
};
