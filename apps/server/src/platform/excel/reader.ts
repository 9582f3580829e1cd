import { excelErrorMessage, excelErrorValueOf, normalizedCellText, type OriginalCell } from "./cells.ts";
import { type ExcelColumn, HEADER_SEARCH_ROWS, MAX_IMPORT_ROWS } from "./columns.ts";
import { ExcelFormatError, INVALID_XLSX_MESSAGE } from "./excelFormatError.ts";
import { findHeaderRow, type HeaderMatch } from "./headerRow.ts";
import { type SheetLimits, type SheetRow, sheetRows } from "./sheetRows.ts";
import { openWorkbook, type Workbook } from "./workbookParts.ts";
import { type ZipEntry, ZipPartTooLargeError } from "./zipArchive.ts";

/**
 * The one importer every registry module uses. It streams the sheet (zipArchive, xmlScanner) so
 * 50,000 rows parse in about a second, picks the first visible sheet whose header row holds
 * every required column, and hands back normalised text per column key. It never validates
 * values — that belongs to the module, which reports problems per row — except Excel's error
 * values (#N/A, #REF!…), which no module could tell from data: those come as cellProblems.
 */
export interface ImportRow<K extends string = string> {
  /** The Excel row number the user sees. */
  rowNumber: number;
  /** Normalised text by column key; null when empty, when the optional column is absent, or when an error value. */
  values: Record<K, string | null>;
  /** Keys whose cell held a number — lets a module reject ID numbers Excel has rounded. */
  numericCellKeys: readonly K[];
  /** The row's cells from column A to the last header column, for the error report. */
  original: OriginalCell[];
  /** Problems found in the cells themselves (Excel error values); the import adds them to the module's. */
  cellProblems: readonly CellProblem[];
}

export interface CellProblem {
  /** The column's header as the template names it. */
  column: string;
  message: string;
}

/**
 * Everything wrong with a row: its cells' own problems (error values) and the module's checks —
 * but not the module's for a column whose cell was an error value, as the module saw it empty
 * there and "不能为空" would contradict the #N/A the user sees.
 */
export function withCellProblems(
  row: Pick<ImportRow, "cellProblems">,
  moduleProblems: readonly CellProblem[] = [],
): CellProblem[] {
  const errorColumns = new Set(row.cellProblems.map((problem) => problem.column));
  return [...row.cellProblems, ...moduleProblems.filter((problem) => !errorColumns.has(problem.column))];
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
  /** Only readImportSheetInWorker: how long the parse may take before it is stopped. */
  timeoutMs?: number;
}

type SheetOutcome<K extends string> =
  | { isDataSheet: true; result: ImportSheet<K> | ExcelFormatError }
  | { isDataSheet: false; closestHeader: HeaderMatch<K> | undefined };

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
/**
 * Columns read while looking for the header: 256 was the old .xls limit, far beyond any
 * template. Once the header is found, only columns up to its last cell are read.
 */
const HEADER_SEARCH_COLUMNS = 256;

export async function readImportSheet<K extends string>(
  buffer: Buffer,
  columns: readonly ExcelColumn<K>[],
  options: ReadImportOptions = {},
): Promise<ImportSheet<K>> {
  assertZipFile(buffer);
  const maxRows = options.maxRows ?? MAX_IMPORT_ROWS;
  let closestHeader: HeaderMatch<K> | undefined;
  try {
    const workbook = await openWorkbook(buffer);
    if (workbook.sheets.length === 0) throw new ExcelFormatError(INVALID_XLSX_MESSAGE);
    for (const sheet of workbook.sheets) {
      if (!sheet.visible || !sheet.entry) continue;
      const outcome = await readSheet(workbook, sheet.name, sheet.entry, columns, maxRows);
      if (outcome.isDataSheet) {
        if (outcome.result instanceof ExcelFormatError) throw outcome.result;
        return outcome.result;
      }
      const matchedCount = outcome.closestHeader?.columnIndexByKey.size ?? 0;
      if (matchedCount > (closestHeader?.columnIndexByKey.size ?? 0)) closestHeader = outcome.closestHeader;
    }
  } catch (error) {
    if (error instanceof ExcelFormatError) throw error;
    if (error instanceof ZipPartTooLargeError) {
      throw new ExcelFormatError("文件内容过多，请删除多余的内容或拆分成多个文件后分批导入", {
        cause: error,
      });
    }
    throw new ExcelFormatError(INVALID_XLSX_MESSAGE, { cause: error });
  }
  throw headerError(closestHeader, columns);
}

