import type { RegionLevel } from "@xinqiao/shared";
import ExcelJS from "exceljs";
import { type ExcelColumn, type ExcelColumnKind, isTextKind, MAX_IMPORT_ROWS } from "./columns.ts";
import { numberToPlainText } from "./normalize.ts";
import { columnNumFmt, columnWidth, frozenAtRow, safeSheetName, styleHeaderCell } from "./sheetLayout.ts";

/**
 * The import template a module offers for download. Its first sheet is what readImportSheet
 * reads back; the second, 填写说明, explains each column, because most import errors come from
 * Excel silently converting what users type.
 */
export type TemplateValue = string | number | null | undefined;

export interface TemplateOptions<K extends string> {
  sheetName: string;
  columns: readonly ExcelColumn<K>[];
  /** Prefilled rows, e.g. the communities whose numbers the user is asked to fill in. */
  rows?: readonly Partial<Record<K, TemplateValue>>[];
  title?: string;
  /**
   * The regions the user may import into, listed on a sheet of their own (code, full path,
   * level) so a region column can be filled by copying either form.
   */
  regions?: readonly TemplateRegion[];
}

export interface TemplateRegion {
  code: string;
  /** "海曙区/南门街道/柳锦社区" */
  path: string;
  level: RegionLevel;
}

const INSTRUCTIONS_SHEET = "填写说明";
const REGIONS_SHEET = "区划代码表";
const OPTIONS_SHEET = "可选值";
/** Excel's limit for a validation list written inline as "a,b,c". */
const INLINE_LIST_LIMIT = 255;

const kindLabels: Record<ExcelColumnKind, string> = {
  text: "文本",
  code: "文本（编码，勿转为数字）",
  integer: "整数",
  date: "日期",
};

export async function buildTemplate<K extends string>(options: TemplateOptions<K>): Promise<Buffer> {
  const { columns } = options;
  const workbook = new ExcelJS.Workbook();
  const headerRowNumber = options.title ? 2 : 1;
  const sheetName = safeSheetName(options.sheetName);
  const sheet = workbook.addWorksheet(sheetName, { views: frozenAtRow(headerRowNumber) });

  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = columnWidth(column);
    const numFmt = columnNumFmt(column);
    if (numFmt) sheetColumn.numFmt = numFmt;
  });
  if (options.title) writeTitle(sheet, options.title, columns.length);
  const headerRow = sheet.getRow(headerRowNumber);
  columns.forEach((column, index) => {
    const cell = headerRow.getCell(index + 1);
    cell.value = column.header;
    styleHeaderCell(cell, column.required);
  });
  for (const row of options.rows ?? []) {
    sheet.addRow(columns.map((column) => prefilledValue(row[column.key], column)));
  }

  addInstructions(workbook, columns, sheetName, Boolean(options.regions?.length));
  addAllowedValueLists(workbook, sheet, columns, headerRowNumber);
  if (options.regions?.length) addRegions(workbook, options.regions);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeTitle(sheet: ExcelJS.Worksheet, title: string, columnCount: number): void {
  if (columnCount > 1) sheet.mergeCells(1, 1, 1, columnCount);
  const cell = sheet.getCell(1, 1);
  cell.value = title;
  cell.font = { bold: true, size: 14 };
  cell.alignment = { vertical: "middle", horizontal: "center" };
  sheet.getRow(1).height = 28;
}

function prefilledValue(value: TemplateValue, column: ExcelColumn): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "number" && isTextKind(column)) return numberToPlainText(value);
  return value;
}

