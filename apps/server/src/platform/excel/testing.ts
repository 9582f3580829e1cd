import { crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { readZipEntries, readZipEntry } from "./zipArchive.ts";

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

/**
 * A zip of the given entries, in exactly this order (deflated unless `stored`): lets a test
 * write an .xlsx the way other tools lay it out, or one with rows no spreadsheet program makes.
 */
export function zipOf(entries: readonly (readonly [name: string, content: Buffer | string])[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = Buffer.from(content);
    const compressed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed
    common.writeUInt16LE(0x0800, 2); // UTF-8 names
    common.writeUInt16LE(8, 4); // deflate
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(compressed.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(nameBytes.length, 22);
    const local = Buffer.concat([signature(0x04034b50), common, nameBytes, compressed]);
    // Comment length, disk, attributes, then where the local header is.
    const central = Buffer.alloc(14);
    central.writeUInt32LE(offset, 10);
    directory.push(Buffer.concat([signature(0x02014b50), Buffer.from([20, 0]), common, central, nameBytes]));
    locals.push(local);
    offset += local.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

/** The entries of an .xlsx, in the order they are stored. */
export function zipContents(buffer: Buffer): [name: string, content: Buffer][] {
  return [...readZipEntries(buffer).values()]
    .sort((a, b) => a.dataStart - b.dataStart)
    .map((entry) => [entry.name, readZipEntry(buffer, entry, 64 * 1024 * 1024)]);
}

function signature(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value, 0);
  return bytes;
}

/** A one-sheet workbook whose sheet holds exactly these rows (`<row>` XML written by hand). */
export async function workbookWithSheetRows(rows: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sheet1").addRow(["placeholder"]);
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
  const entries = zipContents(Buffer.from(await workbook.xlsx.writeBuffer()));
  return zipOf(entries.map(([name, content]) => [name, name === "xl/worksheets/sheet1.xml" ? xml : content]));
}

export function inlineTextCell(reference: string, text: string): string {
  return `<c r="${reference}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** Rows holding nothing but an empty cell in XFD, the last column, as some tools leave behind. */
export function emptyRowsAtLastColumn(from: number, to: number): string {
  const rows: string[] = [];
  for (let rowNumber = from; rowNumber <= to; rowNumber += 1) {
    rows.push(`<row r="${rowNumber}" spans="16384:16384"><c r="XFD${rowNumber}" s="0"/></row>`);
  }
  return rows.join("");
}
