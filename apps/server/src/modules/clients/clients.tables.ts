import type { ClientConsentKind, ClientRiskLevel } from "@xinqiao/shared";
import type { Generated } from "kysely";
import type { RegistryColumns } from "../../platform/db/tables.ts";

declare module "../../platform/db/tables.ts" {
  interface Database {
    clients: ClientTable;
    client_consents: ClientConsentTable;
    client_duplicates: ClientDuplicateTable;
  }
}

/** A client's personal data as the other registries keep it, the ID number optional. */
export interface ClientTable extends RegistryColumns {
  id_number_cipher: string | null;
  id_number_index: string | null;
  id_number_masked: string | null;
  sex: string;
  birth_date: string;
  phone_cipher: string | null;
  phone_masked: string | null;
  address_cipher: string | null;
  address_masked: string | null;
  categories_json: string;
  /** [{ name, relation }] */
  household_json: string;
  guardian_name: string | null;
  guardian_relation: string | null;
  risk_level: ClientRiskLevel;
  is_emergency: number;
  /** Set when the client was merged into another record (and deactivated): the survivor. */
  merged_into_id: number | null;
}

export interface ClientConsentTable {
  id: Generated<number>;
  client_id: number;
  kind: ClientConsentKind;
  /** Null when the client consented themself. */
  guardian_name: string | null;
  given_on: string;
  recorded_at: string;
  recorded_by: number | null;
  withdrawn_on: string | null;
  withdrawn_at: string | null;
  withdrawn_by: number | null;
}

export type ClientDuplicateStatus = "open" | "dismissed" | "merged";

/** A suspected pair of the duplicates queue, the smaller id first; kept once resolved. */
export interface ClientDuplicateTable {
  id: Generated<number>;
  client_a_id: number;
  client_b_id: number;
  reason: "nameBirthDateCommunity";
  source: "entry" | "import";
  status: ClientDuplicateStatus;
  flagged_at: string;
  flagged_by: number | null;
  resolved_at: string | null;
  resolved_by: number | null;
}
