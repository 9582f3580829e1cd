import {
  type AnalyticsProblem,
  analyticsProblems,
  type Dashboard,
  type DashboardQuery,
  educationLevels,
  type IndicatorDefinition,
  indicatorCatalogue,
  measureCatalogue,
  periodLabel,
  qualificationLevels,
  shortBoardRatio,
} from "@xinqiao/shared";
import type ExcelJS from "exceljs";
import type { FastifyReply } from "fastify";
import { writeAudit } from "../../platform/audit.ts";
import { actorOf, type RequestUser } from "../../platform/auth/requestUser.ts";
import type { AppContext } from "../../platform/context.ts";
import { frozenAtRow, styleHeaderCell, TEXT_FORMAT } from "../../platform/excel/sheetLayout.ts";
import {
  type StreamingWorkbook,
  writeStreamingWorkbookToBuffer,
} from "../../platform/excel/streamingWorkbook.ts";
import { sendXlsx } from "../../platform/httpFiles.ts";
import { dashboardOf } from "./dashboard.service.ts";

/**
 * The dashboard as a workbook (GET /api/dashboard/export): the very answer of GET /api/dashboard
 * (same scope rule, same figures — nothing is recounted here) laid out one sheet per table of the
 * page: each problem's units × indicators, the composite ranking, the talent structure, the
 * 24-month trend, and what each indicator means. Values are written unrounded; the cells' number
 * formats show the catalogue's decimals, so a figure read back equals the dashboard's.
 */
type Context = Pick<AppContext, "db" | "clock">;

export const problemSheetNames: Record<AnalyticsProblem, string> = {
  imbalance: "发展不平衡",
  talent: "人才短缺",
  quality: "服务质量",
  funding: "资金投入",
};

/**
 * The indicators a problem's table shows, in catalogue order. The imbalance table compares the
 * units on everything the composite index counts (mean satisfaction is a quality indicator that
 * also measures imbalance) besides its own; the web's panels use the same rule.
 */
export function indicatorsOfProblem(problem: AnalyticsProblem): IndicatorDefinition[] {
  return indicatorCatalogue.filter((indicator) =>
    problem === "imbalance"
      ? indicator.composite || indicator.problem === "imbalance"
      : indicator.problem === problem,
  );
}

/** zh-CN labels of the breakdown values the measure sources write (`dimension=value`). */
const dimensionValueLabels: Record<string, Record<string, string>> = {
  qualification: qualificationLevels,
  education: educationLevels,
  ageBand: { under30: "30岁以下", "30to39": "30–39岁", "40to49": "40–49岁", "50plus": "50岁及以上" },
  major: { socialWork: "社会工作专业", other: "其他专业" },
};

export async function exportDashboard(
  ctx: Context,
  user: RequestUser,
  query: DashboardQuery,
  ip: string | null,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const dashboard = await dashboardOf(ctx, user, query);
  const exportedAt = ctx.clock.now();
  const content = await dashboardWorkbook(dashboard, exportedAt);
  await writeAudit(ctx.db, actorOf(user, ip), exportedAt, {
    action: "dashboard.export",
    entity: "dashboard",
    entityId: dashboard.region.code,
    after: { region: dashboard.region.code, period: dashboard.period },
  });
  return sendXlsx(reply, `${dashboard.region.name}统计分析_${dashboard.period}.xlsx`, content);
}

export function dashboardWorkbook(dashboard: Dashboard, exportedAt: Date): Promise<Buffer> {
  return writeStreamingWorkbookToBuffer((workbook) => {
    for (const problem of analyticsProblems) problemSheet(workbook, dashboard, problem);
    compositeSheet(workbook, dashboard);
    structureSheet(workbook, dashboard);
    trendSheet(workbook, dashboard);
    aboutSheet(workbook, dashboard, exportedAt);
  });
}

type Cell = string | number | null;

