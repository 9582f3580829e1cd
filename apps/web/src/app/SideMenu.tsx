import { Menu, type MenuProps } from "antd";
import { useMemo } from "react";
import { useLocation, useNavigate } from "react-router";
import { useCurrentUser } from "../features/auth/hooks/useSession.ts";
import { useI18n } from "../i18n/i18nContext.ts";
import { pages } from "./modules.ts";

/** Shows only the pages the user's permissions open; nothing while a password change is pending. */
export function SideMenu() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const visible = useMemo(
    () =>
      user.mustChangePassword
        ? []
        : pages.filter((page) => page.menu && user.permissions.includes(page.permission)),
    [user],
  );
  const items: MenuProps["items"] = visible.map((page) => ({
    key: page.path,
    icon: page.menu?.icon,
    label: page.menu ? t(page.menu.labelKey) : page.path,
  }));
  const selected = visible
    .map((page) => page.path)
    .filter((path) => pathname === path || (path !== "/" && pathname.startsWith(`${path}/`)))
    .sort((a, b) => b.length - a.length)[0];

  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => navigate(key)}
      data-testid="side-menu"
    />
  );
}
