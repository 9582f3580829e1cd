import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CourseDetail } from "@xinqiao/shared";
import { showAnswer } from "../../../api/queryAnswer.ts";
import { type CourseListParams, complianceApi, courseKeys, coursesApi } from "../api.ts";

export function useCourseList(params: CourseListParams) {
  return useQuery({
    queryKey: courseKeys.list(params),
    queryFn: () => coursesApi.list(params),
    placeholderData: keepPreviousData,
  });
}

/** A course's page: the page itself answers a failure (not found, out of scope, retry). */
export function useCourse(id: number | null) {
  return useQuery({
    queryKey: courseKeys.detail(id ?? 0),
    queryFn: () => coursesApi.get(id ?? 0),
    enabled: id !== null,
    meta: { isErrorHandledLocally: true },
  });
}

/** A change answering the course: the page shows the answer, the lists refetch. */
export function useCourseChange<V>(change: (variables: V) => Promise<CourseDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async (detail) => {
      await showAnswer(queryClient, courseKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: [...courseKeys.all, "list"] });
      void queryClient.invalidateQueries({ queryKey: ["training", "compliance"] });
    },
  });
}

export function useCompliance(regionCode: string | undefined) {
  return useQuery({
    queryKey: ["training", "compliance", regionCode ?? ""],
    queryFn: () => complianceApi.get(regionCode),
    placeholderData: keepPreviousData,
  });
}
