import { BookOutlined, CheckCircleOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";
import { trainingMessagesEn, trainingMessagesZh } from "./messages.ts";

/**
 * 人才培养: the courses (/training, a course at /training/:id) and the continuing-education
 * compliance report (/education-compliance: a path of its own, since the menu marks an entry by
 * its path's prefix).
 */
export const trainingModule: WebModule = {
  pages: [
    {
      path: "/training",
      permission: "training.read",
      page: lazy(() => import("./pages/TrainingPage.tsx")),
      menu: { labelKey: "menu.training", icon: <BookOutlined /> },
    },
    {
      path: "/education-compliance",
      permission: "training.read",
      page: lazy(() => import("./pages/CompliancePage.tsx")),
      menu: { labelKey: "menu.trainingCompliance", icon: <CheckCircleOutlined /> },
    },
  ],
  messages: { "zh-CN": trainingMessagesZh, "en-US": trainingMessagesEn },
};
