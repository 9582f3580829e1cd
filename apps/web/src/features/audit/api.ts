import type { AuditEntry, Page } from "@xinqiao/shared";
import { api } from "../../api/client.ts";

export interface AuditListParams {
  page: number;
  pageSize: number;
  userId?: number;
  action?: string;
  entity?: string;
  /** ISO datetimes with offset. */
  from?: string;
  to?: string;
}

export const auditKeys = {
  list: (params: AuditListParams) => ["audit", "list", params] as const,
};

export function listAuditEntries(params: AuditListParams): Promise<Page<AuditEntry>> {
  return api.get<Page<AuditEntry>>("/api/audit", { ...params });
}
