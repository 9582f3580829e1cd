declare module "../../platform/db/tables.ts" {
  interface Database {
    analytics_counts: AnalyticsCountTable;
    analytics_counts_staging: AnalyticsCountTable;
    analytics_sources: AnalyticsSourceTable;
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
  row_count: number;
  duration_ms: number;
}
