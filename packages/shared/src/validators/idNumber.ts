import { normalizeIdentifier } from "./text.ts";

/**
 * 居民身份证号 (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character; birth date
 * and sex derive from it. 15-digit legacy numbers are upgraded by inserting "19" and computing
 * the check. Messages are zh-CN and name no field: the caller prefixes the field's label.
 */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = "10X98765432";
// Provinces of GB/T 2260, plus 83 (Taiwan residents' residence permits) and 91 (foreigners' permanent residence).
const provinceCodes = new Set(
  "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83 91".split(
    " ",
  ),
);

export type IdNumberResult =
  | { ok: true; value: string; birthDate: string; sex: "male" | "female"; wasUpgraded: boolean }
  | { ok: false; message: string };

export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (weights[i] ?? 0);
  return checkCharacters[sum % 11] ?? "";
}

function realDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parseIdNumber(input: string, today: Date = new Date()): IdNumberResult {
  let value = normalizeIdentifier(input);
  let wasUpgraded = false;
  if (/^\d{15}$/.test(value)) {
    const first17 = `${value.slice(0, 6)}19${value.slice(6)}`;
    value = first17 + idNumberCheckCharacter(first17);
    wasUpgraded = true;
  }
  if (value.length !== 18)
    return { ok: false, message: `应为 18 位（或 15 位旧号码），当前 ${value.length} 位` };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, message: "前 17 位须为数字，最后一位为数字或 X" };
  if (!provinceCodes.has(value.slice(0, 2))) return { ok: false, message: "前两位省级地址码无效" };
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1900 || !realDate(year, month, day)) return { ok: false, message: "出生日期无效" };
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (birthDate > today.toISOString().slice(0, 10)) return { ok: false, message: "出生日期不能晚于今天" };
  const expected = idNumberCheckCharacter(value.slice(0, 17));
  if (value[17] !== expected) return { ok: false, message: "校验位不正确，请核对号码" };
  return { ok: true, value, birthDate, sex: Number(value[16]) % 2 === 1 ? "male" : "female", wasUpgraded };
}

/** Age in whole years on a date, for minors' rules (under 14 / under 18). */
export function ageOn(birthDate: string, on: Date = new Date()): number {
  const [year = 0, month = 1, day = 1] = birthDate.split("-").map(Number);
  const today = { year: on.getUTCFullYear(), month: on.getUTCMonth() + 1, day: on.getUTCDate() };
  const hadBirthday = today.month > month || (today.month === month && today.day >= day);
  return today.year - year - (hadBirthday ? 0 : 1);
}

/**
 * The ID number a list's search box holds, if what was typed is one (spaces, a lower-case x and
 * the 15-digit legacy form allowed): the normalised 18 digits, or null for any other search.
 * Lists look it up by its keyed hash; audit entries keep it masked.
 */
export function idNumberInSearch(text: string | undefined, today: Date = new Date()): string | null {
  const trimmed = text?.trim() ?? "";
  if (!/^[\dXx\s]{15,20}$/.test(trimmed)) return null;
  const parsed = parseIdNumber(trimmed, today);
  return parsed.ok ? parsed.value : null;
}
