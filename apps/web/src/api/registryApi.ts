import {
  type AuditEntry,
  type BulkChangeResult,
  type ImportMode,
  type ImportResult,
  idsQueryOf,
  type Page,
} from "@xinqiao/shared";
import { api, apiJson, type QueryValue } from "./client.ts";
import { downloadFile } from "./download.ts";
import { type JobProgress, type JobStarted, resultOrJob } from "./jobs.ts";

/** What an .xlsx upload is sent as (the server's xlsxMimeType). */
export const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The paging and sorting every list request carries besides its filters. */
export interface PageParams {
  page: number;
  pageSize: number;
  sort?: string;
}

/** A list's parameters without the paging: the filters an export of the current list sends. */
export type FiltersOf<P> = Omit<P, "page" | "pageSize" | "sort">;

/** List parameters and filters are flat objects of query values. */
export function asQuery(params: object): Record<string, QueryValue> {
  return params as Record<string, QueryValue>;
}

/** Sends an .xlsx file; the server answers with the result, or with a job that produces it. */
export async function importExcel(
  path: string,
  file: File,
  mode: ImportMode,
  onProgress?: (progress: JobProgress) => void,
): Promise<ImportResult> {
  const answer = await apiJson<ImportResult | JobStarted<ImportResult>>(path, {
    method: "POST",
    query: { mode },
    body: file,
    contentType: xlsxContentType,
  });
  return resultOrJob(answer, onProgress);
}

/** The types of one registry's endpoints. */
export interface RegistryTypes {
  /** The list's query: paging plus the registry's filters. */
  listParams: PageParams;
  /** A list row. */
  row: unknown;
  /** What the detail, create, update, activate and deactivate answer. */
  detail: unknown;
  create: unknown;
  update: unknown;
  /** Registries keeping personal identifiers: what `POST …/:id/reveal` answers. */
  revealed?: { field: string; value: string | null };
}

export interface RegistryEndpoints<T extends RegistryTypes> {
  list(params: T["listParams"]): Promise<Page<T["row"]>>;
  get(id: number): Promise<T["detail"]>;
  /** The record's changes, read from the audit log. */
  history(id: number): Promise<AuditEntry[]>;
  create(body: T["create"]): Promise<T["detail"]>;
  update(id: number, body: T["update"]): Promise<T["detail"]>;
  /** Activate or deactivate (nothing is deleted). */
  setActive(id: number, isActive: boolean): Promise<T["detail"]>;
  /** 停用 / 启用 of chosen records at once (all or nothing, ≤ 200); answers how many changed. */
  setActiveMany(ids: number[], isActive: boolean): Promise<BulkChangeResult>;
  /** Imports a filled template (a job; re-importing updates by the registry's natural key). */
  importFile(
    file: File,
    mode: ImportMode,
    onProgress?: (progress: JobProgress) => void,
  ): Promise<ImportResult>;
  downloadTemplate(fallbackFileName: string): Promise<void>;
  /** The current filtered list as Excel; `unmasked` (with personal.export) has full identifiers. */
  exportList(
    filters: FiltersOf<T["listParams"]>,
    fallbackFileName: string,
    options?: { unmasked?: boolean },
  ): Promise<void>;
  /** The chosen records as Excel (those still in the user's scope); masked unless `unmasked`. */
  exportSelected(ids: number[], fallbackFileName: string, options?: { unmasked?: boolean }): Promise<void>;
}

/** Revealing a personal identifier is audited on the server; only registries that keep them have it. */
type RevealEndpoint<T extends RegistryTypes> = T extends { revealed: infer R extends { field: string } }
  ? { reveal(id: number, field: R["field"]): Promise<R> }
  : unknown;

export type RegistryApi<T extends RegistryTypes> = RegistryEndpoints<T> & RevealEndpoint<T>;

/**
 * The endpoints every registry has under its base path (platforms, social organizations, social
 * workers, volunteers, teams: list, detail, history, create, update, activate/deactivate, reveal,
 * template, import, export). A feature's api.ts keeps only its own extra calls next to it.
 */
export function registryApi<T extends RegistryTypes>(base: string): RegistryApi<T> {
  const endpoints: RegistryEndpoints<T> & { reveal(id: number, field: string): Promise<unknown> } = {
    list: (params) => api.get<Page<T["row"]>>(base, asQuery(params)),
    get: (id) => api.get<T["detail"]>(`${base}/${id}`),
    history: (id) => api.get<AuditEntry[]>(`${base}/${id}/history`),
    create: (body) => api.post<T["detail"]>(base, body),
    update: (id, body) => api.patch<T["detail"]>(`${base}/${id}`, body),
    setActive: (id, isActive) =>
      api.post<T["detail"]>(`${base}/${id}/${isActive ? "activate" : "deactivate"}`),
    setActiveMany: (ids, isActive) =>
      api.post<BulkChangeResult>(`${base}/${isActive ? "activate" : "deactivate"}`, { ids }),
    reveal: (id, field) => api.post(`${base}/${id}/reveal`, { field }),
    importFile: (file, mode, onProgress) => importExcel(`${base}/import`, file, mode, onProgress),
    downloadTemplate: (fallbackFileName) => downloadFile(`${base}/template`, undefined, fallbackFileName),
    exportList: (filters, fallbackFileName, options = {}) =>
      downloadFile(
        `${base}/export`,
        { ...asQuery(filters), unmasked: options.unmasked ? "true" : undefined },
        fallbackFileName,
      ),
    exportSelected: (ids, fallbackFileName, options = {}) =>
      downloadFile(
        `${base}/export`,
        { ids: idsQueryOf(ids), unmasked: options.unmasked ? "true" : undefined },
        fallbackFileName,
      ),
  };
  // reveal is typed only where T declares `revealed` (a conditional type the object cannot be checked against).
  return endpoints as unknown as RegistryApi<T>;
}

/** The query keys of a registry: `all` covers every list, record and history of it. */
export function registryKeys<P>(root: string) {
  return {
    all: [root] as const,
    list: (params: P) => [root, "list", params] as const,
    detail: (id: number) => [root, "detail", id] as const,
    history: (id: number) => [root, "history", id] as const,
  };
}
