import type {
  CreatePeriodicReportBody,
  Page,
  PeriodicReport,
  PeriodicReportDetail,
  PeriodicReportListQuery,
  ReportTransitionName,
  UpdatePeriodicReportBody,
} from "@xinqiao/shared";
import { api } from "../../api/client.ts";
import { downloadFile } from "../../api/download.ts";
import { asQuery, type FiltersOf, registryKeys } from "../../api/registryApi.ts";

/** Endpoints of the periodic reports; the server narrows every answer to the user's scope. */
export type ReportListParams = Partial<Omit<PeriodicReportListQuery, "page" | "pageSize">> & {
  page: number;
  pageSize: number;
};
export type ReportFilterParams = FiltersOf<ReportListParams>;

export const reportKeys = registryKeys<ReportListParams>("reports");

const base = "/api/reports";

export const reportsApi = {
  list: (params: ReportListParams) => api.get<Page<PeriodicReport>>(base, asQuery(params)),
  get: (id: number) => api.get<PeriodicReportDetail>(`${base}/${id}`),
  create: (body: CreatePeriodicReportBody) => api.post<PeriodicReportDetail>(base, body),
  update: (id: number, body: UpdatePeriodicReportBody) =>
    api.put<PeriodicReportDetail>(`${base}/${id}`, body),
  step: (id: number, name: ReportTransitionName, reason?: string) =>
    api.post<PeriodicReportDetail>(`${base}/${id}/${name}`, name === "return" ? { reason } : undefined),
  exportFile: (id: number, fallbackFileName: string) =>
    downloadFile(`${base}/${id}/export`, undefined, fallbackFileName),
  /** The districts a city officer may report for (the children of the user's region). */
  districts: (parent: string) =>
    api.get<Page<{ code: string; name: string; level: string }>>("/api/regions", { parent, pageSize: 200 }),
};
