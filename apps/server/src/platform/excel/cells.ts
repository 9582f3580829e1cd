import type { ExcelColumnKind } from "./columns.ts";
import { isoDateOf, parseExcelDate } from "./dates.ts";
import { numberToPlainText, toHalfWidth, trimCellText } from "./normalize.ts";

/**
 * The reader flattens each cell once into a plain value that can be written back into an error
 * report (rich text joined, a formula as its cached result, an error as its text such as #N/A),
 * then into the normalised text a module validates.
 */
export type OriginalCell = string | number | boolean | Date | null;

/**
 * Excel's error values, whether a formula computed them or they were typed or pasted as text:
 * never data (a volunteer named #REF!), always a row problem that names the value.
 */
const EXCEL_ERROR_VALUES = new Set([
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#GETTING_DATA",
]);

/** The error value a cell's normalised text is (upper-cased, as Excel shows it), or null. */
export function excelErrorValueOf(text: string | null): string | null {
  if (!text?.startsWith("#")) return null;
  const value = text.toUpperCase();
  return EXCEL_ERROR_VALUES.has(value) ? value : null;
}

export function excelErrorMessage(value: string): string {
  return `单元格为 Excel 错误值 ${value}，请修正公式或填写实际内容`;
}

/** Text as the user means it: half-width, trimmed, numbers without exponent, dates as YYYY-MM-DD. */
export function normalizedCellText(cell: OriginalCell, kind: ExcelColumnKind = "text"): string | null {
  const text = rawText(cell);
  if (!text) return null;
  if (kind === "date" && !(cell instanceof Date)) return parseExcelDate(text) ?? text;
  return text;
}

function rawText(cell: OriginalCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return numberToPlainText(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell instanceof Date) return isoDateOf(cell) ?? "";
  return trimCellText(toHalfWidth(cell));
}
