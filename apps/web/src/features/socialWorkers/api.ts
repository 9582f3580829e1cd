import type {
  AuditEntry,
  CreateEducationHoursBody,
  CreateSocialWorkerBody,
  EducationHoursList,
  EmployerKind,
  EmployerOption,
  ImportMode,
  ImportResult,
  Page,
  RevealedField,
  SocialWorker,
  SocialWorkerDetail,
  SocialWorkerFilters,
  UpdateSocialWorkerBody,
} from "@xinqiao/shared";
import { api, apiJson, type QueryValue } from "../../api/client.ts";
import { downloadFile } from "../../api/download.ts";
import { type JobProgress, type JobStarted, resultOrJob } from "../../api/jobs.ts";

/** /api/social-workers; the server narrows every answer to the user's scope. */
const base = "/api/social-workers";
const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface SocialWorkerListParams extends SocialWorkerFilters {
  page: number;
  pageSize: number;
  sort?: string;
}

export const socialWorkerKeys = {
  all: ["socialWorkers"] as const,
  list: (params: SocialWorkerListParams) => ["socialWorkers", "list", params] as const,
  detail: (id: number) => ["socialWorkers", "detail", id] as const,
  history: (id: number) => ["socialWorkers", "history", id] as const,
  hours: (id: number) => ["socialWorkers", "hours", id] as const,
  employers: (kind: EmployerKind, q: string) => ["socialWorkers", "employers", kind, q] as const,
};

function queryOf(filters: object): Record<string, QueryValue> {
  return filters as Record<string, QueryValue>;
}

export function listSocialWorkers(params: SocialWorkerListParams): Promise<Page<SocialWorker>> {
  return api.get<Page<SocialWorker>>(base, queryOf(params));
}

export function getSocialWorker(id: number): Promise<SocialWorkerDetail> {
  return api.get<SocialWorkerDetail>(`${base}/${id}`);
}

export function getSocialWorkerHistory(id: number): Promise<AuditEntry[]> {
  return api.get<AuditEntry[]>(`${base}/${id}/history`);
}

export function createSocialWorker(body: CreateSocialWorkerBody): Promise<SocialWorkerDetail> {
  return api.post<SocialWorkerDetail>(base, body);
}

export function updateSocialWorker(id: number, body: UpdateSocialWorkerBody): Promise<SocialWorkerDetail> {
  return api.patch<SocialWorkerDetail>(`${base}/${id}`, body);
}

export function setSocialWorkerActive(id: number, isActive: boolean): Promise<SocialWorkerDetail> {
  return api.post<SocialWorkerDetail>(`${base}/${id}/${isActive ? "activate" : "deactivate"}`);
}

export function revealSocialWorkerField(id: number, field: RevealedField["field"]): Promise<RevealedField> {
  return api.post<RevealedField>(`${base}/${id}/reveal`, { field });
}

export function listEducationHours(id: number): Promise<EducationHoursList> {
  return api.get<EducationHoursList>(`${base}/${id}/education-hours`);
}

export function addEducationHours(id: number, body: CreateEducationHoursBody): Promise<EducationHoursList> {
  return api.post<EducationHoursList>(`${base}/${id}/education-hours`, body);
}

export function listEmployerOptions(kind: EmployerKind, q: string): Promise<EmployerOption[]> {
  return api.get<EmployerOption[]>(`${base}/employer-options`, { kind, q });
}

/** The server answers with a job that produces the ImportResult; its progress is reported. */
export async function importSocialWorkers(
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

export function downloadSocialWorkersTemplate(fallbackFileName: string): Promise<void> {
  return downloadFile(`${base}/template`, undefined, fallbackFileName);
}

export function exportSocialWorkers(
  filters: SocialWorkerFilters,
  isUnmasked: boolean,
  fallbackFileName: string,
): Promise<void> {
  return downloadFile(
    `${base}/export`,
    { ...queryOf(filters), unmasked: isUnmasked ? "true" : undefined },
    fallbackFileName,
  );
}
