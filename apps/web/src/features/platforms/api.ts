import type {
  AuditEntry,
  CreatePlatformBody,
  ImportMode,
  ImportResult,
  Page,
  Platform,
  PlatformDetail,
  PlatformFilters,
  SocialOrganization,
  StationCoverage,
  UpdatePlatformBody,
} from "@xinqiao/shared";
import { api, apiJson, type QueryValue } from "../../api/client.ts";
import { downloadFile } from "../../api/download.ts";
import { type JobProgress, type JobStarted, resultOrJob } from "../../api/jobs.ts";

/** /api/platforms; the server narrows every answer to the user's scope. */
const base = "/api/platforms";
const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface PlatformListParams extends PlatformFilters {
  page: number;
  pageSize: number;
  sort?: string;
}

export const platformKeys = {
  all: ["platforms"] as const,
  list: (params: PlatformListParams) => ["platforms", "list", params] as const,
  detail: (id: number) => ["platforms", "detail", id] as const,
  history: (id: number) => ["platforms", "history", id] as const,
  coverage: ["platforms", "coverage"] as const,
  operators: (q: string) => ["platforms", "operators", q] as const,
};

function queryOf(filters: object): Record<string, QueryValue> {
  return filters as Record<string, QueryValue>;
}

export function listPlatforms(params: PlatformListParams): Promise<Page<Platform>> {
  return api.get<Page<Platform>>(base, queryOf(params));
}

export function getPlatform(id: number): Promise<PlatformDetail> {
  return api.get<PlatformDetail>(`${base}/${id}`);
}

export function getPlatformHistory(id: number): Promise<AuditEntry[]> {
  return api.get<AuditEntry[]>(`${base}/${id}/history`);
}

export function getStationCoverage(): Promise<StationCoverage> {
  return api.get<StationCoverage>(`${base}/coverage`);
}

export function createPlatform(body: CreatePlatformBody): Promise<PlatformDetail> {
  return api.post<PlatformDetail>(base, body);
}

export function updatePlatform(id: number, body: UpdatePlatformBody): Promise<PlatformDetail> {
  return api.patch<PlatformDetail>(`${base}/${id}`, body);
}

export function setPlatformActive(id: number, isActive: boolean): Promise<PlatformDetail> {
  return api.post<PlatformDetail>(`${base}/${id}/${isActive ? "activate" : "deactivate"}`);
}

/** Operating organizations to choose from: active social organizations of the user's scope. */
export function searchOperators(q: string): Promise<Page<SocialOrganization>> {
  return api.get<Page<SocialOrganization>>("/api/social-organizations", {
    q: q || undefined,
    isActive: "true",
    pageSize: 20,
    sort: "name",
  });
}

/** The server answers with a job that produces the ImportResult; its progress is reported. */
export async function importPlatforms(
  file: File,
  mode: ImportMode,
  onProgress?: (progress: JobProgress) => void,
): Promise<ImportResult> {
  const answer = await apiJson<ImportResult | JobStarted<ImportResult>>(`${base}/import`, {
    method: "POST",
    query: { mode },
    body: file,
    contentType: xlsxContentType,
  });
  return resultOrJob(answer, onProgress);
}

export function downloadPlatformsTemplate(fallbackFileName: string): Promise<void> {
  return downloadFile(`${base}/template`, undefined, fallbackFileName);
}

export function exportPlatforms(filters: PlatformFilters, fallbackFileName: string): Promise<void> {
  return downloadFile(`${base}/export`, queryOf(filters), fallbackFileName);
}
