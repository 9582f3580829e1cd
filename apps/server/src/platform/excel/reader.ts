import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { normalizedCellText, type OriginalCell, originalCellOf } from "./cells.ts";
import { type ExcelColumn, HEADER_SEARCH_ROWS, MAX_IMPORT_ROWS } from "./columns.ts";
import { ExcelFormatError, INVALID_XLSX_MESSAGE } from "./excelFormatError.ts";
import { findHeaderRow, type HeaderMatch } from "./headerRow.ts";

/**
 * The one importer every registry module uses. It streams the workbook (exceljs WorkbookReader)
 * so 50,000 rows parse in about two seconds, picks the first visible sheet whose header row holds
 * every required column, and hands back normalised text per column key. It never validates
 * values: that belongs to the module, which reports problems per row.
 */
export interface ImportRow<K extends string = string> {
  /** The Excel row number the user sees. */
  rowNumber: number;
  /** Normalised text by column key; null when empty or when the optional column is absent. */
  values: Record<K, string | null>;
  /** Keys whose cell held a number — lets a module reject ID numbers Excel has rounded. */
  numericCellKeys: readonly K[];
  /** The row's cells from column A to the last header column, for the error report. */
  original: OriginalCell[];
}

export interface ImportSheet<K extends string = string> {
  sheetName: string;
  headerRowNumber: number;
  /** Header texts from column A on; pass them to buildErrorReport. */
  headerRow: string[];
  rows: ImportRow<K>[];
}

export interface ReadImportOptions {
  maxRows?: number;
}

interface SheetRow {
  rowNumber: number;
  cells: OriginalCell[];
}

type SheetOutcome<K extends string> =
  | { isDataSheet: true; result: ImportSheet<K> | ExcelFormatError }
  | { isDataSheet: false; closestHeader: HeaderMatch<K> | undefined };

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

export async function readImportSheet<K extends string>(
  buffer: Buffer,
  columns: readonly ExcelColumn<K>[],
  options: ReadImportOptions = {},
): Promise<ImportSheet<K>> {
  assertZipFile(buffer);
  const maxRows = options.maxRows ?? MAX_IMPORT_ROWS;
  // Once a sheet decides the outcome (imported, or a format error in it), later sheets are only drained.
  let outcome: ImportSheet<K> | ExcelFormatError | undefined;
  let closestHeader: HeaderMatch<K> | undefined;
  let sheetCount = 0;
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
      sharedStrings: "cache",
      styles: "cache", // needed to recognise date-formatted numbers as dates
      hyperlinks: "ignore",
      worksheets: "emit",
    });
    for await (const worksheet of workbook) {
      sheetCount += 1;
      const { name, state } = worksheet as unknown as { name: string; state?: string };
      // Every sheet is read to its end, even unused ones: abandoning exceljs's iterator midway
      // leaves its temporary files behind until the process exits.
      if (outcome || (state !== undefined && state !== "visible")) {
        for await (const _row of worksheet) {
          // drained on purpose
        }
        continue;
      }
      const sheet = await readSheet(worksheet, name, columns, maxRows);
      if (!sheet.isDataSheet) {
        const matchedCount = sheet.closestHeader?.columnIndexByKey.size ?? 0;
        if (matchedCount > (closestHeader?.columnIndexByKey.size ?? 0)) closestHeader = sheet.closestHeader;
      } else outcome = sheet.result;
    }
  } catch (error) {
    throw new ExcelFormatError(INVALID_XLSX_MESSAGE, { cause: error });
  }
  if (outcome instanceof ExcelFormatError) throw outcome;
  if (outcome) return outcome;
  if (sheetCount === 0) throw new ExcelFormatError(INVALID_XLSX_MESSAGE);
  throw headerError(closestHeader, columns);
}

function assertZipFile(buffer: Buffer): void {
  // An empty or non-zip buffer would make exceljs wait forever or fail obscurely.
  if (buffer.subarray(0, 4).equals(ZIP_SIGNATURE)) return;
  if (buffer.subarray(0, 4).equals(OLE_SIGNATURE)) {
    throw new ExcelFormatError(`${INVALID_XLSX_MESSAGE}：旧版 .xls 文件请在 Excel 中另存为 .xlsx 后再导入`);
  }
  throw new ExcelFormatError(INVALID_XLSX_MESSAGE);
}

