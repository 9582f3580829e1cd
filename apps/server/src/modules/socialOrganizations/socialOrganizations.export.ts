import {
  idsOfQuery,
  organizationStatuses,
  parseCreditCode,
  type SocialOrganizationExportQuery,
} from "@xinqiao/shared";
import type { FastifyReply } from "fastify";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { parseJsonList } from "../../platform/db/jsonColumns.ts";
import { keysetRows, streamAuditedExport } from "../../platform/exportFlow.ts";
import { organizationExportColumns } from "./socialOrganizations.excel.ts";
import * as repository from "./socialOrganizations.repository.ts";
import { entity } from "./socialOrganizations.service.ts";

/**
 * The current filtered list as .xlsx, streamed in keyset pages and audited. Organizations hold no
 * personal identifiers, so `unmasked` changes nothing here and the export is always recorded as
 * masked.
 */
export function exportSocialOrganizations(
  ctx: Pick<AppContext, "db" | "clock">,
  user: RequestUser,
  query: SocialOrganizationExportQuery,
  ip: string | null,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const { unmasked: _unmasked, ids, ...listed } = query;
  const filters = { ...listed, ids: idsOfQuery(ids) };
  const rows = keysetRows(
    (after, limit) => repository.exportPage(ctx.db, user.regionCode, filters, after?.id ?? 0, limit),
    (row) => {
      const code = parseCreditCode(row.credit_code);
      return {
        name: row.name,
        creditCode: row.credit_code,
        checkValid: code.ok && code.isCheckValid ? "通过" : "未通过",
        overrideReason: row.credit_code_override_reason,
        orgType: row.org_type,
        registeringAuthority: row.registering_authority,
        registeredOn: row.registered_on,
        legalRepresentative: row.legal_representative,
        domains: parseJsonList(row.domains_json).join("、"),
        evaluationGrade: row.evaluation_grade,
        staffCount: row.staff_count,
        workerCount: Number(row.worker_count ?? 0),
        address: row.address,
        status: organizationStatuses[row.status as keyof typeof organizationStatuses] ?? row.status,
        regionName: row.region_name,
        regionCode: row.region_code,
        isActive: row.is_active === 1 ? "是" : "否",
        isDemo: row.is_demo === 1 ? "是" : "否",
      };
    },
  );
  return streamAuditedExport(ctx, user, reply, {
    entity,
    fileName: "社会组织.xlsx",
    sheetName: "社会组织",
    columns: organizationExportColumns,
    filters,
    isUnmasked: false,
    rows,
    ip,
  });
}