function sheetOf(
  workbook: StreamingWorkbook,
  name: string,
  columns: readonly { header: string; width: number; numFmt?: string }[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: frozenAtRow(1) });
  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.width;
    if (column.numFmt) sheetColumn.numFmt = column.numFmt;
  });
  const header = sheet.addRow(columns.map((column) => column.header));
  header.eachCell((cell) => styleHeaderCell(cell));
  header.commit();
  return sheet;
}

const add = (sheet: ExcelJS.Worksheet, cells: readonly Cell[]) => sheet.addRow([...cells]).commit();

const decimalsFormat = (decimals: number) => (decimals > 0 ? `0.${"0".repeat(decimals)}` : "0");
const codeColumn = { header: "区划代码", width: 16, numFmt: TEXT_FORMAT };
const nameColumn = { header: "名称", width: 18 };
const unitName = (dashboard: Dashboard, code: string) =>
  dashboard.units.find((unit) => unit.code === code)?.name ?? code;

/**
 * Units × the problem's indicators: each value, its ratio to the median and the 短板 mark; below
 * the units the region's own value, the median and the coefficient of variation.
 */
function problemSheet(workbook: StreamingWorkbook, dashboard: Dashboard, problem: AnalyticsProblem): void {
  const definitions = indicatorsOfProblem(problem);
  const figures = definitions.map((definition) =>
    dashboard.indicators.find((indicator) => indicator.code === definition.code),
  );
  const withIndex = problem === "imbalance";
  const sheet = sheetOf(workbook, problemSheetNames[problem], [
    codeColumn,
    nameColumn,
    ...definitions.flatMap((definition) => [
      {
        header: `${definition.name["zh-CN"]}（${definition.unit["zh-CN"]}）`,
        width: 20,
        numFmt: decimalsFormat(definition.decimals),
      },
      { header: `${definition.name["zh-CN"]} 与中位数之比`, width: 14, numFmt: "0.00" },
      { header: `${definition.name["zh-CN"]} 短板`, width: 10 },
    ]),
    ...(withIndex
      ? [
          { header: "综合发展指数", width: 14, numFmt: "0.0" },
          { header: "排名", width: 8 },
        ]
      : []),
  ]);
  if (definitions.length === 0) {
    // The panel exists before its module does (funding arrives with projects): say why it is empty.
    add(sheet, [null, `尚未记录${problemSheetNames[problem]}数据`]);
    sheet.commit();
    return;
  }
  for (const unit of dashboard.units) {
    const composite = dashboard.composite.find((entry) => entry.code === unit.code);
    add(sheet, [
      unit.code,
      unit.name,
      ...figures.flatMap((figure) => {
        const value = figure?.units.find((entry) => entry.code === unit.code);
        return [value?.value ?? null, value?.ratioToMedian ?? null, value?.isShortBoard ? "短板" : null];
      }),
      ...(withIndex ? [composite?.index ?? null, composite?.rank ?? null] : []),
    ]);
  }
  add(sheet, [
    dashboard.region.code,
    `${dashboard.region.name}（合计）`,
    ...figures.flatMap((figure) => [figure?.value ?? null, null, null]),
  ]);
  add(sheet, [null, "中位数", ...figures.flatMap((figure) => [figure?.median ?? null, null, null])]);
  add(sheet, [
    null,
    "变异系数",
    ...figures.flatMap((figure) => [figure?.coefficientOfVariation ?? null, null, null]),
  ]);
  sheet.commit();
}

function compositeSheet(workbook: StreamingWorkbook, dashboard: Dashboard): void {
  const flagged = new Map(dashboard.shortBoards.map((entry) => [entry.code, entry.indicators]));
  const sheet = sheetOf(workbook, "综合指数", [
    { header: "排名", width: 8 },
    codeColumn,
    nameColumn,
    { header: "综合发展指数（0–100）", width: 22, numFmt: "0.0" },
    { header: "短板指标", width: 40 },
  ]);
  const ranked = [...dashboard.composite].sort(
    (a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY),
  );
  for (const entry of ranked) {
    const shortBoards = (flagged.get(entry.code) ?? []).map(
      (code) => indicatorCatalogue.find((indicator) => indicator.code === code)?.name["zh-CN"] ?? code,
    );
    add(sheet, [
      entry.rank,
      entry.code,
      unitName(dashboard, entry.code),
      entry.index,
      shortBoards.join("、") || null,
    ]);
  }
  sheet.commit();
}

