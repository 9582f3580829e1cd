import { normalizeIdentifier } from "./text.ts";

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and 31 letters (no I, O, Z, S, V);
 * position 1 = registering authority (5 = civil affairs), 2 = category, 3–8 = region, check
 * character = (31 − Σ cᵢ·wᵢ mod 31) mod 31 with wᵢ = 3^(i−1) mod 31. Some real codes fail the
 * check, so a failed check is reported separately from a malformed code: the former is a
 * warning that an administrator may override, the latter an error.
 */
export const creditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const weights = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);

export const civilAffairsCategories: Record<string, "社会团体" | "社会服务机构" | "基金会"> = {
  "1": "社会团体",
  "2": "社会服务机构",
  "3": "基金会",
};

export type CreditCodeResult =
  | {
      ok: true;
      value: string;
      isCheckValid: boolean;
      expectedCheck: string;
      isCivilAffairs: boolean;
      /** For civil affairs codes (5x), the organization type the second character denotes. */
      civilAffairsType: "社会团体" | "社会服务机构" | "基金会" | null;
      regionCode: string;
    }
  | { ok: false; message: string };

export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += creditCodeAlphabet.indexOf(first17[i] ?? "") * (weights[i] ?? 0);
  return creditCodeAlphabet[(31 - (sum % 31)) % 31] ?? "";
}

export function parseCreditCode(input: string): CreditCodeResult {
  const value = normalizeIdentifier(input);
  if (value.length !== 18) return { ok: false, message: `应为 18 位，当前 ${value.length} 位` };
  const bad = [...value].find((c) => !creditCodeAlphabet.includes(c));
  if (bad) return { ok: false, message: `含有不允许的字符“${bad}”（不使用 I、O、Z、S、V）` };
  if (!/^\d{6}$/.test(value.slice(2, 8)))
    return { ok: false, message: "第 3–8 位应为登记管理机关行政区划码" };
  const expectedCheck = creditCodeCheckCharacter(value.slice(0, 17));
  const isCivilAffairs = value[0] === "5";
  return {
    ok: true,
    value,
    isCheckValid: value[17] === expectedCheck,
    expectedCheck,
    isCivilAffairs,
    civilAffairsType: isCivilAffairs ? (civilAffairsCategories[value[1] ?? ""] ?? null) : null,
    regionCode: value.slice(2, 8),
  };
}
