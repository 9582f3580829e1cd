import { ApartmentOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { WebModule } from "../../app/webModule.ts";

export const regionsModule: WebModule = {
  path: "/regions",
  permission: "regions.read",
  page: lazy(() => import("./pages/RegionsPage.tsx")),
  menu: { labelKey: "menu.regions", icon: <ApartmentOutlined /> },
};
