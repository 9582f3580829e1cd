import { SolutionOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";
import { clientsMessagesEn, clientsMessagesZh } from "./messages.ts";

/** 服务对象: the list and a client's page (/clients/:id, a nested route: the shell adds "/*"). */
export const clientsModule: WebModule = {
  pages: [
    {
      path: "/clients",
      permission: "clients.read",
      page: lazy(() => import("./pages/ClientsPage.tsx")),
      menu: { labelKey: "menu.clients", icon: <SolutionOutlined /> },
    },
  ],
  messages: { "zh-CN": clientsMessagesZh, "en-US": clientsMessagesEn },
};
