import { FileDoneOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebPage } from "../../../app/webModule.ts";

/** 服务记录 in the menu: everyone who reads cases (a leader does not). */
export const serviceRecordsPage: WebPage = {
  path: "/service-records",
  permission: "cases.read",
  page: lazy(() => import("./ServiceRecordsPage.tsx")),
  menu: { labelKey: "menu.serviceRecords", icon: <FileDoneOutlined /> },
};
