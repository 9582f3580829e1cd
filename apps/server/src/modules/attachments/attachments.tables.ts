import type { AttachmentCategory } from "@xinqiao/shared";
import type { ColumnType, Generated } from "kysely";

declare module "../../platform/db/tables.ts" {
  interface Database {
    attachments: AttachmentTable;
  }
}

export interface AttachmentTable {
  id: Generated<number>;
  owner_kind: string;
  owner_id: number;
  /** The owner's region when attached: for counts by region, never for access. */
  region_code: string;
  category: AttachmentCategory;
  /** The file name as the user gave it. */
  name: string;
  content_type: string;
  // PostgreSQL answers a bigint as a string.
  size: ColumnType<number | string, number, number>;
  sha256: string;
  storage_key: string;
  created_at: string;
  created_by: number | null;
  deleted_at: string | null;
  deleted_by: number | null;
  delete_reason: string | null;
}
