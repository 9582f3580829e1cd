/**
 * A case number staff can read over the phone: `GA330203-2026-000123` — a fixed prefix, the
 * 6-digit district code, the year and a 6-digit sequence. Only digits and dashes after the
 * prefix, so nothing is confused aloud (no O/0, I/1). The sequence is the server's to allocate.
 */
export interface CaseNumberParts {
  districtCode: string;
  year: number;
  sequence: number;
}

const casePrefix = "GA";
const caseNumberPattern = /^GA(\d{6})-(\d{4})-(\d{6})$/;
export const maxCaseSequence = 999_999;

export function formatCaseNumber({ districtCode, year, sequence }: CaseNumberParts): string {
  if (!/^\d{6}$/.test(districtCode)) throw new Error(`district code must be 6 digits: ${districtCode}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`bad year: ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > maxCaseSequence) {
    throw new Error(`sequence out of range: ${sequence}`);
  }
  return `${casePrefix}${districtCode}-${year}-${String(sequence).padStart(6, "0")}`;
}

/**
 * The parts of a number as typed or read back: full-width digits, spaces and a lower-case prefix
 * are forgiven, as staff copy numbers from chat and documents. Null when it is no case number.
 */
export function parseCaseNumber(text: string): CaseNumberParts | null {
  const normalized = text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, "")
    .toUpperCase();
  const match = caseNumberPattern.exec(normalized);
  if (!match) return null;
  const [, districtCode = "", year = "", sequence = ""] = match;
  const parts = { districtCode, year: Number(year), sequence: Number(sequence) };
  return parts.sequence >= 1 && parts.districtCode.slice(4) !== "00" ? parts : null;
}

export function isCaseNumber(text: string): boolean {
  return parseCaseNumber(text) !== null;
}

/** The district code of a 12-digit region code: what the case number carries. */
export function caseDistrictCode(regionCode: string): string {
  return regionCode.slice(0, 6);
}
