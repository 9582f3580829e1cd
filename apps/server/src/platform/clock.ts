/** Time as the application sees it; tests replace it to cross lockout and session windows. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function addSeconds(date: Date, seconds: number): Date {
  return new Date(date.getTime() + seconds * 1000);
}

/**
 * Today's date ("YYYY-MM-DD") where the data is written: China (UTC+8). Dates entered by users
 * (registration, opening, service dates) are China dates, so "not in the future" compares with
 * this, not with the UTC date, which lags by a day before 08:00.
 */
export function todayInChina(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
