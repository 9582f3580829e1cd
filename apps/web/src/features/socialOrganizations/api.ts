import type {
  AuditEntry,
  CreateSocialOrganizationBody,
  ImportMode,
  ImportResult,
  Page,
  SocialOrganization,
  SocialOrganizationDetail,
  SocialOrganizationFilters,
  UpdateSocialOrganizationBody,
} from "@xinqiao/shared";
import { api, apiJson, type QueryValue } from "../../api/client.ts";
import { downloadFile } from "../../api/download.ts";
import { type JobProgress, type JobStarted, resultOrJob } from "../../api/jobs.ts";

/** /api/social-organizations; the server narrows every answer to the user's scope. */
const base = "/api/social-organizations";
const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface SocialOrganizationListParams extends SocialOrganizationFilters {
  page: number;
  pageSize: number;
  sort?: string;
}

export const socialOrganizationKeys = {
  all: ["socialOrganizations"] as const,
  list: (params: SocialOrganizationListParams) => ["socialOrganizations", "list", params] as const,
  detail: (id: number) => ["socialOrganizations", "detail", id] as const,
  history: (id: number) => ["socialOrganizations", "history", id] as const,
};

function queryOf(filters: object): Record<string, QueryValue> {
  return filters as Record<string, QueryValue>;
}

export function listSocialOrganizations(
  params: SocialOrganizationListParams,
): Promise<Page<SocialOrganization>> {
  return api.get<Page<SocialOrganization>>(base, queryOf(params));
}

export function getSocialOrganization(id: number): Promise<SocialOrganizationDetail> {
  return api.get<SocialOrganizationDetail>(`${base}/${id}`);
}

export function getSocialOrganizationHistory(id: number): Promise<AuditEntry[]> {
  return api.get<AuditEntry[]>(`${base}/${id}/history`);
}

export function createSocialOrganization(
  body: CreateSocialOrganizationBody,
): Promise<SocialOrganizationDetail> {
  return api.post<SocialOrganizationDetail>(base, body);
}

export function updateSocialOrganization(
  id: number,
  body: UpdateSocialOrganizationBody,
): Promise<SocialOrganizationDetail> {
  return api.patch<SocialOrganizationDetail>(`${base}/${id}`, body);
}

export function setSocialOrganizationActive(
  id: number,
  isActive: boolean,
): Promise<SocialOrganizationDetail> {
  return api.post<SocialOrganizationDetail>(`${base}/${id}/${isActive ? "activate" : "deactivate"}`);
}

/** The server answers with a job that produces the ImportResult; its progress is reported. */
export async function importSocialOrganizations(
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

export function downloadSocialOrganizationsTemplate(fallbackFileName: string): Promise<void> {
  return downloadFile(`${base}/template`, undefined, fallbackFileName);
}

export function exportSocialOrganizations(
  filters: SocialOrganizationFilters,
  fallbackFileName: string,
): Promise<void> {
  return downloadFile(`${base}/export`, queryOf(filters), fallbackFileName);
}
