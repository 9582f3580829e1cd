import { Navigate, Outlet, useLocation } from "react-router";
import { useSession } from "../features/auth/hooks/useSession.ts";
import { useSessionWatcher } from "../features/auth/hooks/useSessionWatcher.ts";
import { peekSessionNotice } from "../features/auth/sessionNotice.ts";
import { FullPageSpin } from "./FullPageSpin.tsx";
import { SessionLoadError } from "./SessionLoadError.tsx";

export interface LoginRedirectState {
  from?: string;
}

/** Everything behind the login: no session → login page; a pending password change → /password. */
export function RequireSession() {
  const { data, isPending, isError, refetch } = useSession();
  const location = useLocation();
  useSessionWatcher(data?.idleTimeoutSeconds ?? 0);

  if (isPending) return <FullPageSpin />;
  if (isError) return <SessionLoadError onRetry={() => void refetch()} />;
  if (!data) {
    // After an explicit logout the next user starts on the home page, not on the last one's page.
    const state: LoginRedirectState =
      peekSessionNotice() === "loggedOut" ? {} : { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={state} />;
  }
  if (data.user.mustChangePassword && location.pathname !== "/password") {
    return <Navigate to="/password" replace />;
  }
  return <Outlet />;
}
