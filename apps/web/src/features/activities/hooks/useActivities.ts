import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ActivityDetail } from "@xinqiao/shared";
import { showAnswer } from "../../../api/queryAnswer.ts";
import { type ActivityListParams, activitiesApi, activityKeys, searchOptions } from "../api.ts";

export function useActivityList(params: ActivityListParams) {
  return useQuery({
    queryKey: activityKeys.list(params),
    queryFn: () => activitiesApi.list(params),
    placeholderData: keepPreviousData,
  });
}

/** An activity's page: the page itself answers a failure (not found, out of scope, retry). */
export function useActivity(id: number | null) {
  return useQuery({
    queryKey: activityKeys.detail(id ?? 0),
    queryFn: () => activitiesApi.get(id ?? 0),
    enabled: id !== null,
    meta: { isErrorHandledLocally: true },
  });
}

/** A change answering the activity: the page shows the answer, the lists refetch. */
export function useActivityChange<V>(
  change: (variables: V) => Promise<ActivityDetail>,
  /** The caller shows the failure itself (a form places field errors); otherwise it is notified. */
  options: { isErrorHandledLocally?: boolean } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    meta: { isErrorHandledLocally: options.isErrorHandledLocally ?? false },
    onSuccess: async (detail) => {
      await showAnswer(queryClient, activityKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: [...activityKeys.all, "list"] });
    },
  });
}

/** Search options of another registry (platforms, organizations, clients, volunteers, teams). */
export function useOptions(path: string, q: string, isEnabled: boolean) {
  return useQuery({
    queryKey: ["activities", "options", path, q],
    queryFn: () => searchOptions(path, q),
    enabled: isEnabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
