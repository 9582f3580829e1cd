import type { Permission } from "@xinqiao/shared";
import type { ComponentType, LazyExoticComponent, ReactNode } from "react";
import type { Locale } from "../i18n/locale.ts";
import type { MessageKey } from "../i18n/zh-CN.ts";

/** A page of a module: its path (it owns everything below), the permission it needs, its menu entry. */
export interface WebPage {
  path: string;
  permission: Permission;
  page: LazyExoticComponent<ComponentType>;
  menu?: { labelKey: MessageKey; icon: ReactNode };
}

/**
 * What a feature contributes to the shell: its pages and its strings in every language (its
 * messages.ts, which also names its audit actions). Adding a module is one folder under
 * `features/` plus one line in `modules.ts`.
 */
export interface WebModule {
  pages: readonly WebPage[];
  messages?: Record<Locale, Readonly<Record<string, string>>>;
}
