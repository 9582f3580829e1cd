import { AuditOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";

export const auditModule: WebModule = {
  path: "/audit",
  permission: "audit.read",
  page: lazy(() => import("./pages/AuditPage.tsx")),
  menu: { labelKey: "menu.audit", icon: <AuditOutlined /> },
};
