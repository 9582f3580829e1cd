import { type PeriodKind, periodContaining, periodKindOf, previousPeriod } from "@xinqiao/shared";

/**
 * The periods the picker offers, newest first: two years of months, two of quarters, three
 * years — what a monthly, quarterly or annual report looks back on.
 */
const choiceCounts: Record<PeriodKind, number> = { month: 24, quarter: 8, year: 3 };

/** Today where the data is written (China, UTC+8), whatever the browser's time zone. */
export function chinaToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function periodChoices(kind: PeriodKind, today: string): string[] {
  const choices = [periodContaining(kind, today)];
  while (choices.length < choiceCounts[kind]) choices.push(previousPeriod(choices.at(-1) as string));
  return choices;
}

/** The kind of a period from the address, or null when it is not one (the server's default then). */
export function kindOfPeriod(period: string | null): PeriodKind | null {
  if (!period) return null;
  try {
    return periodKindOf(period);
  } catch {
    return null;
  }
}

/** "2026-11-30T07:59:00.000Z" → "2026-11-30 15:59" (China time, as every date on the page). */
export function chinaDateTime(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}
