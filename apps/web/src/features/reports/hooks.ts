import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PeriodicReportDetail } from "@xinqiao/shared";
import { showAnswer } from "../../api/queryAnswer.ts";
import { type ReportListParams, reportKeys, reportsApi } from "./api.ts";

export function useReportList(params: ReportListParams) {
  return useQuery({
    queryKey: reportKeys.list(params),
    queryFn: () => reportsApi.list(params),
    placeholderData: keepPreviousData,
  });
}

/** A report's page: the page itself answers a failure (not found, out of scope, retry). */
export function useReport(id: number | null) {
  return useQuery({
    queryKey: reportKeys.detail(id ?? 0),
    queryFn: () => reportsApi.get(id ?? 0),
    enabled: id !== null,
    meta: { isErrorHandledLocally: true },
  });
}

/** A change answering the report: the page shows the answer, the lists refetch. */
export function useReportChange<V>(
  change: (variables: V) => Promise<PeriodicReportDetail>,
  options: { isErrorHandledLocally?: boolean } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    meta: { isErrorHandledLocally: options.isErrorHandledLocally ?? false },
    onSuccess: async (detail) => {
      await showAnswer(queryClient, reportKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: [...reportKeys.all, "list"] });
    },
  });
}

export function useDistricts(parent: string, isEnabled: boolean) {
  return useQuery({
    queryKey: ["reports", "districts", parent],
    queryFn: () => reportsApi.districts(parent),
    enabled: isEnabled,
    staleTime: 10 * 60_000,
  });
}
