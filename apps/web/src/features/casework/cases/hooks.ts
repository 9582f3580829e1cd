import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CaseTransitionBody } from "@xinqiao/shared";
import { type CaseListParams, caseKeys, casesApi } from "./api.ts";

export function useCaseList(params: CaseListParams) {
  return useQuery({
    queryKey: caseKeys.list(params),
    queryFn: () => casesApi.list(params),
    placeholderData: keepPreviousData,
  });
}

/** A case's page: the page itself answers a failure (not found, out of scope, retry). */
export function useCase(id: number | null) {
  return useQuery({
    queryKey: caseKeys.detail(id ?? 0),
    queryFn: () => casesApi.get(id ?? 0),
    enabled: id !== null,
    meta: { isErrorHandledLocally: true },
  });
}

export function useCaseTimeline(id: number, page: number) {
  return useQuery({
    queryKey: caseKeys.timeline(id, page),
    queryFn: () => casesApi.timeline(id, page),
    placeholderData: keepPreviousData,
  });
}

export function useCaseWorkers(regionCode: string | null) {
  return useQuery({
    queryKey: caseKeys.workers(regionCode ?? ""),
    queryFn: () => casesApi.workers(regionCode ?? ""),
    enabled: regionCode !== null,
  });
}

/** A transition refreshes every case query (the list's stage, the detail, the timeline). */
export function useCaseTransition(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseTransitionBody) => casesApi.transition(id, body),
    meta: { isErrorHandledLocally: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}
