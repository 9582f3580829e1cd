import { idNumberInSearch, type SocialWorkerFilters } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Queryable } from "../../platform/db/database.ts";
import { regionNamesOf } from "../../platform/regionLookup.ts";
import { districtCodeOf, educationHourKindOf, type HoursEntry } from "./socialWorkers.presenter.ts";
import * as repository from "./socialWorkers.repository.ts";

/**
 * What reading social workers needs besides their rows, shared by the list, the detail and the
 * export: today's date in China, the filter context of a query (the scope, the keyed hash of an
 * ID number typed in the search box, the registration-expiry bound) and the presentation data of
 * a page of rows (their education hours in the current cycle and their districts' names).
 */

export function todayOf(ctx: Pick<AppContext, "clock">): string {
  return todayInChina(ctx.clock.now());
}

function shiftDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** An ID number in the search box is looked up by its keyed hash (it is stored encrypted). */
function idNumberIndexOf(ctx: Pick<AppContext, "clock" | "cipher">, q: string | undefined) {
  const idNumber = idNumberInSearch(q, ctx.clock.now());
  return idNumber ? ctx.cipher.blindIndex(idNumber) : undefined;
}

export function filterContextOf(
  ctx: Pick<AppContext, "clock" | "cipher">,
  user: RequestUser,
  filters: SocialWorkerFilters,
): repository.FilterContext {
  const today = todayOf(ctx);
  return {
    scopeCode: user.regionCode,
    idNumberIndex: idNumberIndexOf(ctx, filters.q),
    today,
    expiringBy: filters.expiringWithinDays ? shiftDays(today, filters.expiringWithinDays) : undefined,
  };
}

/** Education hours and district names the presenter needs for a page of workers: two queries. */
export async function presentationDataOf(
  db: Queryable,
  rows: readonly { id: number; region_code: string; registration_date: string | null }[],
  today: string,
): Promise<{ hoursOf: (id: number) => HoursEntry[]; regionNames: ReadonlyMap<string, string> }> {
  // No current cycle starts earlier than 3 years (plus a leap day) before today.
  const earliestCycleStart = shiftDays(today, -(3 * 366 + 1));
  const registered = rows.filter((row) => row.registration_date !== null).map((row) => row.id);
  const districtCodes = [...new Set(rows.map((row) => districtCodeOf(row.region_code)))].filter(
    (code): code is string => code !== null,
  );
  const [hours, names] = await Promise.all([
    repository.educationHoursSince(db, registered, earliestCycleStart),
    regionNamesOf(db, districtCodes),
  ]);
  const byWorker = new Map<number, HoursEntry[]>();
  for (const entry of hours) {
    const list = byWorker.get(entry.social_worker_id) ?? [];
    list.push({
      completedOn: entry.completed_on,
      hours: Number(entry.hours),
      kind: educationHourKindOf(entry.kind),
    });
    byWorker.set(entry.social_worker_id, list);
  }
  return {
    hoursOf: (id) => byWorker.get(id) ?? [],
    regionNames: names,
  };
}
