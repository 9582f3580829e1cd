import type { ClientConsentKind, ClientRiskLevel } from "@xinqiao/shared";
import type { Generated } from "kysely";
import type { RegistryColumns } from "../../platform/db/tables.ts";

declare module "../../platform/db/tables.ts" {
  interface Database {
    clients: ClientTable;
    client_consents: ClientConsentTable;
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
