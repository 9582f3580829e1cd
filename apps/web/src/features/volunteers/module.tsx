import { HeartOutlined, UsergroupAddOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";

/**
 * Both pages have nested routes (a record's detail, a printable certificate), so the shell
 * registers each path with a trailing "/*".
 */
export const volunteersModule: WebModule = {
  path: "/volunteers",
  permission: "registries.read",
  page: lazy(() => import("./pages/VolunteersPage.tsx")),
  menu: { labelKey: "menu.volunteers", icon: <HeartOutlined /> },
};

export const volunteerTeamsModule: WebModule = {
  path: "/volunteer-teams",
  permission: "registries.read",
  page: lazy(() => import("./pages/VolunteerTeamsPage.tsx")),
  menu: { labelKey: "menu.volunteerTeams", icon: <UsergroupAddOutlined /> },
};
