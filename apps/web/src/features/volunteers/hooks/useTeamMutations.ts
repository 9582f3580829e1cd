import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateVolunteerTeamBody, UpdateVolunteerTeamBody } from "@xinqiao/shared";
import { addTeamMembers, removeTeamMember, teamKeys, teamsApi, volunteerKeys } from "../api.ts";

/** Team changes refresh teams and volunteers (whose rows show their teams). */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: teamKeys.all }),
      queryClient.invalidateQueries({ queryKey: volunteerKeys.all }),
    ]);
}

export function useCreateTeam() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateVolunteerTeamBody) => teamsApi.create(body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useUpdateTeam() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateVolunteerTeamBody }) => teamsApi.update(id, body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useSetTeamActive() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, isActive }: { id: number; isActive: boolean }) => teamsApi.setActive(id, isActive),
    onSuccess: invalidate,
  });
}

export function useAddTeamMembers() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, volunteerIds }: { id: number; volunteerIds: number[] }) =>
      addTeamMembers(id, { volunteerIds }),
    onSuccess: invalidate,
  });
}

export function useRemoveTeamMember() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, volunteerId }: { id: number; volunteerId: number }) =>
      removeTeamMember(id, volunteerId),
    onSuccess: invalidate,
  });
}
