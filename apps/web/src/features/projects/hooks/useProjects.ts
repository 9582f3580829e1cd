import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ProjectDetail } from "@xinqiao/shared";
import { showAnswer } from "../../../api/queryAnswer.ts";
import { fundingSummary, type ProjectListParams, projectKeys, projectsApi } from "../api.ts";

export function useProjectList(params: ProjectListParams) {
  return useQuery({
    queryKey: projectKeys.list(params),
    queryFn: () => projectsApi.list(params),
    placeholderData: keepPreviousData,
  });
}

export function useFundingSummary(regionCode: string | undefined) {
  return useQuery({
    queryKey: [...projectKeys.all, "funding-summary", regionCode ?? ""],
    queryFn: () => fundingSummary(regionCode),
    placeholderData: keepPreviousData,
  });
}

/** A project's page: the page itself answers a failure (not found, out of scope, retry). */
export function useProject(id: number | null) {
  return useQuery({
    queryKey: projectKeys.detail(id ?? 0),
    queryFn: () => projectsApi.get(id ?? 0),
    enabled: id !== null,
    meta: { isErrorHandledLocally: true },
  });
}

/** A change answering the project: the page shows the answer; lists and summaries refetch. */
export function useProjectChange<V>(change: (variables: V) => Promise<ProjectDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    meta: { isErrorHandledLocally: true },
    onSuccess: async (detail) => {
      await showAnswer(queryClient, projectKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: [...projectKeys.all, "list"] });
      void queryClient.invalidateQueries({ queryKey: [...projectKeys.all, "funding-summary"] });
    },
  });
}