async function readSheet<K extends string>(
  worksheet: AsyncIterable<ExcelJS.Row>,
  sheetName: string,
  columns: readonly ExcelColumn<K>[],
  maxRows: number,
): Promise<SheetOutcome<K>> {
  const leadingRows: SheetRow[] = [];
  let header: HeaderMatch<K> | undefined;
  let isHeaderSearchDone = false;
  const rows: ImportRow<K>[] = [];
  let hasTooManyRows = false;

  const accept = (row: SheetRow) => {
    if (!header || header.missingRequired.length > 0 || header.duplicated.length > 0) return;
    if (row.rowNumber <= header.rowNumber) return;
    const importRow = toImportRow(row, header, columns);
    if (!importRow) return;
    if (rows.length >= maxRows) hasTooManyRows = true;
    else rows.push(importRow);
  };
  const finishHeaderSearch = () => {
    isHeaderSearchDone = true;
    header = findHeaderRow(leadingRows, columns);
    for (const row of leadingRows) accept(row);
  };

  for await (const excelRow of worksheet) {
    const row = { rowNumber: excelRow.number, cells: cellsOf(excelRow) };
    if (isHeaderSearchDone) accept(row);
    else if (row.rowNumber <= HEADER_SEARCH_ROWS) leadingRows.push(row);
    else {
      finishHeaderSearch();
      accept(row);
    }
  }
  if (!isHeaderSearchDone) finishHeaderSearch();

  if (!header || header.missingRequired.length > 0) return { isDataSheet: false, closestHeader: header };
  return { isDataSheet: true, result: sheetResult(sheetName, header, rows, hasTooManyRows, maxRows) };
}

function sheetResult<K extends string>(
  sheetName: string,
  header: HeaderMatch<K>,
  rows: ImportRow<K>[],
  hasTooManyRows: boolean,
  maxRows: number,
): ImportSheet<K> | ExcelFormatError {
  if (header.duplicated.length > 0) {
    return new ExcelFormatError(`表头重复：${[...new Set(header.duplicated)].join("、")}，请删除多余的列`);
  }
  if (hasTooManyRows) return new ExcelFormatError(`数据超过 ${maxRows} 行，请拆分成多个文件分批导入`);
  if (rows.length === 0) return new ExcelFormatError("文件中没有数据：请在表头下方填写数据");
  return { sheetName, headerRowNumber: header.rowNumber, headerRow: header.cells, rows };
}

function cellsOf(row: ExcelJS.Row): OriginalCell[] {
  // row.values is 1-based (index 0 unused) and sparse.
  const values = row.values as ExcelJS.CellValue[];
  const cells: OriginalCell[] = [];
  for (let index = 1; index < values.length; index += 1) cells.push(originalCellOf(values[index]));
  return cells;
}

function toImportRow<K extends string>(
  row: SheetRow,
  header: HeaderMatch<K>,
  columns: readonly ExcelColumn<K>[],
): ImportRow<K> | undefined {
  const original = Array.from({ length: header.cells.length }, (_, index) => row.cells[index] ?? null);
  if (original.every((cell) => normalizedCellText(cell) === null)) return undefined;
  const values = {} as Record<K, string | null>;
  const numericCellKeys: K[] = [];
  for (const column of columns) {
    const index = header.columnIndexByKey.get(column.key);
    const cell = index === undefined ? null : (original[index] ?? null);
    values[column.key] = normalizedCellText(cell, column.kind);
    if (typeof cell === "number") numericCellKeys.push(column.key);
  }
  return { rowNumber: row.rowNumber, values, numericCellKeys, original };
}

function headerError<K extends string>(
  closestHeader: HeaderMatch<K> | undefined,
  columns: readonly ExcelColumn<K>[],
): ExcelFormatError {
  if (closestHeader) return new ExcelFormatError(`缺少列：${closestHeader.missingRequired.join("、")}`);
  const expected = columns.map((column) => column.header).join("、");
  return new ExcelFormatError(
    `未找到表头：前 ${HEADER_SEARCH_ROWS} 行中没有可识别的列名，请使用导入模板（应包含：${expected}）`,
  );
}