/** The breakdowns of stock measures (who the workers are); flows' breakdowns show on the page only. */
function structureSheet(workbook: StreamingWorkbook, dashboard: Dashboard): void {
  const sheet = sheetOf(workbook, "人才结构", [
    { header: "统计对象", width: 16 },
    { header: "维度", width: 12 },
    { header: "类别", width: 20 },
    { header: "人数", width: 10 },
    { header: "占比", width: 10, numFmt: "0.0%" },
  ]);
  for (const breakdown of dashboard.structure) {
    const measure = measureCatalogue.find((entry) => entry.code === breakdown.measure);
    if (measure?.kind !== "stock") continue;
    const dimension = measure.dimensions?.find((entry) => entry.code === breakdown.dimension);
    const total = breakdown.counts.reduce((sum, entry) => sum + entry.count, 0);
    for (const entry of breakdown.counts) {
      add(sheet, [
        measure.name["zh-CN"],
        dimension?.name["zh-CN"] ?? breakdown.dimension,
        dimensionValueLabels[breakdown.dimension]?.[entry.value] ?? entry.value,
        entry.count,
        total > 0 ? entry.count / total : null,
      ]);
    }
  }
  sheet.commit();
}

function trendSheet(workbook: StreamingWorkbook, dashboard: Dashboard): void {
  const series = dashboard.trends.series;
  const sheet = sheetOf(workbook, "趋势", [
    { header: "月份", width: 10, numFmt: TEXT_FORMAT },
    ...series.map((entry) => ({
      header:
        measureCatalogue.find((measure) => measure.code === entry.measure)?.name["zh-CN"] ?? entry.measure,
      width: 14,
    })),
  ]);
  dashboard.trends.months.forEach((month, index) => {
    add(sheet, [month, ...series.map((entry) => entry.values[index] ?? null)]);
  });
  sheet.commit();
}

const directionNames = { higherIsBetter: "越高越好", lowerIsBetter: "越低越好" } as const;

function aboutSheet(workbook: StreamingWorkbook, dashboard: Dashboard, exportedAt: Date): void {
  const sheet = sheetOf(workbook, "说明", [
    { header: "项目", width: 24 },
    { header: "内容", width: 60 },
    { header: "单位", width: 12 },
    { header: "统计期", width: 14 },
    { header: "方向", width: 10 },
    { header: "计入综合指数", width: 14 },
  ]);
  add(sheet, ["区划", `${dashboard.region.name}（${dashboard.region.code}）`]);
  add(sheet, ["统计期", periodLabel(dashboard.period, "zh-CN")]);
  add(sheet, ["数据更新于", dashboard.asOf ? chinaTime(new Date(dashboard.asOf)) : "尚未生成"]);
  add(sheet, ["导出时间", chinaTime(exportedAt)]);
  add(sheet, [
    "短板",
    `发展不平衡表中的指标（人均指标与计入综合指数的指标）低于下级单位中位数的 ${shortBoardRatio * 100}%（越低越好的指标：高于中位数的 1/${shortBoardRatio}）`,
  ]);
  add(sheet, ["综合发展指数", "各计入指标按方向做最小–最大归一化后取平均，乘以 100（0–100）"]);
  add(sheet, []);
  for (const indicator of indicatorCatalogue) {
    const figure = dashboard.indicators.find((entry) => entry.code === indicator.code);
    add(sheet, [
      indicator.name["zh-CN"],
      indicator.formula,
      indicator.unit["zh-CN"],
      figure?.period === "now" ? "当前" : periodLabel(dashboard.period, "zh-CN"),
      directionNames[indicator.direction],
      indicator.composite ? "是" : "否",
    ]);
  }
  sheet.commit();
}

/** 2026-11-30 15:59 (China time), as the page shows it. */
function chinaTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}
