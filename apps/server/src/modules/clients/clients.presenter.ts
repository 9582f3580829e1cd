import { type Client, type ClientConsent, type ClientRiskLevel, regionPathCodes } from "@xinqiao/shared";
import { parseJsonList } from "../../platform/db/jsonColumns.ts";
import type { ClientConsentRow, ClientListRow } from "./clients.repository.ts";

/** Rows → DTOs of the clients registry. Personal data leaves here masked only. */
export type RegionNames = ReadonlyMap<string, string>;

export function presentClient(row: ClientListRow, names: RegionNames): Client {
  return {
    id: row.id,
    name: row.name,
    idNumber: row.id_number_masked,
    sex: row.sex === "female" ? "female" : "male",
    // Year and month only: with the masked ID number the full date would give most of it away.
    birthDate: row.birth_date.slice(0, 7),
    phone: row.phone_masked,
    address: row.address_masked,
    region: { code: row.region_code, name: names.get(row.region_code) ?? row.region_code },
    regionPath: regionPathCodes(row.region_code).map((code) => ({ code, name: names.get(code) ?? code })),
    categories: parseJsonList(row.categories_json),
    riskLevel: row.risk_level as ClientRiskLevel,
    isEmergency: row.is_emergency === 1,
    isActive: row.is_active === 1,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Household members stored as JSON; a damaged cell reads as none rather than failing the page. */
export function parseHousehold(text: string): { name: string; relation: string }[] {
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.flatMap((item) =>
      item && typeof item.name === "string" && typeof item.relation === "string"
        ? [{ name: item.name, relation: item.relation }]
        : [],
    );
  } catch {
    return [];
  }
}

export function presentConsent(row: ClientConsentRow): ClientConsent {
  return {
    id: row.id,
    kind: row.kind,
    guardianName: row.guardian_name,
    givenOn: row.given_on,
    recordedBy:
      row.recorded_by === null
        ? null
        : { id: row.recorded_by, name: row.recorded_by_name ?? String(row.recorded_by) },
    recordedAt: row.recorded_at,
    withdrawnOn: row.withdrawn_on,
  };
}

/** What an audit entry records of a client: personal data masked. */
export function auditedClient(
  client: Client,
  extra: { householdMembers: unknown; guardianName: string | null; guardianRelation: string | null },
): Record<string, unknown> {
  return {
    name: client.name,
    idNumber: client.idNumber,
    sex: client.sex,
    birthDate: client.birthDate,
    phone: client.phone,
    address: client.address,
    regionCode: client.region.code,
    categories: client.categories,
    riskLevel: client.riskLevel,
    isEmergency: client.isEmergency,
    ...extra,
  };
}
