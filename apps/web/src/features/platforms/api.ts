import type {
  CreatePlatformBody,
  Platform,
  PlatformDetail,
  PlatformFilters,
  StationCoverage,
  UpdatePlatformBody,
} from "@xinqiao/shared";
import { api } from "../../api/client.ts";
import { registryApi, registryKeys } from "../../api/registryApi.ts";

/** /api/platforms; the server narrows every answer to the user's scope. */
const base = "/api/platforms";

export interface PlatformListParams extends PlatformFilters {
  page: number;
  pageSize: number;
  sort?: string;
}

export const platformKeys = {
  ...registryKeys<PlatformListParams>("platforms"),
  coverage: ["platforms", "coverage"] as const,
};

export const platformsApi = registryApi<{
  listParams: PlatformListParams;
  row: Platform;
  detail: PlatformDetail;
  create: CreatePlatformBody;
  update: UpdatePlatformBody;
}>(base);

export function getStationCoverage(): Promise<StationCoverage> {
  return api.get<StationCoverage>(`${base}/coverage`);
}
