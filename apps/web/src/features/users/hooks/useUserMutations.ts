import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateUserBody, UpdateUserBody } from "@xinqiao/shared";
import { createUser, resetUserPassword, setUserActive, updateUser, userKeys } from "../api.ts";

/** Every change refreshes the user lists; forms show their own errors. */
function useUsersInvalidation() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: userKeys.all });
}

export function useCreateUser() {
  const invalidate = useUsersInvalidation();
  return useMutation({
    mutationFn: (body: CreateUserBody) => createUser(body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useUsersInvalidation();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateUserBody }) => updateUser(id, body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useSetUserActive() {
  const invalidate = useUsersInvalidation();
  return useMutation({
    mutationFn: ({ id, isActive }: { id: number; isActive: boolean }) => setUserActive(id, isActive),
    onSuccess: invalidate,
  });
}

export function useResetUserPassword() {
  const invalidate = useUsersInvalidation();
  return useMutation({
    mutationFn: ({ id, password }: { id: number; password: string }) => resetUserPassword(id, password),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}
