import type {
  Activity,
  ActivityAttendanceBody,
  ActivityDetail,
  ActivityListQuery,
  ActivitySignupBody,
  ConfirmActivityHoursBody,
  CreateActivityBody,
  Page,
  PublicCheckinBody,
  UpdateActivityBody,
} from "@xinqiao/shared";
import { api } from "../../api/client.ts";
import { type FiltersOf, registryApi, registryKeys } from "../../api/registryApi.ts";

/** Endpoints of activities; the server narrows every answer to the user's scope. */
export type ActivityListParams = Partial<Omit<ActivityListQuery, "page" | "pageSize">> & {
  page: number;
  pageSize: number;
};
export type ActivityFilterParams = FiltersOf<ActivityListParams>;

export const activityKeys = registryKeys<ActivityListParams>("activities");

export const activitiesApi = registryApi<{
  listParams: ActivityListParams;
  row: Activity;
  detail: ActivityDetail;
  create: CreateActivityBody;
  update: UpdateActivityBody;
}>("/api/activities");

const base = (id: number) => `/api/activities/${id}`;

export const activityActions = {
  publish: (id: number) => api.post<ActivityDetail>(`${base(id)}/publish`),
  cancel: (id: number, reason: string) => api.post<ActivityDetail>(`${base(id)}/cancel`, { reason }),
  signUp: (id: number, body: ActivitySignupBody) => api.post<ActivityDetail>(`${base(id)}/signups`, body),
  withdraw: (id: number, signupId: number) =>
    api.post<ActivityDetail>(`${base(id)}/signups/${signupId}/withdraw`),
  attend: (id: number, signupId: number, body: ActivityAttendanceBody) =>
    api.post<ActivityDetail>(`${base(id)}/signups/${signupId}/attendance`, body),
  confirmHours: (id: number, body: ConfirmActivityHoursBody) =>
    api.post<ActivityDetail>(`${base(id)}/hours/confirm`, body),
  checkinLink: (id: number) => api.post<{ token: string; expiresAt: string }>(`${base(id)}/checkin-link`),
  /** A confirmed entry corrected by a reversing one, through the volunteers' ledger route. */
  reverseEntry: (volunteerId: number, entryId: number, reason: string) =>
    api.post(`/api/volunteers/${volunteerId}/service-records/${entryId}/reversal`, { reason }),
};

/** Options for the form's pickers, searched on the server in the user's scope. */
export function searchOptions(path: string, q: string) {
  return api.get<Page<{ id: number; name: string; volunteerNumber?: string }>>(path, {
    q: q || undefined,
    pageSize: 20,
    isActive: "true",
  });
}

/** The public check-in page: no session, the token is the credential. */
export const checkinApi = {
  activity: (token: string) =>
    api.get<{ name: string; date: string; startTime: string; endTime: string; place: string }>(
      "/api/activity-checkin",
      { token },
    ),
  submit: (body: PublicCheckinBody) =>
    api.post<{ action: "checkin" | "checkout"; at: string; volunteerName: string }>(
      "/api/activity-checkin",
      body,
    ),
};
