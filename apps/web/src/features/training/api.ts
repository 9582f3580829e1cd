import type {
  ComplianceReport,
  Course,
  CourseDetail,
  CourseListQuery,
  CreateCourseBody,
  UpdateCourseBody,
} from "@xinqiao/shared";
import { api } from "../../api/client.ts";
import { downloadFile } from "../../api/download.ts";
import { type FiltersOf, registryApi, registryKeys } from "../../api/registryApi.ts";

/** Endpoints of the training courses and the compliance report; the server narrows every answer to the scope. */
export type CourseListParams = Partial<Omit<CourseListQuery, "page" | "pageSize">> & {
  page: number;
  pageSize: number;
};
export type CourseFilterParams = FiltersOf<CourseListParams>;

export const courseKeys = registryKeys<CourseListParams>("courses");

export const coursesApi = registryApi<{
  listParams: CourseListParams;
  row: Course;
  detail: CourseDetail;
  create: CreateCourseBody;
  update: UpdateCourseBody;
}>("/api/courses");

const base = (id: number) => `/api/courses/${id}`;

export const courseActions = {
  enrol: (id: number, socialWorkerId: number) =>
    api.post<CourseDetail>(`${base(id)}/enrolments`, { socialWorkerId }),
  withdraw: (id: number, enrolmentId: number) =>
    api.post<CourseDetail>(`${base(id)}/enrolments/${enrolmentId}/withdraw`),
  signIn: (id: number, sessionId: number, enrolmentIds: number[]) =>
    api.post<CourseDetail>(`${base(id)}/attendance`, { sessionId, enrolmentIds, present: true }),
  complete: (id: number, enrolmentIds: number[]) =>
    api.post<CourseDetail>(`${base(id)}/completion`, { enrolmentIds }),
  cancelCompletion: (id: number, enrolmentId: number, reason: string) =>
    api.post<CourseDetail>(`${base(id)}/enrolments/${enrolmentId}/completion/cancel`, { reason }),
  cancel: (id: number, reason: string) => api.post<CourseDetail>(`${base(id)}/cancel`, { reason }),
};

export const complianceApi = {
  get: (regionCode: string | undefined) =>
    api.get<ComplianceReport>("/api/training/compliance", { regionCode }),
  export: (regionCode: string | undefined, fallbackFileName: string) =>
    downloadFile("/api/training/compliance/export", { regionCode }, fallbackFileName),
};
