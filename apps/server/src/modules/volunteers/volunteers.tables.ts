import type { VolunteerServiceEntryKind } from "@xinqiao/shared";
import type { Generated } from "kysely";
import type { PersonalIdentityColumns, RegistryColumns } from "../../platform/db/tables.ts";

declare module "../../platform/db/tables.ts" {
  interface Database {
    volunteer_teams: VolunteerTeamTable;
    volunteers: VolunteerTable;
    volunteer_team_members: VolunteerTeamMemberTable;
    volunteer_service_records: VolunteerServiceRecordTable;
    volunteer_certificates: VolunteerCertificateTable;
  }
}

export interface VolunteerTeamTable extends RegistryColumns {
  social_organization_id: number | null;
  leader_name: string | null;
  founded_on: string | null;
  description: string | null;
}

export interface VolunteerTable extends RegistryColumns, PersonalIdentityColumns {
  id_type: string;
  volunteer_number: string;
  skills_json: string;
  availability_json: string;
  registered_on: string;
  total_hours: number;
  /** A minor's guardian who consented, and when (null for adults). */
  guardian_name: string | null;
  guardian_consent_on: string | null;
}

export interface VolunteerTeamMemberTable {
  team_id: number;
  volunteer_id: number;
  joined_on: string;
}

export interface VolunteerServiceRecordTable {
  id: Generated<number>;
  volunteer_id: number;
  /** "earned" (a service) or "redeemed" (time bank; hours stored negative). */
  entry_kind: VolunteerServiceEntryKind;
  content: string;
  service_date: string;
  place: string;
  hours: number;
  recording_organization: string;
  confirmed_by: string;
  team_id: number | null;
  region_code: string;
  created_at: string;
  created_by: number | null;
  /** On a correction: the entry it reverses (same kind, opposite hours); null otherwise. */
  reverses_id: number | null;
  reversal_reason: string | null;
  /** The record that posted this entry (a casework service record, an activity); null otherwise. */
  source_kind: string | null;
  source_id: number | null;
}

export interface VolunteerCertificateTable {
  id: Generated<number>;
  volunteer_id: number;
  certificate_number: string;
  issued_on: string;
  issuing_organization: string;
  total_hours: number;
  period_from: string | null;
  period_to: string | null;
  created_at: string;
  created_by: number | null;
}
