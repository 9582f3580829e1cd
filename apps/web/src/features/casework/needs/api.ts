import type {
  Client,
  CreateNeedBody,
  Need,
  NeedDetail,
  NeedListQuery,
  Page,
  TriageNeedBody,
} from "@xinqiao/shared";
import { api } from "../../../api/client.ts";
import { asQuery, type FiltersOf } from "../../../api/registryApi.ts";

/** Endpoints of 需求; the server answers only the needs the user may see. */
export type NeedListParams = Partial<Omit<NeedListQuery, "page" | "pageSize">> & {
  page: number;
  pageSize: number;
};
export type NeedFilterParams = FiltersOf<NeedListParams>;

export const needKeys = {
  all: ["needs"] as const,
  list: (params: NeedListParams) => ["needs", "list", params] as const,
  detail: (id: number) => ["needs", "detail", id] as const,
  clients: (q: string) => ["needs", "clients", q] as const,
};

export const needsApi = {
  list: (params: NeedListParams) => api.get<Page<Need>>("/api/needs", asQuery(params)),
  get: (id: number) => api.get<NeedDetail>(`/api/needs/${id}`),
  create: (body: CreateNeedBody) => api.post<NeedDetail>("/api/needs", body),
  triage: (id: number, body: TriageNeedBody) => api.post<NeedDetail>(`/api/needs/${id}/triage`, body),
  /** Clients to take a need in for: the clients registry's search, in the user's scope. */
  clients: (q: string) => api.get<Page<Client>>("/api/clients", { q, pageSize: 20 }),
};
