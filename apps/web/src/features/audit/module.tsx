import { AuditOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";
import { auditMessagesEn, auditMessagesZh } from "./messages.ts";

export const auditModule: WebModule = {
  pages: [
    {
      path: "/audit",
      permission: "audit.read",
      page: lazy(() => import("./pages/AuditPage.tsx")),
      menu: { labelKey: "menu.audit", icon: <AuditOutlined /> },
    },
  ],
  messages: { "zh-CN": auditMessagesZh, "en-US": auditMessagesEn },
};
