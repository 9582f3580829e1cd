import { useQuery } from "@tanstack/react-query";
import type { CurrentUser, Permission, SessionResponse } from "@xinqiao/shared";
import { fetchSession } from "../api.ts";

export const sessionQueryKey = ["session"] as const;

/** The signed-in session, fetched once and then kept up to date by login, logout and password change. */
export function useSession() {
  return useQuery<SessionResponse | null>({
    queryKey: sessionQueryKey,
    queryFn: fetchSession,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** For pages behind <RequireSession>: the session is loaded by then. */
export function useCurrentSession(): SessionResponse {
  const { data } = useSession();
  if (!data) throw new Error("useCurrentSession used outside <RequireSession>");
  return data;
}

export function useCurrentUser(): CurrentUser {
  return useCurrentSession().user;
}

export function useHasPermission(permission: Permission): boolean {
  const { data } = useSession();
  return data?.user.permissions.includes(permission) ?? false;
}