function addAllowedValueLists(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  columns: readonly ExcelColumn[],
  headerRowNumber: number,
): void {
  let optionsSheet: ExcelJS.Worksheet | undefined;
  // exceljs supports worksheet-level validations at runtime but leaves them out of its typings.
  const { dataValidations } = sheet as unknown as {
    dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
  };
  columns.forEach((column, index) => {
    const values = column.allowedValues ?? [];
    if (values.length === 0) return;
    const inlineList = `"${values.join(",")}"`;
    let listFormula = inlineList;
    if (values.some((value) => /[,"]/.test(value)) || inlineList.length > INLINE_LIST_LIMIT) {
      optionsSheet ??= workbook.addWorksheet(OPTIONS_SHEET, { state: "hidden" });
      const listSheet = optionsSheet;
      const optionsColumn = listSheet.getColumn(index + 1);
      values.forEach((value, valueIndex) => {
        listSheet.getCell(valueIndex + 1, index + 1).value = value;
      });
      listFormula = `'${OPTIONS_SHEET}'!$${optionsColumn.letter}$1:$${optionsColumn.letter}$${values.length}`;
    }
    const letter = sheet.getColumn(index + 1).letter;
    dataValidations.add(`${letter}${headerRowNumber + 1}:${letter}${headerRowNumber + MAX_IMPORT_ROWS}`, {
      type: "list",
      allowBlank: true,
      formulae: [listFormula],
      showErrorMessage: true,
      errorTitle: column.header,
      error: `请从下拉列表中选择：${values.join("、")}`.slice(0, 255),
    });
  });
}

const levelNames: Record<RegionLevel, string> = {
  city: "市",
  district: "区（县）",
  street: "街道（乡镇）",
  community: "社区（村）",
};

function addRegions(workbook: ExcelJS.Workbook, regions: readonly TemplateRegion[]): void {
  const sheet = workbook.addWorksheet(REGIONS_SHEET, { views: frozenAtRow(1) });
  sheet.columns = [
    { header: "区划代码", width: 16 },
    { header: "区划名称（完整路径）", width: 48 },
    { header: "层级", width: 12 },
  ];
  sheet.getColumn(1).numFmt = "@";
  sheet.getRow(1).eachCell((cell) => styleHeaderCell(cell));
  for (const region of regions) sheet.addRow([region.code, region.path, levelNames[region.level]]);
}

function addInstructions(
  workbook: ExcelJS.Workbook,
  columns: readonly ExcelColumn[],
  sheetName: string,
  hasRegions: boolean,
): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.columns = [
    { header: "列名", width: 20 },
    { header: "是否必填", width: 10 },
    { header: "格式", width: 24 },
    { header: "说明", width: 60 },
    { header: "可选值", width: 40 },
  ];
  sheet.getRow(1).eachCell((cell) => styleHeaderCell(cell));
  for (const column of columns) {
    const row = sheet.addRow([
      column.header,
      column.required ? "是" : "否",
      kindLabels[column.kind ?? "text"],
      column.description,
      (column.allowedValues ?? []).join("、"),
    ]);
    row.alignment = { vertical: "top", wrapText: true };
  }
  sheet.addRow([]);
  sheet.addRow(["注意事项"]).getCell(1).font = { bold: true };
  const notes = generalNotes(sheetName);
  if (hasRegions) {
    notes.push(`「${REGIONS_SHEET}」列出您可以导入的全部区划：区划列可复制其中的代码或完整名称。`);
  }
  notes.forEach((note, index) => {
    sheet.addRow([`${index + 1}. ${note}`]);
  });
}

function generalNotes(sheetName: string): string[] {
  return [
    `请在第一个工作表「${sheetName}」中填写，一行一条记录；表头上方的标题行可以保留。`,
    "不要修改表头（列名须与模板一致）；列的顺序可以调整，表头之外多出的列会被忽略。",
    "表头为红色的列为必填。",
    "身份证号等编码列必须为文本格式：Excel 会把超过 15 位的数字截断（后几位变成 0），请不要把这些列改成数字或常规格式；从其他表格复制后请确认没有变成 1.10105E+17 这样的科学计数法。",
    "日期可写 2024-01-05、2024/1/5、2024年1月5日，也可以使用 Excel 的日期格式。",
    "有下拉选项的列请从下拉列表中选择。",
    `空行会被忽略；每次最多导入 ${MAX_IMPORT_ROWS} 行，超过请拆分成多个文件。`,
    "导入如有错误，可下载错误报告：按其中的“错误原因”修改后，可直接重新导入该文件。",
  ];
}
