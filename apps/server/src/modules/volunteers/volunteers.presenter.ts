import {
  defaultStarThresholds,
  type RecordReference,
  regionPathCodes,
  starLevelOf,
  type Volunteer,
  type VolunteerCertificateSummary,
  type VolunteerServiceRecord,
  type VolunteerTeam,
} from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { parseJsonList } from "../../platform/db/jsonColumns.ts";
import { optionalReferenceTo } from "../../platform/references.ts";
import type { ServiceRecordRow } from "./volunteerHours.repository.ts";
import type { VolunteerListRow } from "./volunteers.repository.ts";
import type { VolunteerCertificateTable } from "./volunteers.tables.ts";
import type { TeamRow } from "./volunteerTeams.repository.ts";

/** Rows → DTOs of the volunteers registry. Personal data leaves here masked only. */
export type RegionNames = ReadonlyMap<string, string>;

function regionOf(code: string, names: RegionNames) {
  return {
    region: { code, name: names.get(code) ?? code },
    regionPath: regionPathCodes(code).map((link) => ({ code: link, name: names.get(link) ?? link })),
  };
}

/** "volunteer.starThresholds" holds five increasing hour figures; anything else means the defaults. */
export function parseStarThresholds(valueJson: string | null): number[] {
  if (!valueJson) return [...defaultStarThresholds];
  try {
    const value: unknown = JSON.parse(valueJson);
    const isValid =
      Array.isArray(value) &&
      value.length > 0 &&
      value.every(
        (item, index) => typeof item === "number" && item > 0 && (index === 0 || item > value[index - 1]),
      );
    return isValid ? (value as number[]) : [...defaultStarThresholds];
  } catch {
    return [...defaultStarThresholds];
  }
}

/** Hours as people read them: two decimals at most, no float noise. */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

export function presentVolunteer(
  row: VolunteerListRow,
  teams: RecordReference[],
  names: RegionNames,
  thresholds: readonly number[],
): Volunteer {
  const totalHours = roundHours(row.total_hours);
  return {
    id: row.id,
    name: row.name,
    idNumber: row.id_number_masked,
    idType: row.id_type,
    sex: row.sex === "female" ? "female" : "male",
    // Year and month only: with the masked ID number the full date would give most of it away.
    birthDate: row.birth_date.slice(0, 7),
    phone: row.phone_masked,
    volunteerNumber: row.volunteer_number,
    skills: parseJsonList(row.skills_json),
    availability: parseJsonList(row.availability_json),
    ...regionOf(row.region_code, names),
    teams,
    registeredOn: row.registered_on,
    totalHours,
    starLevel: starLevelOf(totalHours, thresholds),
    isActive: row.is_active === 1,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A minor's guardian consent on record, as the detail and the audit entries show it. */
export function guardianConsentOf(row: { guardian_name: string | null; guardian_consent_on: string | null }) {
  return { guardianName: row.guardian_name, guardianConsentOn: row.guardian_consent_on };
}

/** What an audit entry records of a volunteer: personal identifiers masked. */

export function auditedVolunteer(volunteer: Volunteer): Record<string, unknown> {
  return {
    name: volunteer.name,
    idNumber: volunteer.idNumber,
    phone: volunteer.phone,
    volunteerNumber: volunteer.volunteerNumber,
    skills: volunteer.skills,
    availability: volunteer.availability,
    regionCode: volunteer.region.code,
    teamIds: volunteer.teams.map((team) => team.id),
    registeredOn: volunteer.registeredOn,
    isActive: volunteer.isActive,
  };
}

export function presentServiceRecord(
  user: Pick<RequestUser, "regionCode">,
  row: ServiceRecordRow,
  abilities: VolunteerServiceRecord["abilities"],
): VolunteerServiceRecord {
  return {
    id: row.id,
    volunteerId: row.volunteer_id,
    entryKind: row.entry_kind,
    content: row.content,
    serviceDate: row.service_date,
    place: row.place,
    hours: roundHours(row.hours),
    recordingOrganization: row.recording_organization,
    confirmedBy: row.confirmed_by,
    team: optionalReferenceTo(user, row.team_id, row.team_name, row.team_region_code),
    createdAt: row.created_at,
    reverses: row.reverses_id === null ? null : { id: row.reverses_id, date: row.reverses_date ?? "" },
    reversalReason: row.reversal_reason,
    reversedBy:
      row.reversed_by_id === null
        ? null
        : {
            id: row.reversed_by_id,
            reason: row.reversed_by_reason ?? "",
            date: row.reversed_by_date ?? "",
            createdAt: row.reversed_by_created_at ?? "",
          },
    abilities,
  };
}

export function presentCertificateSummary(
  row: Omit<VolunteerCertificateTable, "id"> & { id: number },
): VolunteerCertificateSummary {
  return {
    id: row.id,
    volunteerId: row.volunteer_id,
    certificateNumber: row.certificate_number,
    issuedOn: row.issued_on,
    issuingOrganization: row.issuing_organization,
    totalHours: roundHours(row.total_hours),
    periodFrom: row.period_from,
    periodTo: row.period_to,
    createdAt: row.created_at,
  };
}

export function presentTeam(
  user: Pick<RequestUser, "regionCode">,
  row: TeamRow,
  totals: { members: number; hours: number } | undefined,
  names: RegionNames,
): VolunteerTeam {
  return {
    id: row.id,
    name: row.name,
    ...regionOf(row.region_code, names),
    socialOrganization: optionalReferenceTo(
      user,
      row.social_organization_id,
      row.social_organization_name,
      row.social_organization_region_code,
    ),
    leaderName: row.leader_name,
    foundedOn: row.founded_on,
    description: row.description,
    memberCount: totals?.members ?? 0,
    totalHours: roundHours(totals?.hours ?? 0),
    isActive: row.is_active === 1,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function auditedTeam(team: VolunteerTeam): Record<string, unknown> {
  return {
    name: team.name,
    regionCode: team.region.code,
    socialOrganizationId: team.socialOrganization?.id ?? null,
    leaderName: team.leaderName,
    foundedOn: team.foundedOn,
    description: team.description,
    isActive: team.isActive,
  };
}
