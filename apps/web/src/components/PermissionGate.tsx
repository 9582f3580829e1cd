import type { Permission } from "@xinqiao/shared";
import type { ReactNode } from "react";
import { useHasPermission } from "../features/auth/hooks/useSession.ts";

/**
 * Shows its children only to users holding `permission`. This hides what the user cannot use;
 * the server still refuses it on its own.
 */
export function PermissionGate({
  permission,
  children,
  fallback = null,
}: {
  permission: Permission;
  children: ReactNode;
  fallback?: ReactNode;
}) {
  return useHasPermission(permission) ? children : fallback;
}
