import type {
  CaseDetail,
  CaseEvent,
  CaseListQuery,
  CaseloadRow,
  CaseSummary,
  CaseTransitionBody,
  CaseWorker,
  OpenCaseBody,
  Page,
} from "@xinqiao/shared";
import { api } from "../../../api/client.ts";
import { downloadFile } from "../../../api/download.ts";
import { asQuery, type FiltersOf } from "../../../api/registryApi.ts";

/** Endpoints of 个案; the server answers only what caseVisibility lets the user see. */
export type CaseListParams = Partial<Omit<CaseListQuery, "page" | "pageSize">> & {
  page: number;
  pageSize: number;
};
export type CaseFilterParams = FiltersOf<CaseListParams>;

export const caseKeys = {
  all: ["cases"] as const,
  list: (params: CaseListParams) => ["cases", "list", params] as const,
  detail: (id: number) => ["cases", "detail", id] as const,
  timeline: (id: number, page: number) => ["cases", "timeline", id, page] as const,
  workers: (regionCode: string) => ["cases", "workers", regionCode] as const,
  caseload: (regionCode: string | undefined) => ["cases", "caseload", regionCode ?? ""] as const,
};

export const casesApi = {
  list: (params: CaseListParams) => api.get<Page<CaseSummary>>("/api/cases", asQuery(params)),
  get: (id: number) => api.get<CaseDetail>(`/api/cases/${id}`),
  open: (body: OpenCaseBody) => api.post<CaseDetail>("/api/cases", body),
  transition: (id: number, body: CaseTransitionBody) =>
    api.post<CaseDetail>(`/api/cases/${id}/transitions`, body),
  timeline: (id: number, page: number) =>
    api.get<Page<CaseEvent>>(`/api/cases/${id}/timeline`, { page, pageSize: 20 }),
  workers: (regionCode: string) => api.get<CaseWorker[]>("/api/cases/workers", { regionCode }),
  caseload: (regionCode: string | undefined) => api.get<CaseloadRow[]>("/api/cases/caseload", { regionCode }),
  exportList: (filters: CaseFilterParams, fileName: string) =>
    downloadFile("/api/cases/export", asQuery(filters), fileName),
};
