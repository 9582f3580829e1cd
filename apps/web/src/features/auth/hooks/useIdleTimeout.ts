import { useEffect } from "react";
import { onApiActivity } from "../../../api/client.ts";

/**
 * The server ends a session after `idleSeconds` without requests. Mirror that on the client so
 * the user lands on the login page with an explanation instead of at the next failing click.
 */
export function useIdleTimeout(idleSeconds: number, onIdle: () => void): void {
  useEffect(() => {
    if (idleSeconds <= 0) return;
    let timer = setTimeout(onIdle, idleSeconds * 1000);
    const stop = onApiActivity(() => {
      clearTimeout(timer);
      timer = setTimeout(onIdle, idleSeconds * 1000);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [idleSeconds, onIdle]);
}
