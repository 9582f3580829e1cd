import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Dashboard, Permission } from "@xinqiao/shared";
import { api } from "../../api/client.ts";
import { downloadFile } from "../../api/download.ts";
import { pages } from "../../app/modules.ts";
import { useCurrentUser } from "../auth/hooks/useSession.ts";

/** The dashboard of a region and period (both optional: the user's own region, the current month). */
export interface DashboardParams {
  region?: string;
  period?: string;
}

export const dashboardKeys = {
  dashboard: (params: DashboardParams) => ["dashboard", params] as const,
};

export const dashboardApi = {
  dashboard: (params: DashboardParams) => api.get<Dashboard>("/api/dashboard", { ...params }),
  /** The workbook of the same answer; the server audits it. */
  export: (params: DashboardParams, fallbackFileName: string) =>
    downloadFile("/api/dashboard/export", { ...params }, fallbackFileName),
};

export function useDashboard(params: DashboardParams) {
  return useQuery({
    queryKey: dashboardKeys.dashboard(params),
    queryFn: () => dashboardApi.dashboard(params),
    // Drilling down keeps the figures on screen until the unit's arrive, instead of a blank page.
    placeholderData: keepPreviousData,
    // The page says what failed in its place (not found, or try again), not in a passing message.
    meta: { isErrorHandledLocally: true },
  });
}

const permissionOfPage = new Map<string, Permission>(pages.map((page) => [page.path, page.permission]));

/**
 * Whether the user may open the list at `path`: a figure links to the records behind it only
 * then (the leader, who reads no cases, sees satisfaction as a plain number, not a 403).
 */
export function useMayOpen(): (path: string) => boolean {
  const user = useCurrentUser();
  return (path) => {
    const permission = permissionOfPage.get(path);
    return permission !== undefined && user.permissions.includes(permission);
  };
}
