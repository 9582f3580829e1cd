import type { OriginalCell } from "./cells.ts";
import type { Workbook } from "./workbookParts.ts";
import { attributeOf, XmlScanner } from "./xmlScanner.ts";
import { type ZipEntry, zipEntryChunks } from "./zipArchive.ts";

/**
 * Streams a sheet's rows as plain cell values, reading only columns below `limits.columns`: the
 * rest of a row is skipped unread (a row holding one empty cell in column XFD costs nothing), and
 * a row with no value in those columns is not produced at all. The caller may lower the limit
 * while reading (once it knows the header) and may stop early (breaking out of the loop).
 */
export interface SheetRow {
  rowNumber: number;
  /** From column A, up to the last cell with a value; empty cells are null. */
  cells: OriginalCell[];
}

export interface SheetLimits {
  columns: number;
}

interface CellState {
  column: number;
  type: string;
  style: number;
  text: string;
  hasValue: boolean;
}

const DAY_MS = 86_400_000;
/** Days from Excel's 1900 epoch to 1970-01-01 (as exceljs counts them), and the 1904 system's offset. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

export async function* sheetRows(
  workbook: Workbook,
  entry: ZipEntry,
  limits: SheetLimits,
): AsyncGenerator<SheetRow> {
  let ready: SheetRow[] = [];
  let row: SheetRow | null = null;
  let rowName = "row";
  let lastRowNumber = 0;
  let nextColumn = 0;
  let cell: CellState | null = null;
  let isCapturing = false;
  let isInPhonetic = false;

  const scanner = new XmlScanner({
    open(name, attributes, qualifiedName) {
      if (name === "row") {
        const number = Number(attributeOf(attributes, "r") ?? lastRowNumber + 1);
        row = { rowNumber: number, cells: [] };
        rowName = qualifiedName;
        lastRowNumber = number;
        nextColumn = 0;
      } else if (name === "c" && row) {
        const reference = attributeOf(attributes, "r");
        const column = reference ? columnIndexOf(reference) : nextColumn;
        nextColumn = column + 1;
        // Cells of a row come in column order: nothing further right is needed.
        if (column >= limits.columns) scanner.skipTo(rowName);
        else {
          cell = {
            column,
            type: attributeOf(attributes, "t") ?? "n",
            style: Number(attributeOf(attributes, "s") ?? 0),
            text: "",
            hasValue: false,
          };
        }
      } else if (cell && (name === "v" || (name === "t" && !isInPhonetic))) {
        isCapturing = true;
        cell.hasValue = true;
      } else if (name === "rPh") isInPhonetic = true;
    },
    close(name) {
      if (name === "v" || name === "t") isCapturing = false;
      else if (name === "rPh") isInPhonetic = false;
      else if (name === "c" && cell && row) {
        const value = cellValue(cell, workbook);
        if (value !== null) row.cells[cell.column] = value;
        cell = null;
      } else if (name === "row" && row) {
        if (row.cells.length > 0)
          ready.push({ rowNumber: row.rowNumber, cells: Array.from(row.cells, orNull) });
        row = null;
      }
    },
    text(text) {
      if (isCapturing && cell) cell.text += text;
    },
  });

  for await (const chunk of zipEntryChunks(workbook.buffer, entry)) {
    scanner.write(chunk);
    const rows = ready;
    ready = [];
    yield* rows;
  }
}

function orNull(cell: OriginalCell | undefined): OriginalCell {
  return cell ?? null;
}

/** "XFD12" → 16383 (0-based); the digits are ignored. */
export function columnIndexOf(reference: string): number {
  let index = 0;
  for (const character of reference.toUpperCase()) {
    const code = character.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/**
 * The value a cell shows. An error (t="e", also a formula's cached error result) is kept as its
 * text, #N/A or #REF!, so the reader can refuse it by name instead of taking it for data.
 */
function cellValue(cell: CellState, workbook: Workbook): OriginalCell {
  if (!cell.hasValue) return null;
  const { text } = cell;
  switch (cell.type) {
    case "s":
      return workbook.sharedStrings[Number(text)] ?? null;
    case "str":
    case "inlineStr":
    case "e":
      return text;
    case "b":
      return text.trim() === "" ? null : text.trim() !== "0" && text.trim() !== "false";
    case "d": {
      const date = new Date(text);
      return Number.isNaN(date.getTime()) ? text : date;
    }
    default: {
      if (text.trim() === "") return null;
      const number = Number(text);
      if (!Number.isFinite(number)) return null;
      if (!workbook.dateStyles[cell.style]) return number;
      const serial = number - UNIX_EPOCH_SERIAL + (workbook.date1904 ? DATE_1904_OFFSET : 0);
      return new Date(Math.round(serial * DAY_MS));
    }
  }
}
