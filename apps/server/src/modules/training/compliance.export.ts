import { type ComplianceQuery, qualificationLevels } from "@xinqiao/shared";
import type { FastifyReply } from "fastify";
import type { RequestUser } from "../../platform/auth/requestUser.ts";
import { todayInChina } from "../../platform/clock.ts";
import type { ExcelColumn } from "../../platform/excel/index.ts";
import { streamAuditedExport } from "../../platform/exportFlow.ts";
import { regionNamesOf } from "../../platform/regionLookup.ts";
import { listRegionOf } from "../../platform/scope.ts";
import { complianceRows } from "./compliance.service.ts";
import type { Context } from "./courses.service.ts";

/**
 * The compliance report as a workbook through the one export flow (the report's scope, streamed,
 * audited): one row per worker a requirement applies to, by district and station, so both the
 * counts (filter 是否达标) and who is short, by how much, come out of one sheet.
 */
type Key =
  | "district"
  | "station"
  | "name"
  | "level"
  | "cycle"
  | "required"
  | "completed"
  | "shortBy"
  | "isMet";

const columns: ExcelColumn<Key>[] = [
  { key: "district", header: "区（县）", kind: "text", width: 12, description: "" },
  { key: "station", header: "社工站/所在街道", kind: "text", width: 28, description: "" },
  { key: "name", header: "姓名", kind: "text", width: 10, description: "" },
  { key: "level", header: "资格等级", kind: "text", width: 14, description: "" },
  { key: "cycle", header: "本周期", kind: "text", width: 24, description: "起始日—届满日" },
  { key: "required", header: "应修学时", width: 10, description: "" },
  { key: "completed", header: "已修学时", width: 10, description: "" },
  { key: "shortBy", header: "差额学时", width: 10, description: "" },
  { key: "isMet", header: "是否达标", kind: "text", width: 8, description: "是/否" },
];

export async function exportCompliance(
  ctx: Context,
  user: RequestUser,
  query: ComplianceQuery,
  ip: string | null,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const regionCode = listRegionOf(user.regionCode, query.regionCode);
  const rows = regionCode ? await complianceRows(ctx.db, regionCode, todayInChina(ctx.clock.now())) : [];
  const names = await regionNamesOf(
    ctx.db,
    rows.map((row) => row.districtCode),
  );
  async function* records() {
    for (const row of rows) {
      yield {
        district: names.get(row.districtCode) ?? row.districtCode,
        station: row.stationName,
        name: row.name,
        level: qualificationLevels[row.qualificationLevel],
        cycle: `${row.cycleStart}—${row.cycleEnd}`,
        required: row.requiredHours,
        completed: row.completedHours,
        shortBy: row.shortBy,
        isMet: row.isMet ? "是" : "否",
      };
    }
  }
  return streamAuditedExport(ctx, user, reply, {
    entity: "trainingCompliance",
    fileName: "继续教育达标情况.xlsx",
    sheetName: "继续教育达标",
    columns,
    filters: { ...query },
    isUnmasked: false,
    rows: records(),
    ip,
  });
}
