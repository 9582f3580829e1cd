import { type PeriodKind, periodContaining, previousPeriod } from "@xinqiao/shared";

/**
 * The periods a new report may be for, newest first: the current one (a report may be drafted
 * before its period ends) and those before it — two years of months, eight quarters, three years.
 */
const choiceCounts: Record<PeriodKind, number> = { month: 24, quarter: 8, year: 3 };

export function reportPeriodChoices(kind: PeriodKind, today: string): string[] {
  const choices = [periodContaining(kind, today)];
  while (choices.length < choiceCounts[kind]) choices.push(previousPeriod(choices.at(-1) as string));
  return choices;
}

/** Today where the data is written (China, UTC+8), whatever the browser's time zone. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** "2026-11-30T07:59:00.000Z" → "2026-11-30 15:59", China time like every time on the page. */
export function chinaDateTime(iso: string | null): string {
  if (!iso) return "—";
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}
