import { useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  CreateEducationHoursBody,
  CreateSocialWorkerBody,
  RevealedField,
  UpdateSocialWorkerBody,
} from "@xinqiao/shared";
import { addEducationHours, reverseEducationHours, socialWorkerKeys, socialWorkersApi } from "../api.ts";

/** Every change refreshes the lists, the record and its history; forms show their own errors. */
function useInvalidateSocialWorkers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: socialWorkerKeys.all });
}

export function useCreateSocialWorker() {
  const invalidate = useInvalidateSocialWorkers();
  return useMutation({
    mutationFn: (body: CreateSocialWorkerBody) => socialWorkersApi.create(body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useUpdateSocialWorker() {
  const invalidate = useInvalidateSocialWorkers();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateSocialWorkerBody }) =>
      socialWorkersApi.update(id, body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useSetSocialWorkerActive() {
  const invalidate = useInvalidateSocialWorkers();
  return useMutation({
    mutationFn: ({ id, isActive }: { id: number; isActive: boolean }) =>
      socialWorkersApi.setActive(id, isActive),
    onSuccess: invalidate,
  });
}

export function useAddEducationHours() {
  const invalidate = useInvalidateSocialWorkers();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: CreateEducationHoursBody }) => addEducationHours(id, body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

/** A correction adds a reversing entry: the cycle's hours, the record and its history change. */
export function useReverseEducationHours() {
  const invalidate = useInvalidateSocialWorkers();
  return useMutation({
    mutationFn: ({ id, entryId, reason }: { id: number; entryId: number; reason: string }) =>
      reverseEducationHours(id, entryId, { reason }),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

/** Revealing is audited: the record's history is refreshed so the entry shows at once. */
export function useRevealSocialWorkerField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, field }: { id: number; field: RevealedField["field"] }) =>
      socialWorkersApi.reveal(id, field),
    onSuccess: (_result, { id }) => queryClient.invalidateQueries({ queryKey: socialWorkerKeys.history(id) }),
  });
}
