import { BankOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";

export const socialOrganizationsModule: WebModule = {
  path: "/social-organizations",
  permission: "registries.read",
  page: lazy(() => import("./pages/SocialOrganizationsPage.tsx")),
  menu: { labelKey: "menu.socialOrganizations", icon: <BankOutlined /> },
};
