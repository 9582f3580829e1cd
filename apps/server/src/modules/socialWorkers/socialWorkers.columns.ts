import {
  isCertifiedLevel,
  parseIdNumber,
  parseMobile,
  professionalCertificates,
  registrationExpiryOf,
  type SocialWorkerRuleInput,
  serviceDomains,
} from "@xinqiao/shared";
import type { AppContext } from "../../platform/context.ts";
import { invalid } from "../../platform/errors.ts";
import { sealIdNumber, sealPhone } from "../../platform/personalData.ts";
import { pinyinOf } from "../../platform/pinyin.ts";

/**
 * A social worker's stored columns built from what was entered (the form or an import row): the
 * descriptive columns, the sealed ID number with the sex and birth date it encodes, and the
 * sealed phone. Pure apart from the cipher; shared by the service and the import.
 */

function textOrNull(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

/** Dictionary order, no repeats: the stored list reads the same whoever entered it. */
function orderedList(values: readonly string[], dictionary: readonly string[]): string {
  return JSON.stringify(dictionary.filter((entry) => values.includes(entry)));
}

/** The columns a worker's form decides (everything but identifiers, region and bookkeeping). */
export function descriptiveColumns(input: SocialWorkerRuleInput) {
  const isCertified = isCertifiedLevel(input.qualificationLevel);
  const registrationDate = isCertified ? (input.registrationDate ?? null) : null;
  const name = input.name.trim();
  const { full, initials } = pinyinOf(name);
  return {
    name,
    pinyin: full,
    pinyin_initials: initials,
    education: input.education,
    major: textOrNull(input.major),
    is_social_work_major: input.isSocialWorkMajor ? 1 : 0,
    qualification_level: input.qualificationLevel,
    certificate_number: isCertified ? textOrNull(input.certificateNumber) : null,
    certificate_date: isCertified ? (input.certificateDate ?? null) : null,
    registration_date: registrationDate,
    registration_expiry: registrationExpiryOf(registrationDate),
    other_certificates_json: orderedList(input.otherCertificates, professionalCertificates),
    employer_kind: input.employerKind,
    platform_id: input.employerKind === "platform" ? (input.platformId ?? null) : null,
    social_organization_id:
      input.employerKind === "organization" ? (input.socialOrganizationId ?? null) : null,
    department_id: input.employerKind === "department" ? (input.departmentId ?? null) : null,
    position: textOrNull(input.position),
    domains_json: orderedList(input.domains, serviceDomains),
    employment_status: input.employmentStatus,
    is_introduced_talent: input.isIntroducedTalent ? 1 : 0,
    joined_on: input.joinedOn ?? null,
  };
}

/** Ciphertext, keyed hash, masked form, and the sex and birth date the number encodes. */
export function identityColumns(ctx: Pick<AppContext, "cipher">, idNumber: string) {
  const parsed = parseIdNumber(idNumber);
  if (!parsed.ok) throw invalid([{ path: "idNumber", message: `身份证号：${parsed.message}` }]);
  return { ...sealIdNumber(ctx.cipher, parsed.value), sex: parsed.sex, birth_date: parsed.birthDate };
}

/** The phone as stored (digits only), null when empty; a malformed one is refused naming the field. */
export function normalisedPhone(phone: string | null | undefined): string | null {
  if (!phone?.trim()) return null;
  const parsed = parseMobile(phone);
  if (!parsed.ok) throw invalid([{ path: "phone", message: `手机号：${parsed.message}` }]);
  return parsed.value;
}

export function phoneColumns(ctx: Pick<AppContext, "cipher">, phone: string | null | undefined) {
  return sealPhone(ctx.cipher, normalisedPhone(phone));
}
