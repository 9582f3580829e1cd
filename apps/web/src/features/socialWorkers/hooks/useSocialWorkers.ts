import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { EmployerKind } from "@xinqiao/shared";
import {
  listEducationHours,
  listEmployerOptions,
  type SocialWorkerListParams,
  socialWorkerKeys,
  socialWorkersApi,
} from "../api.ts";

export function useSocialWorkers(params: SocialWorkerListParams) {
  return useQuery({
    queryKey: socialWorkerKeys.list(params),
    queryFn: () => socialWorkersApi.list(params),
    placeholderData: keepPreviousData,
  });
}

/** A worker's page: the page itself answers a failure (not found, out of scope, retry). */
export function useSocialWorker(id: number | null) {
  return useQuery({
    queryKey: socialWorkerKeys.detail(id ?? 0),
    queryFn: () => socialWorkersApi.get(id ?? 0),
    enabled: id !== null,
    meta: { isErrorHandledLocally: true },
  });
}

export function useSocialWorkerHistory(id: number | null) {
  return useQuery({
    queryKey: socialWorkerKeys.history(id ?? 0),
    queryFn: () => socialWorkersApi.history(id ?? 0),
    enabled: id !== null,
  });
}

export function useEducationHours(id: number | null) {
  return useQuery({
    queryKey: socialWorkerKeys.hours(id ?? 0),
    queryFn: () => listEducationHours(id ?? 0),
    enabled: id !== null,
  });
}

export function useEmployerOptions(kind: EmployerKind | undefined, q: string, isEnabled: boolean) {
  return useQuery({
    queryKey: socialWorkerKeys.employers(kind ?? "platform", q),
    queryFn: () => listEmployerOptions(kind ?? "platform", q),
    enabled: isEnabled && kind !== undefined,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
