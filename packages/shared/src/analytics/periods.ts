import { z } from "zod";

/**
 * Reporting periods: a month `2026-11`, a quarter `2026-Q4`, a year `2026`. Flows are kept per
 * month; a quarter or year is the sum of its months.
 */
export const periodKinds = ["month", "quarter", "year"] as const;
export type PeriodKind = (typeof periodKinds)[number];

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const quarterPattern = /^(\d{4})-Q([1-4])$/;
const yearPattern = /^(\d{4})$/;

export const periodKeySchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, "统计期格式应为 2026-11、2026-Q4 或 2026");

export function periodKindOf(key: string): PeriodKind {
  if (monthPattern.test(key)) return "month";
  if (quarterPattern.test(key)) return "quarter";
  if (yearPattern.test(key)) return "year";
  throw new Error(`not a period: ${key}`);
}

const pad = (month: number) => String(month).padStart(2, "0");

/** The months (`yyyy-mm`) a period covers, in order. */
export function monthsOf(key: string): string[] {
  const month = monthPattern.exec(key);
  if (month) return [key];
  const quarter = quarterPattern.exec(key);
  if (quarter) {
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    return [0, 1, 2].map((offset) => `${quarter[1]}-${pad(first + offset)}`);
  }
  const year = yearPattern.exec(key);
  if (year) return Array.from({ length: 12 }, (_, index) => `${year[1]}-${pad(index + 1)}`);
  throw new Error(`not a period: ${key}`);
}

/** The period of `kind` containing the day `today` (yyyy-mm-dd). */
export function periodContaining(kind: PeriodKind, today: string): string {
  const year = today.slice(0, 4);
  const month = Number(today.slice(5, 7));
  if (kind === "month") return `${year}-${pad(month)}`;
  if (kind === "quarter") return `${year}-Q${Math.ceil(month / 3)}`;
  return year;
}

/** The last day (yyyy-mm-dd) of the period. */
export function lastDayOf(key: string): string {
  const month = monthsOf(key).at(-1) as string;
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, "0")}`;
}

/** The period before `key`, of the same kind. */
export function previousPeriod(key: string): string {
  const kind = periodKindOf(key);
  const year = Number(key.slice(0, 4));
  if (kind === "year") return String(year - 1);
  if (kind === "quarter") {
    const quarter = Number(key.slice(6));
    return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
  }
  const month = Number(key.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
}

/** The `count` months ending with `lastMonth`, oldest first (a trend's axis). */
export function monthsEndingWith(lastMonth: string, count: number): string[] {
  const months = [lastMonth];
  while (months.length < count) months.unshift(previousPeriod(months[0] as string));
  return months;
}

/** Every month from `firstMonth` to `lastMonth`, both included, oldest first. */
export function monthsBetween(firstMonth: string, lastMonth: string): string[] {
  const months: string[] = [];
  for (let month = lastMonth; month >= firstMonth; month = previousPeriod(month)) months.unshift(month);
  return months;
}

/** 2026年11月, 2026年第4季度, 2026年 (zh-CN); Nov 2026, Q4 2026, 2026 (en-US). */
export function periodLabel(key: string, locale: "zh-CN" | "en-US"): string {
  const kind = periodKindOf(key);
  const year = key.slice(0, 4);
  if (kind === "year") return locale === "zh-CN" ? `${year}年` : year;
  if (kind === "quarter")
    return locale === "zh-CN" ? `${year}年第${key.slice(6)}季度` : `Q${key.slice(6)} ${year}`;
  const month = Number(key.slice(5, 7));
  if (locale === "zh-CN") return `${year}年${month}月`;
  const names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${names[month - 1]} ${year}`;
}
