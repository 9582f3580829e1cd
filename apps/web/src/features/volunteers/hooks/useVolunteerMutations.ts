import { useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  CreateVolunteerBody,
  CreateVolunteerServiceRecordBody,
  IssueVolunteerCertificateBody,
  UpdateVolunteerBody,
} from "@xinqiao/shared";
import {
  issueCertificate,
  recordServiceHours,
  reverseServiceRecord,
  teamKeys,
  volunteerKeys,
  volunteersApi,
} from "../api.ts";

/** Every change refreshes volunteers and teams (member counts, hours); forms show their own errors. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: volunteerKeys.all }),
      queryClient.invalidateQueries({ queryKey: teamKeys.all }),
    ]);
}

export function useCreateVolunteer() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateVolunteerBody) => volunteersApi.create(body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useUpdateVolunteer() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateVolunteerBody }) => volunteersApi.update(id, body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useSetVolunteerActive() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, isActive }: { id: number; isActive: boolean }) =>
      volunteersApi.setActive(id, isActive),
    onSuccess: invalidate,
  });
}

/** The clear value is handed to the caller only; it never enters the query cache. */
export function useRevealVolunteerField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, field }: { id: number; field: "idNumber" | "phone" }) =>
      volunteersApi.reveal(id, field),
    onSuccess: (_result, { id }) => queryClient.invalidateQueries({ queryKey: volunteerKeys.history(id) }),
  });
}

export function useRecordServiceHours() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: CreateVolunteerServiceRecordBody }) =>
      recordServiceHours(id, body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

/** A correction moves cumulative hours, the star level and the balance: everything refreshes. */
export function useReverseServiceRecord() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, recordId, reason }: { id: number; recordId: number; reason: string }) =>
      reverseServiceRecord(id, recordId, { reason }),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useIssueCertificate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: IssueVolunteerCertificateBody }) =>
      issueCertificate(id, body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}
