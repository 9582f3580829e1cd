import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateSocialOrganizationBody, UpdateSocialOrganizationBody } from "@xinqiao/shared";
import { socialOrganizationKeys, socialOrganizationsApi } from "../api.ts";

/** Every change refreshes the lists, the record and its history; forms show their own errors. */
function useInvalidateSocialOrganizations() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: socialOrganizationKeys.all });
}

export function useCreateSocialOrganization() {
  const invalidate = useInvalidateSocialOrganizations();
  return useMutation({
    mutationFn: (body: CreateSocialOrganizationBody) => socialOrganizationsApi.create(body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useUpdateSocialOrganization() {
  const invalidate = useInvalidateSocialOrganizations();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateSocialOrganizationBody }) =>
      socialOrganizationsApi.update(id, body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useSetSocialOrganizationActive() {
  const invalidate = useInvalidateSocialOrganizations();
  return useMutation({
    mutationFn: ({ id, isActive }: { id: number; isActive: boolean }) =>
      socialOrganizationsApi.setActive(id, isActive),
    onSuccess: invalidate,
  });
}
