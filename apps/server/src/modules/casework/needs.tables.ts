import type { Generated } from "kysely";

declare module "../../platform/db/tables.ts" {
  interface Database {
    needs: NeedTable;
  }
}

/** A need taken in for a client (需求), and how it was triaged. */
export interface NeedTable {
  id: Generated<number>;
  client_id: number;
  region_code: string;
  source: string;
  domain: string;
  urgency: string;
  description_cipher: string;
  received_on: string;
  status: string;
  case_id: number | null;
  triage_note_cipher: string | null;
  triaged_at: string | null;
  triaged_by: number | null;
  is_demo: number;
  created_at: string;
  created_by: number | null;
  updated_at: string;
  updated_by: number | null;
}
