import type { EducationHoursRecord } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { mayManageRecord } from "../../platform/policy.ts";

/**
 * What a user may do to one continuing-education entry: correct it (reverse it) with
 * workers.manage for a worker in scope, once, and never a correction itself. The worker need not
 * be active: a mistaken entry must stay correctable after the worker is deactivated.
 */
export function educationEntryAbilitiesOf(
  user: RequestUser,
  worker: { regionCode: string },
  entry: { reverses_id: number | null; reversed_by_id: number | null },
): EducationHoursRecord["abilities"] {
  const mayCorrect = mayManageRecord(user, "workers.manage", { ...worker, isActive: true });
  return { reverse: mayCorrect && entry.reverses_id === null && entry.reversed_by_id === null };
}
