import type {
  AddVolunteerTeamMembersBody,
  AuditEntry,
  CreateVolunteerBody,
  CreateVolunteerServiceRecordBody,
  CreateVolunteerTeamBody,
  ImportMode,
  ImportResult,
  IssueVolunteerCertificateBody,
  Page,
  UpdateVolunteerBody,
  UpdateVolunteerTeamBody,
  Volunteer,
  VolunteerCertificate,
  VolunteerCertificateSummary,
  VolunteerDetail,
  VolunteerListQuery,
  VolunteerRevealResult,
  VolunteerServiceEntryKind,
  VolunteerServiceRecord,
  VolunteerTeam,
  VolunteerTeamDetail,
  VolunteerTeamListQuery,
  VolunteerTeamMemberResult,
} from "@xinqiao/shared";
import { api, apiJson, type QueryValue } from "../../api/client.ts";
import { downloadFile } from "../../api/download.ts";
import { type JobProgress, type JobStarted, resultOrJob } from "../../api/jobs.ts";

/** Endpoints of the volunteers registry; the server narrows every answer to the user's scope. */
export const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type VolunteerListParams = Partial<Omit<VolunteerListQuery, "page" | "pageSize">> & {
  page: number;
  pageSize: number;
};
export type VolunteerFilterParams = Omit<VolunteerListParams, "page" | "pageSize" | "sort">;
export type TeamListParams = Partial<Omit<VolunteerTeamListQuery, "page" | "pageSize">> & {
  page: number;
  pageSize: number;
};

export const volunteerKeys = {
  all: ["volunteers"] as const,
  list: (params: VolunteerListParams) => ["volunteers", "list", params] as const,
  detail: (id: number) => ["volunteers", "detail", id] as const,
  history: (id: number) => ["volunteers", "history", id] as const,
  records: (id: number, page: number, entryKind?: VolunteerServiceEntryKind) =>
    ["volunteers", "records", id, page, entryKind ?? "all"] as const,
  certificates: (id: number) => ["volunteers", "certificates", id] as const,
  certificate: (id: number, certificateId: number) =>
    ["volunteers", "certificate", id, certificateId] as const,
};

export const teamKeys = {
  all: ["volunteer-teams"] as const,
  list: (params: TeamListParams) => ["volunteer-teams", "list", params] as const,
  detail: (id: number) => ["volunteer-teams", "detail", id] as const,
  history: (id: number) => ["volunteer-teams", "history", id] as const,
  options: (q: string) => ["volunteer-teams", "options", q] as const,
  organizations: (q: string) => ["social-organizations", "options", q] as const,
};

const asQuery = (params: object) => params as Record<string, QueryValue>;

export function listVolunteers(params: VolunteerListParams): Promise<Page<Volunteer>> {
  return api.get<Page<Volunteer>>("/api/volunteers", asQuery(params));
}

export function getVolunteer(id: number): Promise<VolunteerDetail> {
  return api.get<VolunteerDetail>(`/api/volunteers/${id}`);
}

export function volunteerHistory(id: number): Promise<AuditEntry[]> {
  return api.get<AuditEntry[]>(`/api/volunteers/${id}/history`);
}

export function createVolunteer(body: CreateVolunteerBody): Promise<VolunteerDetail> {
  return api.post<VolunteerDetail>("/api/volunteers", body);
}

export function updateVolunteer(id: number, body: UpdateVolunteerBody): Promise<VolunteerDetail> {
  return api.patch<VolunteerDetail>(`/api/volunteers/${id}`, body);
}

export function setVolunteerActive(id: number, isActive: boolean): Promise<VolunteerDetail> {
  return api.post<VolunteerDetail>(`/api/volunteers/${id}/${isActive ? "activate" : "deactivate"}`);
}

export function revealVolunteerField(
  id: number,
  field: "idNumber" | "phone",
): Promise<VolunteerRevealResult> {
  return api.post<VolunteerRevealResult>(`/api/volunteers/${id}/reveal`, { field });
}

export function listServiceRecords(
  id: number,
  page: number,
  pageSize: number,
  entryKind?: VolunteerServiceEntryKind,
): Promise<Page<VolunteerServiceRecord>> {
  return api.get<Page<VolunteerServiceRecord>>(`/api/volunteers/${id}/service-records`, {
    page,
    pageSize,
    entryKind,
  });
}

export function recordServiceHours(
  id: number,
  body: CreateVolunteerServiceRecordBody,
): Promise<VolunteerServiceRecord> {
  return api.post<VolunteerServiceRecord>(`/api/volunteers/${id}/service-records`, body);
}

