import {
  DATE_FORMAT,
  displayWidth,
  frozenAtRow,
  safeSheetName,
  styleHeaderCell,
  TEXT_FORMAT,
} from "./sheetLayout.ts";
import { writeStreamingWorkbookToBuffer } from "./streamingWorkbook.ts";

/**
 * The file a user downloads after a failed import: their own rows, untouched, between a 行号
 * column and an 错误原因 column. Because the header is theirs too, the fixed file can be
 * imported again as it is (the two extra columns are ignored by the reader).
 */
export interface ErrorReportRow {
  rowNumber: number;
  /** ImportRow.original: the cells from column A on. */
  original: readonly unknown[];
  messages: readonly string[];
}

export interface ErrorReportOptions {
  sheetName: string;
  /** ImportSheet.headerRow. */
  headerRow: readonly string[];
  rows: readonly ErrorReportRow[];
}

const ROW_NUMBER_HEADER = "行号";
const REASON_HEADER = "错误原因";
const REASON_COLOR = "FFC00000";

type WritableCell = string | number | boolean | Date | null;

export async function buildErrorReport(options: ErrorReportOptions): Promise<Buffer> {
  const width = options.rows.reduce(
    (widest, row) => Math.max(widest, row.original.length),
    options.headerRow.length,
  );
  const headers = Array.from({ length: width }, (_, index) => options.headerRow[index] ?? "");
  return writeStreamingWorkbookToBuffer((workbook) => {
    const sheet = workbook.addWorksheet(safeSheetName(options.sheetName, "错误报告"), {
      views: frozenAtRow(1),
    });
    sheet.getColumn(1).width = 8;
    headers.forEach((header, index) => {
      const column = sheet.getColumn(index + 2);
      column.width = Math.min(Math.max(displayWidth(header) + 4, 12), 40);
      // Text format so that retyped ID numbers stay intact when the user fixes the file.
      column.numFmt = TEXT_FORMAT;
    });
    sheet.getColumn(width + 2).width = 60;

    const headerRow = sheet.addRow([ROW_NUMBER_HEADER, ...headers, REASON_HEADER]);
    headerRow.eachCell((cell) => styleHeaderCell(cell));
    headerRow.commit();
    for (const row of options.rows) {
      const cells = headers.map((_, index) => writableCell(row.original[index]));
      const excelRow = sheet.addRow([row.rowNumber, ...cells, row.messages.join("；")]);
      cells.forEach((cell, index) => {
        if (cell instanceof Date) excelRow.getCell(index + 2).numFmt = DATE_FORMAT;
      });
      excelRow.getCell(width + 2).font = { color: { argb: REASON_COLOR } };
      excelRow.commit();
    }
    sheet.commit();
  });
}

function writableCell(value: unknown): WritableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return String(value);
}
