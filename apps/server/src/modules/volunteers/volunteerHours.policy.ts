import type { VolunteerServiceRecord } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { mayManageRecord } from "../../platform/policy.ts";

/**
 * What a user may do to one entry of a volunteer's hours ledger: correct it (reverse it) with
 * volunteers.record_hours for a volunteer in scope, once, and never a correction itself. The
 * volunteer need not be active: a mistaken entry must stay correctable after the volunteer is
 * deactivated, and a correction adds no service.
 */
export function ledgerEntryAbilitiesOf(
  user: RequestUser,
  volunteer: { regionCode: string },
  entry: { reverses_id: number | null; reversed_by_id: number | null },
): VolunteerServiceRecord["abilities"] {
  const mayCorrect = mayManageRecord(user, "volunteers.record_hours", { ...volunteer, isActive: true });
  return { reverse: mayCorrect && entry.reverses_id === null && entry.reversed_by_id === null };
}
