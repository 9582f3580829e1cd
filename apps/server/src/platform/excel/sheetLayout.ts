import type ExcelJS from "exceljs";
import { type ExcelColumn, isTextKind } from "./columns.ts";

/**
 * Presentation shared by every workbook we write (template, error report, export), so all files
 * the system hands out look alike: bold shaded header, frozen below it, sensible widths.
 */
export const TEXT_FORMAT = "@";
export const DATE_FORMAT = "yyyy-mm-dd";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
const REQUIRED_HEADER_COLOR = "FFC00000";

/** Excel rejects names over 31 characters or containing : \ / ? * [ ]. */
export function safeSheetName(name: string, fallback = "Sheet1"): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, 31);
  return cleaned || fallback;
}

/** Text format for text/code columns keeps 18-digit ID numbers from being rounded when typed. */
export function columnNumFmt(column: Pick<ExcelColumn, "kind">): string | undefined {
  if (isTextKind(column)) return TEXT_FORMAT;
  return column.kind === "date" ? DATE_FORMAT : undefined;
}

export function columnWidth(column: Pick<ExcelColumn, "header" | "width" | "kind">): number {
  if (column.width) return column.width;
  const headerWidth = displayWidth(column.header) + 4;
  const contentWidth = column.kind === "code" ? 22 : column.kind === "date" ? 12 : 10;
  return Math.min(Math.max(headerWidth, contentWidth), 50);
}

/** CJK characters take two columns in Excel's width units. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u2e80-\uffff]/.test(character) ? 2 : 1;
  return width;
}

export function styleHeaderCell(cell: ExcelJS.Cell, isRequired = false): void {
  cell.font = { bold: true, ...(isRequired ? { color: { argb: REQUIRED_HEADER_COLOR } } : {}) };
  cell.fill = HEADER_FILL;
  cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
}

export function frozenAtRow(headerRowNumber: number): Partial<ExcelJS.WorksheetView>[] {
  return [{ state: "frozen", xSplit: 0, ySplit: headerRowNumber }];
}
