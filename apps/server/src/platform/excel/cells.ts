import type ExcelJS from "exceljs";
import type { ExcelColumnKind } from "./columns.ts";
import { isoDateOf, parseExcelDate } from "./dates.ts";
import { numberToPlainText, toHalfWidth, trimCellText } from "./normalize.ts";

/**
 * exceljs cell values come in many shapes (rich text, formulas, hyperlinks, errors). The reader
 * flattens each cell once into a plain value that can be written back into an error report, then
 * into the normalised text a module validates.
 */
export type OriginalCell = string | number | boolean | Date | null;

export function originalCellOf(value: ExcelJS.CellValue | undefined): OriginalCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if ("richText" in value) return value.richText.map((run) => run.text ?? "").join("");
  if ("formula" in value || "sharedFormula" in value) {
    return originalCellOf(value.result);
  }
  if ("hyperlink" in value) return originalCellOf(value.text);
  if ("error" in value) return value.error;
  return null;
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
