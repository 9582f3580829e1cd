import type {
  DataQualityAnswer,
  DataQualityQuery,
  DataQualitySettings,
  DataQualityThresholdValues,
} from "@xinqiao/shared";
import { api } from "../../api/client.ts";

/** The findings of a region (the server keeps to the user's scope) and the city's thresholds. */
export type DataQualityParams = Partial<Omit<DataQualityQuery, "page" | "pageSize">> & {
  page: number;
  pageSize: number;
};

export const dataQualityKeys = {
  all: ["dataQuality"] as const,
  findings: (params: DataQualityParams) => ["dataQuality", "findings", params] as const,
  settings: ["dataQuality", "settings"] as const,
};

export const dataQualityApi = {
  findings: (params: DataQualityParams) => api.get<DataQualityAnswer>("/api/data-quality", params),
  settings: () => api.get<DataQualitySettings>("/api/data-quality/settings"),
  saveSettings: (thresholds: DataQualityThresholdValues) =>
    api.put<DataQualitySettings>("/api/data-quality/settings", thresholds),
};
