import type {
  ActivityMethod,
  ActivityOrganizerKind,
  ActivityRecruitTarget,
  ActivityStatus,
} from "@xinqiao/shared";
import type { Generated } from "kysely";

declare module "../../platform/db/tables.ts" {
  interface Database {
    activities: ActivityTable;
    activity_participants: ActivityParticipantTable;
    activity_signups: ActivitySignupTable;
  }
}

export interface ActivityTable {
  id: Generated<number>;
  /** The title (named `name` like every record the scope properties and the audit log name). */
  name: string;
  method: ActivityMethod;
  domain: string;
  /** The day (YYYY-MM-DD) and the times (HH:mm) in China. */
  date: string;
  start_time: string;
  end_time: string;
  place: string;
  region_code: string;
  organizer_kind: ActivityOrganizerKind;
  /** platforms.id or social_organizations.id, by organizer_kind. */
  organizer_id: number;
  status: ActivityStatus;
  unregistered_count: number;
  volunteer_places: number;
  /** Kept with the row, so that a sign-up counts under the activity's lock. */
  signed_up_count: number;
  volunteer_skills_json: string;
  recruit_target: ActivityRecruitTarget | null;
  recruit_team_ids_json: string;
  recruit_region_code: string | null;
  report: string | null;
  satisfaction_mean: number | null;
  satisfaction_count: number | null;
  cancel_reason: string | null;
  hours_confirmed_at: string | null;
  hours_confirmed_by: number | null;
  is_demo: number;
  created_at: string;
  created_by: number | null;
  updated_at: string;
  updated_by: number | null;
}

export interface ActivityParticipantTable {
  activity_id: number;
  client_id: number;
}

export interface ActivitySignupTable {
  id: Generated<number>;
  activity_id: number;
  volunteer_id: number;
  team_id: number | null;
  status: "signedUp" | "withdrawn";
  signed_up_at: string;
  signed_up_by: number | null;
  check_in_at: string | null;
  check_out_at: string | null;
  /** The ledger entry (volunteer_service_records.id) the confirmed hours became. */
  ledger_entry_id: number | null;
}
