import type {
  CreateEducationHoursBody,
  CreateSocialWorkerBody,
  EducationHoursList,
  EmployerKind,
  EmployerOption,
  RevealedField,
  ReverseLedgerEntryBody,
  SocialWorker,
  SocialWorkerDetail,
  SocialWorkerFilters,
  UpdateSocialWorkerBody,
} from "@xinqiao/shared";
import { api } from "../../api/client.ts";
import { registryApi, registryKeys } from "../../api/registryApi.ts";

/** /api/social-workers; the server narrows every answer to the user's scope. */
const base = "/api/social-workers";

export interface SocialWorkerListParams extends SocialWorkerFilters {
  page: number;
  pageSize: number;
  sort?: string;
}

export const socialWorkerKeys = {
  ...registryKeys<SocialWorkerListParams>("socialWorkers"),
  hours: (id: number) => ["socialWorkers", "hours", id] as const,
  employers: (kind: EmployerKind, q: string) => ["socialWorkers", "employers", kind, q] as const,
};

export const socialWorkersApi = registryApi<{
  listParams: SocialWorkerListParams;
  row: SocialWorker;
  detail: SocialWorkerDetail;
  create: CreateSocialWorkerBody;
  update: UpdateSocialWorkerBody;
  revealed: RevealedField;
}>(base);

export function listEducationHours(id: number): Promise<EducationHoursList> {
  return api.get<EducationHoursList>(`${base}/${id}/education-hours`);
}

export function addEducationHours(id: number, body: CreateEducationHoursBody): Promise<EducationHoursList> {
  return api.post<EducationHoursList>(`${base}/${id}/education-hours`, body);
}

export function reverseEducationHours(
  id: number,
  entryId: number,
  body: ReverseLedgerEntryBody,
): Promise<EducationHoursList> {
  return api.post<EducationHoursList>(`${base}/${id}/education-hours/${entryId}/reversal`, body);
}

export function listEmployerOptions(kind: EmployerKind, q: string): Promise<EmployerOption[]> {
  return api.get<EmployerOption[]>(`${base}/employer-options`, { kind, q });
}
