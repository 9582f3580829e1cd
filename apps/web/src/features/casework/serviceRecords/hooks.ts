import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CreateServiceRecordBody,
  UpdateServiceRecordBody,
  VoidServiceRecordBody,
} from "@xinqiao/shared";
import {
  type ServiceRecordListParams,
  serviceRecordKeys,
  serviceRecordsApi,
  voidServiceRecord,
} from "./api.ts";

export function useServiceRecordList(params: ServiceRecordListParams, enabled = true) {
  return useQuery({
    queryKey: serviceRecordKeys.list(params),
    queryFn: () => serviceRecordsApi.list(params),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** A record's detail: reading it shows the notes, which the server logs. */
export function useServiceRecord(id: number | null) {
  return useQuery({
    queryKey: serviceRecordKeys.detail(id ?? 0),
    queryFn: () => serviceRecordsApi.get(id ?? 0),
    enabled: id !== null,
    meta: { isErrorHandledLocally: true },
  });
}

/**
 * Every change refreshes the records, the cases (their service counts) and the volunteers
 * (their ledger and cumulative hours); forms show their own errors.
 */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [serviceRecordKeys.all, ["cases"], ["volunteers"]].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export function useCreateServiceRecord() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateServiceRecordBody) => serviceRecordsApi.create(body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useUpdateServiceRecord() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateServiceRecordBody }) =>
      serviceRecordsApi.update(id, body),
    meta: { isErrorHandledLocally: true },
    onSuccess: invalidate,
  });
}

export function useVoidServiceRecord() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: VoidServiceRecordBody }) => voidServiceRecord(id, body),
    onSuccess: invalidate,
  });
}
