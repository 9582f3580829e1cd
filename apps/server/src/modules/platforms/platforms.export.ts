import { idsOfQuery, type PlatformExportQuery, platformKinds, platformStatuses } from "@xinqiao/shared";
import type { FastifyReply } from "fastify";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { parseJsonList } from "../../platform/db/jsonColumns.ts";
import { keysetRows, streamAuditedExport } from "../../platform/exportFlow.ts";
import { platformExportColumns } from "./platforms.excel.ts";
import { standardFlags } from "./platforms.presenter.ts";
import * as repository from "./platforms.repository.ts";
import { entity } from "./platforms.service.ts";

/**
 * The current filtered list as .xlsx, streamed in keyset pages and audited. Platforms hold no
 * personal identifiers, so `unmasked` changes nothing and the export is recorded as masked.
 */
export function exportPlatforms(
  ctx: Pick<AppContext, "db" | "clock">,
  user: RequestUser,
  query: PlatformExportQuery,
  ip: string | null,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const { unmasked: _unmasked, ids, ...listed } = query;
  const filters = { ...listed, ids: idsOfQuery(ids) };
  const rows = keysetRows(
    (after, limit) => repository.exportPage(ctx.db, user.regionCode, filters, after?.id ?? 0, limit),
    (row) => {
      const staffCount = Number(row.staff_count ?? 0);
      const floorArea = row.floor_area === null ? null : Number(row.floor_area);
      const flags = standardFlags({ ...row, floor_area: floorArea }, staffCount);
      const below = [flags.isBelowStaffingStandard ? "人员" : "", flags.isBelowSpaceStandard ? "面积" : ""]
        .filter(Boolean)
        .join("、");
      return {
        kind: platformKinds[row.kind] ?? row.kind,
        name: row.name,
        regionName: row.region_name,
        regionCode: row.region_code,
        address: row.address,
        floorArea,
        facilities: parseJsonList(row.facilities_json).join("、"),
        operator: row.operator_name,
        openedOn: row.opened_on,
        status: platformStatuses[row.status as keyof typeof platformStatuses] ?? row.status,
        staffCount,
        belowStandard: below,
        isActive: row.is_active === 1 ? "是" : "否",
        isDemo: row.is_demo === 1 ? "是" : "否",
      };
    },
  );
  return streamAuditedExport(ctx, user, reply, {
    entity,
    fileName: "服务平台.xlsx",
    sheetName: "服务平台",
    columns: platformExportColumns,
    filters,
    isUnmasked: false,
    rows,
    ip,
  });
}
