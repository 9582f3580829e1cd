import type {
  CaseworkSettings,
  CaseworkSettingsAnswer,
  CompleteFollowUpBody,
  Desk,
  FollowUp,
  FollowUpDetail,
  FollowUpListQuery,
  Page,
} from "@xinqiao/shared";
import { api } from "../../../api/client.ts";

/** The desk, follow-ups and casework settings; the server narrows each to what the user may see. */
export type FollowUpListParams = Partial<Omit<FollowUpListQuery, "page" | "pageSize">> & {
  page: number;
  pageSize: number;
};

export const deskKeys = {
  desk: ["desk"] as const,
  followUps: ["followUps"] as const,
  followUpList: (params: FollowUpListParams) => ["followUps", "list", params] as const,
  followUp: (id: number) => ["followUps", "detail", id] as const,
  settings: ["caseworkSettings"] as const,
};

export const deskApi = {
  desk: () => api.get<Desk>("/api/desk"),
  followUps: (params: FollowUpListParams) => api.get<Page<FollowUp>>("/api/follow-ups", params),
  followUp: (id: number) => api.get<FollowUpDetail>(`/api/follow-ups/${id}`),
  completeFollowUp: (id: number, body: CompleteFollowUpBody) =>
    api.post<FollowUpDetail>(`/api/follow-ups/${id}/complete`, body),
  settings: () => api.get<CaseworkSettingsAnswer>("/api/casework/settings"),
  saveSettings: (settings: CaseworkSettings) =>
    api.put<CaseworkSettingsAnswer>("/api/casework/settings", settings),
};
