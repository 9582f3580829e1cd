import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { UpdateResidentsBody } from "@xinqiao/shared";
import { regionKeys, updateResidents } from "../api.ts";

/** Residents feed every total above the community, so all cached regions are refreshed. */
export function useUpdateResidents() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: UpdateResidentsBody }) => updateResidents(code, body),
    meta: { isErrorHandledLocally: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: regionKeys.all }),
  });
}
