import { CalendarOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";
import { activitiesMessagesEn, activitiesMessagesZh } from "./messages.ts";

/**
 * 活动: the list and an activity's page (/activities/:id). The public QR check-in page
 * (/checkin) is routed beside the login page, outside the signed-in shell.
 */
export const activitiesModule: WebModule = {
  pages: [
    {
      path: "/activities",
      permission: "activities.read",
      page: lazy(() => import("./pages/ActivitiesPage.tsx")),
      menu: { labelKey: "menu.activities", icon: <CalendarOutlined /> },
    },
  ],
  messages: { "zh-CN": activitiesMessagesZh, "en-US": activitiesMessagesEn },
};
