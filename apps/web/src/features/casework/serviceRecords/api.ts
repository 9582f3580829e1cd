import type {
  CreateServiceRecordBody,
  ServiceRecord,
  ServiceRecordDetail,
  ServiceRecordListQuery,
  ServiceRecordWorkerOption,
  UpdateServiceRecordBody,
  VoidServiceRecordBody,
} from "@xinqiao/shared";
import { api } from "../../../api/client.ts";
import { type FiltersOf, registryApi, registryKeys } from "../../../api/registryApi.ts";

/** Endpoints of service records (服务记录); the server answers only what the user may see. */
export type ServiceRecordListParams = Partial<Omit<ServiceRecordListQuery, "page" | "pageSize">> & {
  page: number;
  pageSize: number;
};
export type ServiceRecordFilterParams = FiltersOf<ServiceRecordListParams>;

export const serviceRecordKeys = registryKeys<ServiceRecordListParams>("serviceRecords");

export const serviceRecordsApi = registryApi<{
  listParams: ServiceRecordListParams;
  row: ServiceRecord;
  detail: ServiceRecordDetail;
  create: CreateServiceRecordBody;
  update: UpdateServiceRecordBody;
}>("/api/service-records");

export function voidServiceRecord(id: number, body: VoidServiceRecordBody): Promise<ServiceRecordDetail> {
  return api.post<ServiceRecordDetail>(`/api/service-records/${id}/void`, body);
}

export function workerOptions(q: string): Promise<ServiceRecordWorkerOption[]> {
  return api.get<ServiceRecordWorkerOption[]>("/api/service-records/worker-options", q ? { q } : {});
}

/** People to pick in the form, from their registries' lists (the server keeps them in scope). */
export interface PickedPerson {
  id: number;
  name: string;
  hint?: string;
}

export async function clientOptions(q: string): Promise<PickedPerson[]> {
  const page = await api.get<{
    items: { id: number; name: string; birthDate: string; region: { name: string } }[];
  }>("/api/clients", { q: q || undefined, isActive: "true", pageSize: 20 });
  return page.items.map((c) => ({ id: c.id, name: c.name, hint: `${c.birthDate} ${c.region.name}` }));
}

export async function volunteerOptions(q: string): Promise<PickedPerson[]> {
  const page = await api.get<{ items: { id: number; name: string; volunteerNumber: string }[] }>(
    "/api/volunteers",
    { q: q || undefined, isActive: "true", pageSize: 20 },
  );
  return page.items.map((v) => ({ id: v.id, name: v.name, hint: v.volunteerNumber }));
}
