import { FileDoneOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";
import { reportsMessagesEn, reportsMessagesZh } from "./messages.ts";

/** 定期报表: monthly, quarterly and yearly reports, submitted by districts and approved by the city. */
export const reportsModule: WebModule = {
  pages: [
    {
      path: "/reports",
      permission: "reports.read",
      page: lazy(() => import("./pages/ReportsPage.tsx")),
      menu: { labelKey: "menu.reports", icon: <FileDoneOutlined /> },
    },
  ],
  messages: { "zh-CN": reportsMessagesZh, "en-US": reportsMessagesEn },
};
