import type { Generated } from "kysely";

declare module "../../platform/db/tables.ts" {
  interface Database {
    service_records: ServiceRecordTable;
    service_record_workers: ServiceRecordWorkerTable;
    service_record_clients: ServiceRecordClientTable;
    service_record_volunteers: ServiceRecordVolunteerTable;
  }
}

/** A service given (服务记录): against a case or standalone; voided, never deleted. */
export interface ServiceRecordTable {
  id: Generated<number>;
  case_id: number | null;
  need_id: number | null;
  region_code: string;
  service_date: string;
  start_time: string | null;
  end_time: string | null;
  minutes: number;
  method: string;
  type: string;
  domain: string;
  place: string;
  /** Case notes, encrypted (ctx.cipher). */
  notes_cipher: string | null;
  voided_at: string | null;
  voided_by: number | null;
  void_reason: string | null;
  is_demo: number;
  created_at: string;
  created_by: number | null;
  updated_at: string;
  updated_by: number | null;
}

export interface ServiceRecordWorkerTable {
  record_id: number;
  user_id: number;
}

export interface ServiceRecordClientTable {
  record_id: number;
  client_id: number;
}

/** A volunteer's hours on a record and the ledger entry they were posted as. */
export interface ServiceRecordVolunteerTable {
  record_id: number;
  volunteer_id: number;
  hours: number;
  ledger_entry_id: number | null;
}
