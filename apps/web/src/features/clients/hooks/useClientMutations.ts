import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateClientBody, RecordClientConsentBody, UpdateClientBody } from "@xinqiao/shared";
import { clientKeys, clientsApi, recordConsent, withdrawConsent } from "../api.ts";

/** Every change refreshes the list, the record and its history; forms show their own errors. */
function useInvalidateClients() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: clientKeys.all });
}

export function useCreateClient() {
  const invalidate = useInvalidateClients();
  return useMutation({
    mutationFn: (body: CreateClientBody) => clientsApi.create(body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useUpdateClient() {
  const invalidate = useInvalidateClients();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateClientBody }) => clientsApi.update(id, body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useSetClientActive() {
  const invalidate = useInvalidateClients();
  return useMutation({
    mutationFn: ({ id, isActive }: { id: number; isActive: boolean }) => clientsApi.setActive(id, isActive),
    onSuccess: invalidate,
  });
}

export function useRecordClientConsent() {
  const invalidate = useInvalidateClients();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: RecordClientConsentBody }) => recordConsent(id, body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useWithdrawClientConsent() {
  const invalidate = useInvalidateClients();
  return useMutation({
    mutationFn: ({ id, consentId }: { id: number; consentId: number }) => withdrawConsent(id, consentId),
    onSuccess: invalidate,
  });
}

/** Revealing is audited: the record's history is refreshed so the entry shows at once. */
export function useRevealClientField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, field }: { id: number; field: "idNumber" | "phone" | "address" }) =>
      clientsApi.reveal(id, field),
    onSuccess: (_result, { id }) => queryClient.invalidateQueries({ queryKey: clientKeys.history(id) }),
  });
}
