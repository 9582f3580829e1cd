import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ExcelColumn } from "./columns.ts";
import { INVALID_XLSX_MESSAGE } from "./excelFormatError.ts";
import { readImportSheet } from "./reader.ts";
import {
  emptyRowsAtLastColumn,
  inlineTextCell,
  workbookWithSheetRows,
  zipContents,
  zipOf,
} from "./testing.ts";

/**
 * Files laid out as other tools and hostile uploads lay them out: parts in another order inside
 * the zip, an empty cell in the last column (XFD) of a million rows, rows far beyond the limit.
 */
const columns = [
  { key: "name", header: "姓名", required: true, description: "姓名" },
  { key: "idNumber", header: "身份证号", kind: "code", required: true, description: "身份证号" },
  { key: "joinedOn", header: "加入日期", kind: "date", description: "日期" },
] as const satisfies readonly ExcelColumn[];

const SHEET = "xl/worksheets/sheet1.xml";

async function exceljsWorkbook(rowCount: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("志愿者");
  sheet.addRow(["姓名", "身份证号", "加入日期"]);
  for (let index = 0; index < rowCount; index += 1) {
    sheet.addRow([
      `志愿者${index}`,
      `33020319900101${String(index).padStart(4, "0")}`,
      new Date(Date.UTC(2024, 0, 5)),
    ]);
  }
  sheet.getColumn(3).numFmt = "yyyy-mm-dd";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function dataRow(rowNumber: number, name: string): string {
  return `<row r="${rowNumber}">${inlineTextCell(`A${rowNumber}`, name)}${inlineTextCell(`B${rowNumber}`, "330203199001010011")}</row>`;
}

const headerRow = `<row r="1">${inlineTextCell("A1", "姓名")}${inlineTextCell("B1", "身份证号")}${inlineTextCell("C1", "加入日期")}</row>`;

describe("readImportSheet on unusual layouts", () => {
  it("reads a workbook whose xl/workbook.xml is stored after the sheets, every time", async () => {
    const entries = zipContents(await exceljsWorkbook(200));
    const last = ["xl/worksheets/sheet1.xml", "xl/workbook.xml"];
    // Relationships, shared strings and styles first, then the sheet, the workbook last of all:
    // exceljs's streaming reader met the sheet before the workbook and failed on such files.
    const reordered = zipOf([
      ...entries.filter(([name]) => !last.includes(name)),
      ...last.flatMap((name) => entries.filter(([entry]) => entry === name)),
    ]);
    const storedOrder = zipContents(reordered).map(([name]) => name);
    expect(storedOrder.indexOf("xl/workbook.xml")).toBeGreaterThan(storedOrder.indexOf(SHEET));
    expect(storedOrder.indexOf("xl/sharedStrings.xml")).toBeLessThan(storedOrder.indexOf(SHEET));

    for (let attempt = 0; attempt < 30; attempt += 1) {
      const sheet = await readImportSheet(reordered, columns);
      expect(sheet.sheetName).toBe("志愿者");
      expect(sheet.rows).toHaveLength(200);
      expect(sheet.rows[199]?.values).toEqual({
        name: "志愿者199",
        idNumber: "330203199001010199",
        joinedOn: "2024-01-05",
      });
    }
  });

  it("ignores cells beyond the last header column, however far and however many rows hold one", async () => {
    // 10,000 rows each holding an empty cell in XFD, the last column: ~20 s with exceljs.
    const buffer = await workbookWithSheetRows(
      headerRow +
        dataRow(2, "张三").replace("</row>", '<c r="XFD2" t="inlineStr"><is><t>远处</t></is></c></row>') +
        emptyRowsAtLastColumn(3, 10_002) +
        dataRow(10_003, "李四"),
    );

    const sheet = await readImportSheet(buffer, columns);
    expect(sheet.headerRow).toEqual(["姓名", "身份证号", "加入日期"]);
    expect(sheet.rows.map((row) => [row.rowNumber, row.values.name])).toEqual([
      [2, "张三"],
      [10_003, "李四"],
    ]);
    expect(sheet.rows[0]?.original).toEqual(["张三", "330203199001010011", null]);
  });

  it("counts only rows with data against the row limit, and stops reading at the limit", async () => {
    const rows = (dataRows: number) => {
      let xml = headerRow + emptyRowsAtLastColumn(2, 20_001);
      for (let index = 0; index < dataRows; index += 1) xml += dataRow(20_002 + index, `志愿者${index}`);
      return xml;
    };
    const withinLimit = await readImportSheet(await workbookWithSheetRows(rows(3)), columns, { maxRows: 3 });
    expect(withinLimit.rows).toHaveLength(3);

    // After the fourth data row comes text no reader may hold (over 8 MB in one token): the
    // reader only fails on it when it reads on past the limit.
    const unreadable = `<row r="30000"><c r="A30000" t="inlineStr"><is><t>${"x".repeat(9 * 1024 * 1024)}`;
    const overLimit = await workbookWithSheetRows(rows(4) + unreadable);
    await expect(readImportSheet(overLimit, columns, { maxRows: 3 })).rejects.toThrow("数据超过 3 行");
    await expect(readImportSheet(overLimit, columns, { maxRows: 10 })).rejects.toThrow(INVALID_XLSX_MESSAGE);
  });
});
