import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { VolunteerServiceEntryKind } from "@xinqiao/shared";
import {
  getCertificate,
  listCertificates,
  listServiceRecords,
  type VolunteerListParams,
  volunteerKeys,
  volunteersApi,
} from "../api.ts";

export function useVolunteerList(params: VolunteerListParams, isEnabled = true) {
  return useQuery({
    queryKey: volunteerKeys.list(params),
    queryFn: () => volunteersApi.list(params),
    placeholderData: keepPreviousData,
    enabled: isEnabled,
  });
}

export function useVolunteer(id: number) {
  return useQuery({
    queryKey: volunteerKeys.detail(id),
    queryFn: () => volunteersApi.get(id),
    meta: { isErrorHandledLocally: true },
    retry: false,
  });
}

export function useVolunteerHistory(id: number) {
  return useQuery({ queryKey: volunteerKeys.history(id), queryFn: () => volunteersApi.history(id) });
}

export function useServiceRecords(
  id: number,
  page: number,
  pageSize: number,
  entryKind?: VolunteerServiceEntryKind,
) {
  return useQuery({
    queryKey: [...volunteerKeys.records(id, page, entryKind), pageSize],
    queryFn: () => listServiceRecords(id, page, pageSize, entryKind),
    placeholderData: keepPreviousData,
  });
}

export function useCertificates(id: number) {
  return useQuery({ queryKey: volunteerKeys.certificates(id), queryFn: () => listCertificates(id) });
}

export function useCertificate(id: number, certificateId: number) {
  return useQuery({
    queryKey: volunteerKeys.certificate(id, certificateId),
    queryFn: () => getCertificate(id, certificateId),
    meta: { isErrorHandledLocally: true },
    retry: false,
  });
}
