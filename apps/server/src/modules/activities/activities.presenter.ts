import {
  type Activity,
  type ActivitySignup,
  minutesBetween,
  regionPathCodes,
  roundToHalfHour,
} from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { optionalReferenceTo, referenceTo } from "../../platform/references.ts";
import type { ActivityRow, SignupRow } from "./activities.repository.ts";

/** Rows → DTOs of activities. */
export type RegionNames = ReadonlyMap<string, string>;

export function presentActivity(user: RequestUser, row: ActivityRow, names: RegionNames): Activity {
  return {
    id: row.id,
    name: row.name,
    method: row.method,
    domain: row.domain,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    place: row.place,
    region: { code: row.region_code, name: names.get(row.region_code) ?? row.region_code },
    regionPath: regionPathCodes(row.region_code).map((code) => ({ code, name: names.get(code) ?? code })),
    organizerKind: row.organizer_kind,
    organizer: optionalReferenceTo(user, row.organizer_id, row.organizer_name, row.organizer_region_code) ?? {
      id: row.organizer_id,
      name: "",
      isVisible: false,
    },
    status: row.status,
    volunteerPlaces: row.volunteer_places,
    signedUpCount: row.signed_up_count,
    participantCount: Number(row.participant_count),
    unregisteredCount: row.unregistered_count,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** check-out − check-in to the half hour; null until both are in. */
export function suggestedHoursOf(checkInAt: string | null, checkOutAt: string | null): number | null {
  if (!checkInAt || !checkOutAt) return null;
  const minutes = minutesBetween(checkInAt, checkOutAt);
  return minutes > 0 ? roundToHalfHour(minutes) : null;
}

export function presentSignup(user: RequestUser, row: SignupRow): ActivitySignup {
  return {
    id: row.id,
    volunteer: {
      ...referenceTo(user, {
        id: row.volunteer_id,
        name: row.volunteer_name,
        regionCode: row.volunteer_region_code,
      }),
      volunteerNumber: row.volunteer_number,
    },
    team: optionalReferenceTo(user, row.team_id, row.team_name, row.team_region_code),
    status: row.status,
    signedUpAt: row.signed_up_at,
    checkInAt: row.check_in_at,
    checkOutAt: row.check_out_at,
    suggestedHours: suggestedHoursOf(row.check_in_at, row.check_out_at),
    ledgerEntry:
      row.ledger_entry_id === null
        ? null
        : {
            id: row.ledger_entry_id,
            hours: Number(row.ledger_hours ?? 0),
            isReversed: Number(row.reversal_count) > 0,
          },
  };
}
