import { BankOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";
import { socialOrganizationsMessagesEn, socialOrganizationsMessagesZh } from "./messages.ts";

export const socialOrganizationsModule: WebModule = {
  pages: [
    {
      path: "/social-organizations",
      permission: "registries.read",
      page: lazy(() => import("./pages/SocialOrganizationsPage.tsx")),
      menu: { labelKey: "menu.socialOrganizations", icon: <BankOutlined /> },
    },
  ],
  messages: { "zh-CN": socialOrganizationsMessagesZh, "en-US": socialOrganizationsMessagesEn },
};
