import {
  ageOn,
  type EducationHourKind,
  type EducationHoursEntry,
  educationHoursStatusOf,
  isCertifiedLevel,
  isCompositeTalent,
  isHighLevelTalent,
  professionalCertificateCount,
  regionLevelOf,
  registrationExpiryStatusOf,
  type SocialWorker,
} from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import { parseJsonList } from "../../platform/db/jsonColumns.ts";
import { referenceTo } from "../../platform/references.ts";
import type { SocialWorkerRecord } from "./socialWorkers.repository.ts";

/**
 * Row → answer. Personal identifiers leave only in their masked form here; derived facts are
 * computed from the row, today's date and the worker's education-hour records.
 */
export type HoursEntry = EducationHoursEntry;

/** A stored kind as the shared type; anything unknown reads as training, the column's default. */
export function educationHourKindOf(stored: string): EducationHourKind {
  return stored === "degree" ? "degree" : "training";
}

export function districtCodeOf(regionCode: string): string | null {
  return regionLevelOf(regionCode) === "city" ? null : `${regionCode.slice(0, 6)}000000`;
}

/**
 * The employer matching the worker's kind, as a reference: visible when its region lies in the
 * user's scope (the worker's region is the employer's when written, but an employer can move).
 */
export function employerOf(
  user: Pick<RequestUser, "regionCode">,
  row: SocialWorkerRecord,
): SocialWorker["employer"] {
  const kind = row.employer_kind;
  const [id, name, regionCode] =
    kind === "platform"
      ? [row.platform_id, row.platform_name, row.platform_region_code]
      : kind === "organization"
        ? [row.social_organization_id, row.social_organization_name, row.social_organization_region_code]
        : [row.department_id, row.department_name, row.department_region_code];
  return { kind, ...referenceTo(user, { id: id ?? 0, name: name ?? "", regionCode: regionCode ?? "" }) };
}

export function presentSocialWorker(
  user: Pick<RequestUser, "regionCode">,
  row: SocialWorkerRecord,
  context: { now: Date; hours: readonly HoursEntry[]; regionNames: ReadonlyMap<string, string> },
): SocialWorker {
  const today = todayInChina(context.now);
  const level = row.qualification_level;
  const education = row.education;
  const otherCertificates = parseJsonList(row.other_certificates_json);
  const expiry = registrationExpiryStatusOf(row.registration_expiry, today);
  const districtCode = districtCodeOf(row.region_code);
  return {
    id: row.id,
    name: row.name,
    idNumber: row.id_number_masked,
    sex: row.sex === "female" ? "female" : "male",
    birthMonth: row.birth_date.slice(0, 7),
    age: ageOn(row.birth_date, context.now),
    phone: row.phone_masked,
    education,
    major: row.major,
    isSocialWorkMajor: row.is_social_work_major === 1,
    qualificationLevel: level,
    certificateNumber: row.certificate_number,
    certificateDate: row.certificate_date,
    registrationDate: row.registration_date,
    registrationExpiry: row.registration_expiry,
    otherCertificates,
    employer: employerOf(user, row),
    region: { code: row.region_code, name: row.region_name },
    district: districtCode
      ? { code: districtCode, name: context.regionNames.get(districtCode) ?? districtCode }
      : null,
    position: row.position,
    domains: parseJsonList(row.domains_json),
    employmentStatus: row.employment_status,
    isIntroducedTalent: row.is_introduced_talent === 1,
    joinedOn: row.joined_on,
    isActive: row.is_active === 1,
    isDemo: row.is_demo === 1,
    isCertified: isCertifiedLevel(level),
    isHighLevel: isHighLevelTalent(level, education),
    isComposite: isCompositeTalent(level, otherCertificates),
    professionalCertificateCount: professionalCertificateCount(level, otherCertificates),
    educationHours: educationHoursStatusOf(level, row.registration_date, context.hours, today),
    daysUntilRegistrationExpiry: expiry.daysUntilExpiry,
    isRegistrationExpired: expiry.isExpired,
    isRegistrationExpiringSoon: expiry.isExpiringSoon,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * What an audit entry records of a worker: every field as the form shows it, the identifiers
 * masked (never the clear ID number or phone). Sex and birth date are left out: they come from
 * the ID number, and a birth date next to the masked number would reveal most of it.
 */
export function auditedSocialWorker(row: {
  name: string;
  id_number_masked: string;
  phone_masked: string | null;
  education: string;
  major: string | null;
  is_social_work_major: number;
  qualification_level: string;
  certificate_number: string | null;
  certificate_date: string | null;
  registration_date: string | null;
  registration_expiry: string | null;
  other_certificates_json: string;
  employer_kind: string;
  platform_id: number | null;
  social_organization_id: number | null;
  department_id: number | null;
  region_code: string;
  position: string | null;
  domains_json: string;
  employment_status: string;
  is_introduced_talent: number;
  joined_on: string | null;
  is_active: number;
}): Record<string, unknown> {
  return {
    name: row.name,
    idNumber: row.id_number_masked,
    phone: row.phone_masked,
    education: row.education,
    major: row.major,
    isSocialWorkMajor: row.is_social_work_major === 1,
    qualificationLevel: row.qualification_level,
    certificateNumber: row.certificate_number,
    certificateDate: row.certificate_date,
    registrationDate: row.registration_date,
    registrationExpiry: row.registration_expiry,
    otherCertificates: parseJsonList(row.other_certificates_json),
    employerKind: row.employer_kind,
    platformId: row.platform_id,
    socialOrganizationId: row.social_organization_id,
    departmentId: row.department_id,
    regionCode: row.region_code,
    position: row.position,
    domains: parseJsonList(row.domains_json),
    employmentStatus: row.employment_status,
    isIntroducedTalent: row.is_introduced_talent === 1,
    joinedOn: row.joined_on,
    isActive: row.is_active === 1,
  };
}
