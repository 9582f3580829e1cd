import { normalizedCellText, type OriginalCell } from "./cells.ts";
import type { ExcelColumn } from "./columns.ts";
import { looseMatchKey } from "./normalize.ts";

/**
 * Finds which row is the header and where each column sits. Headers match loosely — spaces,
 * full-width spaces, a required-marker "*" and the width of brackets are ignored — because users
 * retype headers and other systems' templates mark required columns with "*".
 */
export interface HeaderMatch<K extends string> {
  rowNumber: number;
  /** Original header texts from column A to the last header cell; the error report repeats them. */
  cells: string[];
  columnIndexByKey: Map<K, number>;
  missingRequired: string[];
  duplicated: string[];
}

export function headerMatchKey(text: string): string {
  return looseMatchKey(text);
}

/** The candidate row matching the most headers, or undefined when none matches any. */
export function findHeaderRow<K extends string>(
  rows: readonly { rowNumber: number; cells: readonly OriginalCell[] }[],
  columns: readonly ExcelColumn<K>[],
): HeaderMatch<K> | undefined {
  let best: HeaderMatch<K> | undefined;
  for (const row of rows) {
    const match = matchHeaderRow(row.rowNumber, row.cells, columns);
    if (match.columnIndexByKey.size > (best?.columnIndexByKey.size ?? 0)) best = match;
  }
  return best;
}

function matchHeaderRow<K extends string>(
  rowNumber: number,
  cells: readonly OriginalCell[],
  columns: readonly ExcelColumn<K>[],
): HeaderMatch<K> {
  const texts = cells.map((cell) => normalizedCellText(cell) ?? "");
  const keyByHeader = new Map(columns.map((column) => [headerMatchKey(column.header), column.key]));
  const columnIndexByKey = new Map<K, number>();
  const duplicated: string[] = [];
  texts.forEach((text, index) => {
    const key = keyByHeader.get(headerMatchKey(text));
    if (key === undefined) return;
    if (columnIndexByKey.has(key)) duplicated.push(text);
    else columnIndexByKey.set(key, index);
  });
  const lastHeaderIndex = texts.findLastIndex((text) => text !== "");
  return {
    rowNumber,
    cells: texts.slice(0, lastHeaderIndex + 1),
    columnIndexByKey,
    missingRequired: columns
      .filter((column) => column.required && !columnIndexByKey.has(column.key))
      .map((column) => column.header),
    duplicated,
  };
}
