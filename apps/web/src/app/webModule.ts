import type { Permission } from "@xinqiao/shared";
import type { ComponentType, LazyExoticComponent, ReactNode } from "react";
import type { MessageKey } from "../i18n/zh-CN.ts";

/**
 * What a feature contributes to the shell: a route, the permission it needs and, optionally, a
 * side-menu entry. Adding a module is one folder plus one line in `modules.ts`.
 */
export interface WebModule {
  path: string;
  permission: Permission;
  page: LazyExoticComponent<ComponentType>;
  menu?: { labelKey: MessageKey; icon: ReactNode };
}
