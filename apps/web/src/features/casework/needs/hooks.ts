import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateNeedBody, TriageNeedBody } from "@xinqiao/shared";
import { caseKeys } from "../cases/api.ts";
import { type NeedListParams, needKeys, needsApi } from "./api.ts";

export function useNeedList(params: NeedListParams) {
  return useQuery({
    queryKey: needKeys.list(params),
    queryFn: () => needsApi.list(params),
    placeholderData: keepPreviousData,
  });
}

export function useNeed(id: number | null) {
  return useQuery({
    queryKey: needKeys.detail(id ?? 0),
    queryFn: () => needsApi.get(id ?? 0),
    enabled: id !== null,
    meta: { isErrorHandledLocally: true },
  });
}

export function useNeedClients(q: string, enabled: boolean) {
  return useQuery({ queryKey: needKeys.clients(q), queryFn: () => needsApi.clients(q), enabled });
}

export function useCreateNeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateNeedBody) => needsApi.create(body),
    meta: { isErrorHandledLocally: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: needKeys.all }),
  });
}

/** A triage into a case adds a case: both lists refresh. */
export function useTriageNeed(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TriageNeedBody) => needsApi.triage(id, body),
    meta: { isErrorHandledLocally: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: needKeys.all });
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}
