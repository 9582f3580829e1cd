import ExcelJS from "exceljs";

/** Test helpers: open a workbook we produced with exceljs's full reader to inspect its layout. */
export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types `load` with its own Buffer interface; a Node Buffer is what it actually reads.
  await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return workbook;
}

export function rowValues(sheet: ExcelJS.Worksheet | undefined, rowNumber: number): unknown[] {
  if (!sheet) throw new Error("worksheet missing");
  return (sheet.getRow(rowNumber).values as unknown[]).slice(1);
}

/** A row in the columns' order (the import template's layout), from values named by key. */
export function rowInColumnOrder<K extends string, V>(
  columns: readonly { key: K }[],
  values: Partial<Record<K, V>>,
): (V | null)[] {
  return columns.map((column) => values[column.key] ?? null);
}

/** A workbook as offices send them: a title row above the header row, empty rows at the end. */
export async function titledWorkbook(options: {
  sheetName: string;
  title: string;
  headers: readonly string[];
  rows: readonly unknown[][];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName);
  sheet.addRow([options.title]);
  sheet.addRow([...options.headers]);
  for (const values of options.rows) sheet.addRow(values);
  sheet.addRow([]);
  sheet.addRow([]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