export function listCertificates(id: number): Promise<VolunteerCertificateSummary[]> {
  return api.get<VolunteerCertificateSummary[]>(`/api/volunteers/${id}/certificates`);
}

export function issueCertificate(
  id: number,
  body: IssueVolunteerCertificateBody,
): Promise<VolunteerCertificate> {
  return api.post<VolunteerCertificate>(`/api/volunteers/${id}/certificates`, body);
}

export function getCertificate(id: number, certificateId: number): Promise<VolunteerCertificate> {
  return api.get<VolunteerCertificate>(`/api/volunteers/${id}/certificates/${certificateId}`);
}

export async function importVolunteers(
  file: File,
  mode: ImportMode,
  onProgress?: (progress: JobProgress) => void,
): Promise<ImportResult> {
  const answer = await apiJson<ImportResult | JobStarted<ImportResult>>("/api/volunteers/import", {
    method: "POST",
    query: { mode },
    body: file,
    contentType: xlsxContentType,
  });
  return resultOrJob(answer, onProgress);
}

export function downloadVolunteersTemplate(fallbackFileName: string): Promise<void> {
  return downloadFile("/api/volunteers/template", undefined, fallbackFileName);
}

export function exportVolunteers(
  filters: VolunteerFilterParams,
  isUnmasked: boolean,
  fallbackFileName: string,
): Promise<void> {
  return downloadFile(
    "/api/volunteers/export",
    asQuery({ ...filters, unmasked: isUnmasked ? "true" : undefined }),
    fallbackFileName,
  );
}

/* ——— Teams ——— */

export function listTeams(params: TeamListParams): Promise<Page<VolunteerTeam>> {
  return api.get<Page<VolunteerTeam>>("/api/volunteer-teams", asQuery(params));
}

export function getTeam(id: number): Promise<VolunteerTeamDetail> {
  return api.get<VolunteerTeamDetail>(`/api/volunteer-teams/${id}`);
}

export function teamHistory(id: number): Promise<AuditEntry[]> {
  return api.get<AuditEntry[]>(`/api/volunteer-teams/${id}/history`);
}

export function createTeam(body: CreateVolunteerTeamBody): Promise<VolunteerTeamDetail> {
  return api.post<VolunteerTeamDetail>("/api/volunteer-teams", body);
}

export function updateTeam(id: number, body: UpdateVolunteerTeamBody): Promise<VolunteerTeamDetail> {
  return api.patch<VolunteerTeamDetail>(`/api/volunteer-teams/${id}`, body);
}

export function setTeamActive(id: number, isActive: boolean): Promise<VolunteerTeamDetail> {
  return api.post<VolunteerTeamDetail>(`/api/volunteer-teams/${id}/${isActive ? "activate" : "deactivate"}`);
}

export function addTeamMembers(
  id: number,
  body: AddVolunteerTeamMembersBody,
): Promise<VolunteerTeamMemberResult> {
  return api.post<VolunteerTeamMemberResult>(`/api/volunteer-teams/${id}/members`, body);
}

export function removeTeamMember(id: number, volunteerId: number): Promise<void> {
  return api.delete<void>(`/api/volunteer-teams/${id}/members/${volunteerId}`);
}

export async function importTeams(
  file: File,
  mode: ImportMode,
  onProgress?: (progress: JobProgress) => void,
): Promise<ImportResult> {
  const answer = await apiJson<ImportResult | JobStarted<ImportResult>>("/api/volunteer-teams/import", {
    method: "POST",
    query: { mode },
    body: file,
    contentType: xlsxContentType,
  });
  return resultOrJob(answer, onProgress);
}

export function downloadTeamsTemplate(fallbackFileName: string): Promise<void> {
  return downloadFile("/api/volunteer-teams/template", undefined, fallbackFileName);
}

export function exportTeams(
  filters: Omit<TeamListParams, "page" | "pageSize" | "sort">,
  fallbackFileName: string,
) {
  return downloadFile("/api/volunteer-teams/export", asQuery(filters), fallbackFileName);
}

/** Social organizations for the team form's organizer picker (the organizations registry's list). */
export async function searchSocialOrganizations(q: string): Promise<{ id: number; name: string }[]> {
  const page = await api.get<Page<{ id: number; name: string }>>("/api/social-organizations", {
    q: q || undefined,
    pageSize: 20,
    isActive: "true",
  });
  return page.items.map((item) => ({ id: item.id, name: item.name }));
}
