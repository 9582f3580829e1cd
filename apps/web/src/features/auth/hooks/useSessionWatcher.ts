import { useCallback, useEffect } from "react";
import { useNavigate } from "react-router";
import { setSessionProblemListener } from "../../../api/client.ts";
import { logout } from "../api.ts";
import { setSessionNotice } from "../sessionNotice.ts";
import { useIdleTimeout } from "./useIdleTimeout.ts";
import { useEndSession } from "./useSessionActions.ts";

/**
 * While signed in: an expired session (any 401) or the idle timeout ends the session locally,
 * which sends the user to the login page with a notice; a pending password change opens the
 * change-password page.
 */
export function useSessionWatcher(idleSeconds: number): void {
  const navigate = useNavigate();
  const endSession = useEndSession();

  useEffect(() => {
    setSessionProblemListener((problem) => {
      if (problem === "unauthorized") {
        setSessionNotice("expired");
        endSession();
      } else {
        navigate("/password", { replace: true });
      }
    });
    return () => setSessionProblemListener(null);
  }, [endSession, navigate]);

  const onIdle = useCallback(() => {
    setSessionNotice("idle");
    logout().catch(() => {});
    endSession();
  }, [endSession]);
  useIdleTimeout(idleSeconds, onIdle);
}
