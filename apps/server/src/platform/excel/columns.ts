/**
 * How a registry module describes its spreadsheet columns once, so that the template, the
 * importer, the error report and the export all agree on headers, formats and allowed values.
 */
export type ExcelColumnKind = "text" | "integer" | "date" | "code";

export interface ExcelColumn<K extends string = string> {
  key: K;
  /** zh-CN header the user sees; imports match it after removing spaces. */
  header: string;
  width?: number;
  /** zh-CN explanation shown in the template's 填写说明 sheet. */
  description: string;
  allowedValues?: readonly string[];
  required?: boolean;
  /** `code` = identifiers made of digits/letters (ID numbers, phone numbers): always stored as text. */
  kind?: ExcelColumnKind;
}

/** One import is capped so a single upload cannot exhaust memory. */
export const MAX_IMPORT_ROWS = 50_000;

/**
 * How long one workbook may take to parse. A real 50,000-row file takes a few seconds; a file
 * that takes longer is malformed or hostile, and every other user's import waits behind it.
 */
export const IMPORT_PARSE_TIMEOUT_MS = 60_000;

/** Users often put a title (and sometimes a blank line) above the header. */
export const HEADER_SEARCH_ROWS = 10;

export function isTextKind(column: Pick<ExcelColumn, "kind">): boolean {
  return column.kind === undefined || column.kind === "text" || column.kind === "code";
}