function assertZipFile(buffer: Buffer): void {
  // Says why an .xls or a CSV renamed to .xlsx is refused, rather than a bare "not a zip".
  if (buffer.subarray(0, 4).equals(ZIP_SIGNATURE)) return;
  if (buffer.subarray(0, 4).equals(OLE_SIGNATURE)) {
    throw new ExcelFormatError(`${INVALID_XLSX_MESSAGE}：旧版 .xls 文件请在 Excel 中另存为 .xlsx 后再导入`);
  }
  throw new ExcelFormatError(INVALID_XLSX_MESSAGE);
}

/**
 * Reads a sheet only as far as needed: a sheet without the header stops after the header
 * search, and a data sheet stops at the first data row beyond maxRows (rows without any value
 * in the template's columns do not count, however many there are).
 */
async function readSheet<K extends string>(
  workbook: Workbook,
  sheetName: string,
  entry: ZipEntry,
  columns: readonly ExcelColumn<K>[],
  maxRows: number,
): Promise<SheetOutcome<K>> {
  const limits: SheetLimits = { columns: HEADER_SEARCH_COLUMNS };
  const leadingRows: SheetRow[] = [];
  let header: HeaderMatch<K> | undefined;
  let isHeaderSearchDone = false;
  const rows: ImportRow<K>[] = [];
  let hasTooManyRows = false;
  const isUsable = () => header && header.missingRequired.length === 0 && header.duplicated.length === 0;

  const accept = (row: SheetRow) => {
    if (!header || row.rowNumber <= header.rowNumber) return;
    const importRow = toImportRow(row, header, columns);
    if (!importRow) return;
    if (rows.length >= maxRows) hasTooManyRows = true;
    else rows.push(importRow);
  };
  const finishHeaderSearch = () => {
    isHeaderSearchDone = true;
    header = findHeaderRow(leadingRows, columns);
    if (!isUsable()) return;
    limits.columns = header?.cells.length ?? 0;
    for (const row of leadingRows) accept(row);
  };

  for await (const row of sheetRows(workbook, entry, limits)) {
    if (!isHeaderSearchDone && row.rowNumber <= HEADER_SEARCH_ROWS) {
      leadingRows.push(row);
      continue;
    }
    if (!isHeaderSearchDone) finishHeaderSearch();
    if (!isUsable() || hasTooManyRows) break;
    accept(row);
    if (hasTooManyRows) break;
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

function toImportRow<K extends string>(
  row: SheetRow,
  header: HeaderMatch<K>,
  columns: readonly ExcelColumn<K>[],
): ImportRow<K> | undefined {
  const original = Array.from({ length: header.cells.length }, (_, index) => row.cells[index] ?? null);
  if (original.every((cell) => normalizedCellText(cell) === null)) return undefined;
  const values = {} as Record<K, string | null>;
  const numericCellKeys: K[] = [];
  const cellProblems: CellProblem[] = [];
  for (const column of columns) {
    const index = header.columnIndexByKey.get(column.key);
    const cell = index === undefined ? null : (original[index] ?? null);
    const text = normalizedCellText(cell, column.kind);
    const errorValue = excelErrorValueOf(text);
    if (errorValue) cellProblems.push({ column: column.header, message: excelErrorMessage(errorValue) });
    values[column.key] = errorValue ? null : text;
    if (typeof cell === "number") numericCellKeys.push(column.key);
  }
  return { rowNumber: row.rowNumber, values, numericCellKeys, original, cellProblems };
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
