declare module "../../platform/db/tables.ts" {
  interface Database {
    analytics_counts: AnalyticsCountTable;
    analytics_counts_staging: AnalyticsCountTable;
    analytics_sources: AnalyticsSourceTable;
    analytics_rollups: AnalyticsRollupTable;
  }
}

/** The maintained aggregates: a derivative of the records, rebuilt from them at any time. */
export interface AnalyticsCountTable {
  measure: string;
  period: string;
  dimension: string;
  region_code: string;
  value: number;
  source: string;
}

/** When each measure source was last recounted, and up to which audit entry it had seen. */
export interface AnalyticsSourceTable {
  name: string;
  refreshed_at: string;
  /** The last time the source was found current (recounted or not); null before the first check. */
  checked_at: string | null;
  refreshed_on: string;
  audit_watermark: number;
  /** Ids below the watermark that were missing when it was read (JSON array), seen later. */
  audit_gaps: string | null;
  row_count: number;
  duration_ms: number;
}

/** The counts summed up to a city, district or street: `prefix` is its significant digits. */
export interface AnalyticsRollupTable {
  measure: string;
  period: string;
  dimension: string;
  prefix: string;
  value: number;
  source: string;
}
