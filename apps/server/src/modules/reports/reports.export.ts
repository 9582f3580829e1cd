import { indicatorOf, type PeriodicReportDetail, periodLabel, reportStatusLabels } from "@xinqiao/shared";
import type ExcelJS from "exceljs";
import type { FastifyReply } from "fastify";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { styleHeaderCell } from "../../platform/excel/sheetLayout.ts";
import { writeStreamingWorkbookToBuffer } from "../../platform/excel/streamingWorkbook.ts";
import { sendXlsx } from "../../platform/httpFiles.ts";
import { getReport, reportTitle } from "./reports.service.ts";

/**
 * A report as a workbook (GET /api/reports/:id/export): the figures the report page shows — the
 * snapshot once submitted, live before — the district and each street per indicator, with the
 * changed-since marker, then the manual fields. Values are written unrounded with the
 * catalogue's decimals as the cells' number format.
 */
type Context = Pick<AppContext, "db" | "clock">;

export async function exportReport(
  ctx: Context,
  user: RequestUser,
  id: number,
  ip: string | null,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const report = await getReport(ctx, user, id);
  const content = await reportWorkbook(report);
  await writeAudit(ctx.db, actorOf(user, ip), ctx.clock.now(), {
    action: "periodicReport.export",
    entity: "periodicReport",
    entityId: id,
    after: { regionCode: report.region.code, period: report.period, status: report.status },
  });
  return sendXlsx(reply, `${reportTitle(report.region.name, report.period)}.xlsx`, content);
}

const decimalsFormat = (decimals: number) => (decimals > 0 ? `0.${"0".repeat(decimals)}` : "0");
const chinaTime = (iso: string | null) =>
  iso ? new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ") : "—";

export function reportWorkbook(report: PeriodicReportDetail): Promise<Buffer> {
  return writeStreamingWorkbookToBuffer((workbook) => {
    const sheet = workbook.addWorksheet("报表");
    const { figures } = report;
    const isSnapshot = report.figuresSource === "snapshot";
    const changed = new Set(report.changedIndicators);
    sheet.getColumn(1).width = 26;
    sheet.getColumn(2).width = 10;
    sheet.getColumn(3).width = 14;
    figures.units.forEach((_, index) => {
      sheet.getColumn(index + 4).width = 14;
    });
    const add = (cells: (string | number | null)[]) => sheet.addRow(cells);
    const title = add([reportTitle(report.region.name, report.period)]);
    title.font = { bold: true, size: 14 };
    title.commit();
    for (const [label, value] of [
      ["状态", reportStatusLabels[report.status]],
      ["统计期", periodLabel(report.period, "zh-CN")],
      ["截止日期", report.dueOn],
      ["首次提交", chinaTime(report.firstSubmittedAt)],
      ["审核时间", chinaTime(report.decidedAt)],
      [
        "数据",
        isSnapshot
          ? `提交时的数据（${chinaTime(figures.takenAt)}）`
          : `实时数据（${chinaTime(figures.takenAt)}）`,
      ],
      ["数据质量问题", figures.dataQualityFindings === null ? "—" : String(figures.dataQualityFindings)],
    ] as const) {
      add([label, value]).commit();
    }
    add([]).commit();

    const headers = [
      "指标",
      "单位",
      report.region.name,
      ...figures.units.map((unit) => unit.name),
      ...(isSnapshot ? [report.status === "approved" ? "审核通过后有变化" : "提交后有变化"] : []),
    ];
    const header = add(headers);
    header.eachCell((cell: ExcelJS.Cell) => styleHeaderCell(cell));
    header.commit();
    for (const figure of figures.indicators) {
      const indicator = indicatorOf(figure.code);
      const unitValues = new Map(figure.units.map((unit) => [unit.code, unit.value]));
      const row = add([
        indicator?.name["zh-CN"] ?? figure.code,
        indicator?.unit["zh-CN"] ?? "",
        figure.value,
        ...figures.units.map((unit) => unitValues.get(unit.code) ?? null),
        ...(isSnapshot ? [changed.has(figure.code) ? "是" : ""] : []),
      ]);
      const format = decimalsFormat(indicator?.decimals ?? 2);
      for (let column = 3; column < 4 + figures.units.length; column += 1) {
        row.getCell(column).numFmt = format;
      }
      row.commit();
    }
    add([]).commit();
    const lastColumn = Math.max(headers.length, 3);
    for (const [label, text] of [
      ["总体情况", report.narrative],
      ["亮点", report.highlights],
      ["问题与建议", report.problems],
      ...(report.returnReason ? [["退回原因", report.returnReason] as const] : []),
    ] as const) {
      const row = add([label, text]);
      row.getCell(2).alignment = { wrapText: true, vertical: "top" };
      // The text spans the figures' width, so a paragraph reads as one.
      sheet.mergeCells(row.number, 2, row.number, lastColumn);
      row.commit();
    }
    sheet.commit();
  });
}
