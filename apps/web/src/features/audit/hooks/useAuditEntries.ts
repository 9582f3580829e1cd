import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type AuditListParams, auditKeys, listAuditEntries } from "../api.ts";

export function useAuditEntries(params: AuditListParams) {
  return useQuery({
    queryKey: auditKeys.list(params),
    queryFn: () => listAuditEntries(params),
    placeholderData: keepPreviousData,
  });
}
