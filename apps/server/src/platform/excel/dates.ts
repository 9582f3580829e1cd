import { toHalfWidthAscii } from "./normalize.ts";

/**
 * Dates arrive as Date cells, as Excel serial numbers (a date cell whose format was lost) or as
 * text in several Chinese conventions; all become "YYYY-MM-DD" or null.
 */

const DAY_MS = 86_400_000;
/** Excel stores days since 1899-12-31, counting the nonexistent 1900-02-29 (serial 60) — a Lotus 1-2-3 bug. */
const FAKE_LEAP_DAY = 60;
const LAST_EXCEL_DAY = 2_958_465; // 9999-12-31

export function isoDateOf(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  const day = String(date.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}

/** Serial (1900 date system) to "YYYY-MM-DD"; the time-of-day fraction is ignored. */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 1 || day > LAST_EXCEL_DAY || day === FAKE_LEAP_DAY) return null;
  const epoch = day < FAKE_LEAP_DAY ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return isoDateOf(new Date(epoch + day * DAY_MS));
}

const TIME_SUFFIX = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?`;
const SEPARATED = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME_SUFFIX}$`);
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/**
 * Serials need five or more digits: 1927-05-18 onwards. A shorter number is far more likely a
 * year or a typo ("2024" would be 1905-07-16) than a date whose cell format was lost.
 */
const SERIAL = /^\d{5,7}(?:\.\d+)?$/;

/** Accepts 2024-01-05, 2024/1/5, 2024.1.5, 2024年1月5日, 20240105 and Excel serials like 45296. */
export function parseExcelDate(value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = toHalfWidthAscii(value).trim();
  const separated = SEPARATED.exec(text);
  if (separated) return isoDateFromParts(separated[1], separated[3], separated[4]);
  const chinese = CHINESE.exec(text) ?? COMPACT.exec(text);
  if (chinese) return isoDateFromParts(chinese[1], chinese[2], chinese[3]);
  if (SERIAL.test(text)) return excelSerialToIsoDate(Number(text));
  return null;
}

function isoDateFromParts(yearText?: string, monthText?: string, dayText?: string): string | null {
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (year < 1000) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2024-02-30 over to March; a round trip exposes impossible dates.
  const isSameDay =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isSameDay ? isoDateOf(date) : null;
}
