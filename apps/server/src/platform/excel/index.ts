/** Excel import/export shared by every registry module; modules import only from here. */
export type { OriginalCell } from "./cells.ts";
export { type ExcelColumn, type ExcelColumnKind, HEADER_SEARCH_ROWS, MAX_IMPORT_ROWS } from "./columns.ts";
export { exportContentDisposition } from "./contentDisposition.ts";
export { excelSerialToIsoDate, isoDateOf, parseExcelDate } from "./dates.ts";
export { buildErrorReport, type ErrorReportOptions, type ErrorReportRow } from "./errorReport.ts";
export { ExcelFormatError, INVALID_XLSX_MESSAGE } from "./excelFormatError.ts";
export { type ExportValue, type StreamExportOptions, streamExport } from "./exporter.ts";
export {
  looksLikeMangledIdNumber,
  looseMatchKey,
  mangledNumberMessage,
  numberToPlainText,
  parseDecimal,
  parseInteger,
  splitListCell,
  toHalfWidth,
} from "./normalize.ts";
export { readImportSheetInWorker } from "./parseInWorker.ts";
export {
  type CellProblem,
  type ImportRow,
  type ImportSheet,
  type ReadImportOptions,
  readImportSheet,
  withCellProblems,
} from "./reader.ts";
export { buildTemplate, type TemplateOptions, type TemplateRegion, type TemplateValue } from "./template.ts";
