import { z } from "zod";

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * True when "YYYY-MM-DD" names a day on the calendar. Date.parse is no test: it accepts
 * 2023-02-30 in some engines and rolls it over to March, so the parts must survive a round trip.
 */
export function isRealIsoDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const [year = 0, month = 0, day = 0] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A date field of a form, the API and an import alike. */
export const isoDateSchema = z
  .string()
  .trim()
  .regex(isoDatePattern, "日期格式应为 YYYY-MM-DD")
  // A malformed value is already reported by the regex; once is enough. (Not `abort`: that would
  // also skip the whole body's refinements, hiding e.g. a credit-code problem.)
  .refine((value) => !isoDatePattern.test(value) || isRealIsoDate(value), "不是有效日期");

/**
 * Today's date in China (UTC+8), where the registries' users are: what "不能晚于今天" compares
 * with on the server and in the browser alike (a UTC date would refuse today's date before 08:00).
 */
export function isoDateToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A date that has happened: registration, founding, a service given. */
export const pastIsoDateSchema = isoDateSchema.refine(
  (value) => !isRealIsoDate(value) || value <= isoDateToday(),
  "不能晚于今天",
);
