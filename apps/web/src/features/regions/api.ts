import type {
  ImportMode,
  ImportResult,
  Page,
  Region,
  RegionLevel,
  UpdateResidentsBody,
} from "@xinqiao/shared";
import { api } from "../../api/client.ts";
import { downloadFile } from "../../api/download.ts";
import type { JobProgress } from "../../api/jobs.ts";
import { importExcel } from "../../api/registryApi.ts";

/** Region endpoints; the server narrows every answer to the user's scope. */
export const childrenPageSize = 200;
export const searchPageSize = 50;
/** A picker's dropdown shows a handful of hits; typing more narrows them. */
export const pickerSearchPageSize = 20;

export const regionKeys = {
  all: ["regions"] as const,
  detail: (code: string) => ["regions", "detail", code] as const,
  children: (code: string) => ["regions", "children", code] as const,
  search: (q: string) => ["regions", "search", q] as const,
  pickerSearch: (q: string, levels: readonly RegionLevel[] | undefined) =>
    ["regions", "pickerSearch", q, levels?.join(",") ?? ""] as const,
};

export function getRegion(code: string): Promise<Region> {
  return api.get<Region>(`/api/regions/${encodeURIComponent(code)}`);
}

export function listChildRegions(parent: string): Promise<Page<Region>> {
  return api.get<Page<Region>>("/api/regions", { parent, pageSize: childrenPageSize });
}

export function searchRegions(q: string): Promise<Page<Region>> {
  return api.get<Page<Region>>("/api/regions", { q, pageSize: searchPageSize });
}

/** Hits at every level of the scope (or only `levels`), from the top down, each with its path. */
export function searchRegionsForPicker(
  q: string,
  levels: readonly RegionLevel[] | undefined,
  signal?: AbortSignal,
): Promise<Page<Region>> {
  return api.get<Page<Region>>(
    "/api/regions",
    { q, levels: levels?.join(","), pageSize: pickerSearchPageSize },
    { signal },
  );
}

export function updateResidents(code: string, body: UpdateResidentsBody): Promise<Region> {
  return api.put<Region>(`/api/regions/${encodeURIComponent(code)}/residents`, body);
}

/** The server answers with the result, or with a job that produces it (large files). */
export function importResidents(
  file: File,
  mode: ImportMode,
  onProgress?: (progress: JobProgress) => void,
): Promise<ImportResult> {
  return importExcel("/api/regions/residents/import", file, mode, onProgress);
}

export function downloadResidentsTemplate(parent: string, fallbackFileName: string): Promise<void> {
  return downloadFile("/api/regions/residents/template", { parent }, fallbackFileName);
}

export function exportRegions(parent: string, fallbackFileName: string): Promise<void> {
  return downloadFile("/api/regions/export", { parent }, fallbackFileName);
}
