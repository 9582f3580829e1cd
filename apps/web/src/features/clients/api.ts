import type {
  Client,
  ClientConsent,
  ClientDetail,
  ClientDuplicatePair,
  ClientListQuery,
  ClientMergeResult,
  ClientRevealResult,
  CreateClientBody,
  Page,
  RecordClientConsentBody,
  UpdateClientBody,
  WithdrawClientConsentBody,
} from "@xinqiao/shared";
import { api } from "../../api/client.ts";
import { type FiltersOf, registryApi, registryKeys } from "../../api/registryApi.ts";

/** Endpoints of the clients registry (服务对象); the server narrows every answer to the user's scope. */
export type ClientListParams = Partial<Omit<ClientListQuery, "page" | "pageSize">> & {
  page: number;
  pageSize: number;
};
export type ClientFilterParams = FiltersOf<ClientListParams>;

export const clientKeys = registryKeys<ClientListParams>("clients");

export const clientsApi = registryApi<{
  listParams: ClientListParams;
  row: Client;
  detail: ClientDetail;
  create: CreateClientBody;
  update: UpdateClientBody;
  revealed: ClientRevealResult;
}>("/api/clients");

export function recordConsent(id: number, body: RecordClientConsentBody): Promise<ClientConsent> {
  return api.post<ClientConsent>(`/api/clients/${id}/consents`, body);
}

export function withdrawConsent(
  id: number,
  consentId: number,
  body: WithdrawClientConsentBody = {},
): Promise<ClientConsent> {
  return api.post<ClientConsent>(`/api/clients/${id}/consents/${consentId}/withdraw`, body);
}

/* ——— The duplicates queue (疑似重复) ——— */

export const clientDuplicateKeys = {
  all: ["client-duplicates"] as const,
  list: (page: number, pageSize: number) => ["client-duplicates", "list", page, pageSize] as const,
};

export function listClientDuplicates(page: number, pageSize: number): Promise<Page<ClientDuplicatePair>> {
  return api.get<Page<ClientDuplicatePair>>("/api/client-duplicates", { page, pageSize });
}

export function dismissClientDuplicate(id: number): Promise<unknown> {
  return api.post(`/api/client-duplicates/${id}/dismiss`);
}

export function mergeClientDuplicate(id: number, keepId: number): Promise<ClientMergeResult> {
  return api.post<ClientMergeResult>(`/api/client-duplicates/${id}/merge`, { keepId });
}
