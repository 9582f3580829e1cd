import { HeartOutlined, UsergroupAddOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";
import { volunteersMessagesEn, volunteersMessagesZh } from "./messages.ts";

/**
 * Both pages have nested routes (a record's detail, a printable certificate), so the shell
 * registers each path with a trailing "/*".
 */
export const volunteersModule: WebModule = {
  pages: [
    {
      path: "/volunteers",
      permission: "registries.read",
      page: lazy(() => import("./pages/VolunteersPage.tsx")),
      menu: { labelKey: "menu.volunteers", icon: <HeartOutlined /> },
    },
    {
      path: "/volunteer-teams",
      permission: "registries.read",
      page: lazy(() => import("./pages/VolunteerTeamsPage.tsx")),
      menu: { labelKey: "menu.volunteerTeams", icon: <UsergroupAddOutlined /> },
    },
  ],
  messages: { "zh-CN": volunteersMessagesZh, "en-US": volunteersMessagesEn },
};
