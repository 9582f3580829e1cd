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
