import { parseCreditCode, regionPathCodes, type SocialOrganization } from "@xinqiao/shared";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { parseJsonList } from "../../platform/db/jsonColumns.ts";
import { abilitiesOf } from "./socialOrganizations.policy.ts";
import type { OrganizationRecord } from "./socialOrganizations.repository.ts";
import type { SocialOrganizationTable } from "./socialOrganizations.tables.ts";

export function presentOrganization(
  user: RequestUser,
  row: OrganizationRecord,
  regionNames: ReadonlyMap<string, string>,
): SocialOrganization {
  const parsed = parseCreditCode(row.credit_code);
  const isCreditCodeCheckValid = parsed.ok && parsed.isCheckValid;
  const isActive = row.is_active === 1;
  return {
    id: row.id,
    name: row.name,
    creditCode: row.credit_code,
    isCreditCodeCheckValid,
    creditCodeOverrideReason: row.credit_code_override_reason,
    orgType: row.org_type,
    registeringAuthority: row.registering_authority,
    registeredOn: row.registered_on,
    legalRepresentative: row.legal_representative,
    domains: parseJsonList(row.domains_json),
    evaluationGrade: row.evaluation_grade,
    staffCount: row.staff_count,
    address: row.address,
    status: row.status,
    region: { code: row.region_code, name: row.region_name },
    regionPath: regionPathCodes(row.region_code).map((code) => ({
      code,
      name: regionNames.get(code) ?? code,
    })),
    workerCount: Number(row.worker_count ?? 0),
    platformCount: Number(row.platform_count ?? 0),
    isActive,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    abilities: abilitiesOf(user, { regionCode: row.region_code, isActive, isCreditCodeCheckValid }),
  };
}

/** What an audit entry records of an organization: its columns as fields (no derived counts). */
export function auditedOrganization(
  row: Omit<
    SocialOrganizationTable,
    | "id"
    | "pinyin"
    | "pinyin_initials"
    | "created_at"
    | "created_by"
    | "updated_at"
    | "updated_by"
    | "is_demo"
  >,
): Record<string, unknown> {
  return {
    name: row.name,
    creditCode: row.credit_code,
    creditCodeOverrideReason: row.credit_code_override_reason,
    orgType: row.org_type,
    registeringAuthority: row.registering_authority,
    registeredOn: row.registered_on,
    legalRepresentative: row.legal_representative,
    domains: parseJsonList(row.domains_json),
    evaluationGrade: row.evaluation_grade,
    staffCount: row.staff_count,
    address: row.address,
    status: row.status,
    regionCode: row.region_code,
    isActive: row.is_active === 1,
  };
}
