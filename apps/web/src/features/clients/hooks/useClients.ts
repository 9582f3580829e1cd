import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type ClientListParams, clientKeys, clientsApi } from "../api.ts";

export function useClientList(params: ClientListParams) {
  return useQuery({
    queryKey: clientKeys.list(params),
    queryFn: () => clientsApi.list(params),
    placeholderData: keepPreviousData,
  });
}

/** A client's page: the page itself answers a failure (not found, out of scope, retry). */
export function useClient(id: number | null) {
  return useQuery({
    queryKey: clientKeys.detail(id ?? 0),
    queryFn: () => clientsApi.get(id ?? 0),
    enabled: id !== null,
    meta: { isErrorHandledLocally: true },
  });
}

export function useClientHistory(id: number | null) {
  return useQuery({
    queryKey: clientKeys.history(id ?? 0),
    queryFn: () => clientsApi.history(id ?? 0),
    enabled: id !== null,
  });
}
