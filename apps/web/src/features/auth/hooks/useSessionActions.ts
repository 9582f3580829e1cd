import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ChangePasswordBody, LoginBody, SessionResponse } from "@xinqiao/shared";
import { useCallback } from "react";
import { changePassword, login, logout } from "../api.ts";
import { sessionQueryKey } from "./useSession.ts";

/** Login, logout and password change, each leaving the session cache in the matching state. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => login(body),
    meta: { isErrorHandledLocally: true },
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData<SessionResponse | null>(sessionQueryKey, session);
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => changePassword(body),
    meta: { isErrorHandledLocally: true },
    onSuccess: (session) => queryClient.setQueryData<SessionResponse | null>(sessionQueryKey, session),
  });
}

/** Forgets everything cached for the user; used by logout and by an expired session. */
export function useEndSession() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
    queryClient.setQueryData<SessionResponse | null>(sessionQueryKey, null);
  }, [queryClient]);
}

export function useLogout() {
  const endSession = useEndSession();
  return useMutation({
    mutationFn: () => logout(),
    meta: { isErrorHandledLocally: true },
    onSettled: () => endSession(),
  });
}
