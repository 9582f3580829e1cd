import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreatePlatformBody, UpdatePlatformBody } from "@xinqiao/shared";
import { platformKeys, platformsApi } from "../api.ts";

/** Every change refreshes the lists, the record, its history and the coverage figures. */
function useInvalidatePlatforms() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: platformKeys.all });
}

export function useCreatePlatform() {
  const invalidate = useInvalidatePlatforms();
  return useMutation({
    mutationFn: (body: CreatePlatformBody) => platformsApi.create(body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useUpdatePlatform() {
  const invalidate = useInvalidatePlatforms();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdatePlatformBody }) => platformsApi.update(id, body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useSetPlatformActive() {
  const invalidate = useInvalidatePlatforms();
  return useMutation({
    mutationFn: ({ id, isActive }: { id: number; isActive: boolean }) => platformsApi.setActive(id, isActive),
    onSuccess: invalidate,
  });
}
