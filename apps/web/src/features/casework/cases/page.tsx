import { AlertOutlined, FolderOpenOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebPage } from "../../../app/webModule.ts";

/** 个案 and 需求 in the menu: everyone who reads cases (a leader does not). */
export const casesPage: WebPage = {
  path: "/cases",
  permission: "cases.read",
  page: lazy(() => import("./CasesPage.tsx")),
  menu: { labelKey: "menu.cases", icon: <FolderOpenOutlined /> },
};

export const needsPage: WebPage = {
  path: "/needs",
  permission: "cases.read",
  page: lazy(() => import("../needs/NeedsPage.tsx")),
  menu: { labelKey: "menu.needs", icon: <AlertOutlined /> },
};
