import type {
  AddVolunteerTeamMembersBody,
  CreateVolunteerBody,
  CreateVolunteerServiceRecordBody,
  CreateVolunteerTeamBody,
  IssueVolunteerCertificateBody,
  Page,
  ReverseLedgerEntryBody,
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
import { api } from "../../api/client.ts";
import { type FiltersOf, registryApi, registryKeys } from "../../api/registryApi.ts";

/** Endpoints of the volunteers registry; the server narrows every answer to the user's scope. */
export type VolunteerListParams = Partial<Omit<VolunteerListQuery, "page" | "pageSize">> & {
  page: number;
  pageSize: number;
};
export type VolunteerFilterParams = FiltersOf<VolunteerListParams>;
export type TeamListParams = Partial<Omit<VolunteerTeamListQuery, "page" | "pageSize">> & {
  page: number;
  pageSize: number;
};

export const volunteerKeys = {
  ...registryKeys<VolunteerListParams>("volunteers"),
  records: (id: number, page: number, entryKind?: VolunteerServiceEntryKind) =>
    ["volunteers", "records", id, page, entryKind ?? "all"] as const,
  certificates: (id: number) => ["volunteers", "certificates", id] as const,
  certificate: (id: number, certificateId: number) =>
    ["volunteers", "certificate", id, certificateId] as const,
};

export const teamKeys = {
  ...registryKeys<TeamListParams>("volunteer-teams"),
  options: (q: string) => ["volunteer-teams", "options", q] as const,
};

export const volunteersApi = registryApi<{
  listParams: VolunteerListParams;
  row: Volunteer;
  detail: VolunteerDetail;
  create: CreateVolunteerBody;
  update: UpdateVolunteerBody;
  revealed: VolunteerRevealResult;
}>("/api/volunteers");

export const teamsApi = registryApi<{
  listParams: TeamListParams;
  row: VolunteerTeam;
  detail: VolunteerTeamDetail;
  create: CreateVolunteerTeamBody;
  update: UpdateVolunteerTeamBody;
}>("/api/volunteer-teams");

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

/** Corrects a ledger entry: the server adds its reversal (opposite hours, with the reason). */
export function reverseServiceRecord(
  id: number,
  recordId: number,
  body: ReverseLedgerEntryBody,
): Promise<VolunteerServiceRecord> {
  return api.post<VolunteerServiceRecord>(`/api/volunteers/${id}/service-records/${recordId}/reversal`, body);
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

/* ——— Teams ——— */

export function addTeamMembers(
  id: number,
  body: AddVolunteerTeamMembersBody,
): Promise<VolunteerTeamMemberResult> {
  return api.post<VolunteerTeamMemberResult>(`/api/volunteer-teams/${id}/members`, body);
}

export function removeTeamMember(id: number, volunteerId: number): Promise<void> {
  return api.delete<void>(`/api/volunteer-teams/${id}/members/${volunteerId}`);
}
