import type { Queryable } from "../../platform/db/database.ts";
import { maxCertificateNumber } from "./volunteerHours.repository.ts";
import { maxVolunteerNumber } from "./volunteers.repository.ts";

/**
 * Numbers this registry hands out. Both are a prefix plus a fixed-width sequence, so the
 * highest issued number is a MAX over an index range and the next is that plus one; the unique
 * constraints catch the rare race between two writers (the caller retries).
 *
 * - Volunteer number: "NB" + the 6-digit district code + a 6-digit sequence within the
 *   district, e.g. NB330203000123 (NB = 宁波; the district part keeps numbers readable and
 *   sequences short).
 * - Certificate number (志愿服务证明): "ZYFW-" + year + "-" + a 6-digit sequence within the
 *   year, e.g. ZYFW-2026-000123.
 */
export function districtPrefixOf(regionCode: string): string {
  return regionCode.slice(0, 6);
}

export function volunteerNumberOf(districtPrefix: string, sequence: number): string {
  return `NB${districtPrefix}${String(sequence).padStart(6, "0")}`;
}

export function sequenceOf(number: string | null, prefixLength: number): number {
  if (!number) return 0;
  const sequence = Number(number.slice(prefixLength));
  return Number.isSafeInteger(sequence) ? sequence : 0;
}

/**
 * Hands out consecutive volunteer numbers per district, starting after the highest stored one and
 * passing over `reserved` numbers: those typed in the same import file (staff who number people
 * themselves continue the sequence, and a number handed to an earlier row would take theirs).
 */
export class VolunteerNumberSequence {
  private readonly next = new Map<string, number>();

  constructor(
    private readonly db: Queryable,
    private readonly reserved: { has(number: string): boolean } = new Set(),
  ) {}

  async take(regionCode: string): Promise<string> {
    const district = districtPrefixOf(regionCode);
    let sequence = this.next.get(district);
    if (sequence === undefined) {
      sequence = sequenceOf(await maxVolunteerNumber(this.db, district), 8) + 1;
    }
    while (this.reserved.has(volunteerNumberOf(district, sequence))) sequence += 1;
    this.next.set(district, sequence + 1);
    return volunteerNumberOf(district, sequence);
  }
}

export async function nextCertificateNumber(db: Queryable, year: string): Promise<string> {
  const sequence = sequenceOf(await maxCertificateNumber(db, year), `ZYFW-${year}-`.length) + 1;
  return `ZYFW-${year}-${String(sequence).padStart(6, "0")}`;
}
