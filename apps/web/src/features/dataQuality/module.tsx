import { SafetyCertificateOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";
import { dataQualityMessagesEn, dataQualityMessagesZh } from "./messages.ts";

/** 数据质量: implausible, missing and stale data, each finding linked to the record to fix. */
export const dataQualityModule: WebModule = {
  pages: [
    {
      path: "/data-quality",
      permission: "data_quality.read",
      page: lazy(() => import("./pages/DataQualityPage.tsx")),
      menu: { labelKey: "menu.dataQuality", icon: <SafetyCertificateOutlined /> },
    },
  ],
  messages: { "zh-CN": dataQualityMessagesZh, "en-US": dataQualityMessagesEn },
};
