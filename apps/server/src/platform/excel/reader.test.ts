import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ExcelColumn } from "./columns.ts";
import { ExcelFormatError, INVALID_XLSX_MESSAGE } from "./excelFormatError.ts";
import { looksLikeMangledIdNumber } from "./normalize.ts";
import { readImportSheet, withCellProblems } from "./reader.ts";

const columns = [
  { key: "name", header: "姓名", required: true, description: "居民姓名" },
  { key: "idNumber", header: "身份证号", kind: "code", required: true, description: "18 位身份证号" },
  { key: "gender", header: "性别", allowedValues: ["男", "女"], description: "男或女" },
  { key: "birthDate", header: "出生日期", kind: "date", description: "出生日期" },
  { key: "residents", header: "常住人口", kind: "integer", required: true, description: "人数" },
  { key: "note", header: "备注", description: "备注" },
] as const satisfies readonly ExcelColumn[];

/** An 18-digit ID typed into a General cell: Excel keeps a double, not the digits. */
const idTypedAsNumber = Number("110105199001011234");

async function workbookBuffer(fill: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A file as users really send them: title row, messy headers, mixed cell types, trailing blanks. */
function realWorldSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("居民");
  sheet.mergeCells("A1:F1");
  sheet.getCell("A1").value = "2024年居民信息表";
  sheet.getRow(2).values = ["姓名", "身份证号 ", "性　别", " 出生日期", "常住人口", "备注", "其他"];
  sheet.getRow(3).values = [
    "张三 ",
    "１１０１０５１９９００１０１１２３Ｘ",
    "男",
    new Date(Date.UTC(1990, 0, 1)),
    3,
    "  ＡＢＣ　备注　",
  ];
  sheet.getRow(4).values = ["李四", idTypedAsNumber, "女", 45296, "1,234", null];
  sheet.getRow(5).values = ["  ", null, "　"];
  sheet.getRow(6).values = [
    "王五",
    "11010519900101123X",
    "男",
    "2024/1/5",
    { formula: "1+1", result: 2 },
    { richText: [{ text: "富" }, { text: "文本" }] },
  ];
  sheet.getRow(7).values = [
    "赵六",
    "110105199001011234",
    "女",
    "2024年1月5日",
    "１２",
    { text: "链接", hyperlink: "https://example.org" },
  ];
  sheet.getRow(8).values = ["钱七", "1.10105E+17", "", "2024-02-30", "abc"];
  sheet.getRow(9).values = ["", "", ""];
  sheet.getCell("B10").numFmt = "@";
  sheet.getRow(12).values = ["　"];
}

describe("readImportSheet", () => {
  it("finds the header under a title row and normalises every kind of cell", async () => {
    const sheet = await readImportSheet(await workbookBuffer(realWorldSheet), columns);

    expect(sheet.sheetName).toBe("居民");
    expect(sheet.headerRowNumber).toBe(2);
    expect(sheet.headerRow).toEqual(["姓名", "身份证号", "性 别", "出生日期", "常住人口", "备注", "其他"]);
    expect(sheet.rows.map((row) => row.rowNumber)).toEqual([3, 4, 6, 7, 8]);
    expect(sheet.rows.map((row) => row.values)).toEqual([
      {
        name: "张三",
        idNumber: "11010519900101123X",
        gender: "男",
        birthDate: "1990-01-01",
        residents: "3",
        note: "ABC 备注",
      },
      {
        name: "李四",
        idNumber: "110105199001011000",
        gender: "女",
        birthDate: "2024-01-05",
        residents: "1,234",
        note: null,
      },
      {
        name: "王五",
        idNumber: "11010519900101123X",
        gender: "男",
        birthDate: "2024-01-05",
        residents: "2",
        note: "富文本",
      },
      {
        name: "赵六",
        idNumber: "110105199001011234",
        gender: "女",
        birthDate: "2024-01-05",
        residents: "12",
        note: "链接",
      },
      {
        name: "钱七",
        idNumber: "1.10105E+17",
        gender: null,
        birthDate: "2024-02-30",
        residents: "abc",
        note: null,
      },
    ]);
  });

  it("marks numeric cells so a module can reject ID numbers Excel has rounded", async () => {
    const sheet = await readImportSheet(await workbookBuffer(realWorldSheet), columns);
    const [first, second, , fourth, fifth] = sheet.rows;

    expect(first?.numericCellKeys).toEqual(["residents"]);
    expect(second?.numericCellKeys).toEqual(["idNumber", "birthDate"]);
    const isMangled = (row: typeof first) =>
      looksLikeMangledIdNumber(row?.values.idNumber, row?.numericCellKeys.includes("idNumber") ?? false);
    expect([first, second, fourth, fifth].map(isMangled)).toEqual([false, true, false, true]);
  });

  it("keeps the original cells, column A to the last header, for the error report", async () => {
    const sheet = await readImportSheet(await workbookBuffer(realWorldSheet), columns);

    expect(sheet.rows[1]?.original).toEqual(["李四", idTypedAsNumber, "女", 45296, "1,234", null, null]);
    expect(sheet.rows[0]?.original[3]).toEqual(new Date(Date.UTC(1990, 0, 1)));
  });

  it("names the missing required columns", async () => {
    const buffer = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet("居民");
      sheet.addRow(["姓名", "身份证号", "性别"]);
      sheet.addRow(["张三", "11010519900101123X", "男"]);
    });

    const reading = readImportSheet(buffer, columns);
    await expect(reading).rejects.toBeInstanceOf(ExcelFormatError);
    await expect(reading).rejects.toThrow("缺少列：常住人口");
  });

  it("explains when no header is found at all", async () => {
    const buffer = await workbookBuffer((workbook) => {
      workbook.addWorksheet("Sheet1").addRow(["a", "b"]);
    });

    await expect(readImportSheet(buffer, columns)).rejects.toThrow(/未找到表头/);
  });

  it.each([
    ["CSV text", Buffer.from("姓名,身份证号\n张三,1\n")],
    ["an empty upload", Buffer.alloc(0)],
    ["a broken zip", Buffer.from("PK\u0003\u0004 not really a zip")],
  ])("rejects %s as not an xlsx file", async (_, buffer) => {
    const reading = readImportSheet(buffer, columns);
    await expect(reading).rejects.toBeInstanceOf(ExcelFormatError);
    await expect(reading).rejects.toThrow(INVALID_XLSX_MESSAGE);
  });

  it("tells users of old .xls files to save as .xlsx", async () => {
    const oleFile = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    await expect(readImportSheet(oleFile, columns)).rejects.toThrow(/另存为 \.xlsx/);
  });

  it("reads the first visible sheet holding every required column", async () => {
    const buffer = await workbookBuffer((workbook) => {
      workbook.addWorksheet("说明").addRow(["请在下一个工作表填写", "姓名"]);
      const hidden = workbook.addWorksheet("旧数据", { state: "hidden" });
      hidden.addRow(["姓名", "身份证号", "常住人口"]);
      hidden.addRow(["隐藏", "1", "1"]);
      const data = workbook.addWorksheet("数据");
      data.addRow(["常住人口", "姓名", "身份证号"]);
      data.addRow([5, "张三", "11010519900101123X"]);
    });

    const sheet = await readImportSheet(buffer, columns);
    expect(sheet.sheetName).toBe("数据");
    expect(sheet.rows.map((row) => row.values)).toEqual([
      {
        name: "张三",
        idNumber: "11010519900101123X",
        gender: null,
        birthDate: null,
        residents: "5",
        note: null,
      },
    ]);
  });

  it("rejects duplicate headers, empty sheets and too many rows", async () => {
    const withRows = (header: string[], rowCount: number) =>
      workbookBuffer((workbook) => {
        const sheet = workbook.addWorksheet("居民");
        sheet.addRow(header);
        for (let index = 0; index < rowCount; index += 1) sheet.addRow(["张三", "1", "1", "1"]);
      });

    await expect(
      readImportSheet(await withRows(["姓名", "身份证号", "常住人口", "姓名"], 1), columns),
    ).rejects.toThrow("表头重复：姓名");
    await expect(
      readImportSheet(await withRows(["姓名", "身份证号", "常住人口"], 0), columns),
    ).rejects.toThrow("文件中没有数据");
    await expect(
      readImportSheet(await withRows(["姓名", "身份证号", "常住人口"], 3), columns, { maxRows: 2 }),
    ).rejects.toThrow("数据超过 2 行");
  });

  it("refuses Excel error values, typed or computed by a formula, naming each", async () => {
    const buffer = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet("居民");
      sheet.addRow(["姓名", "身份证号", "常住人口", "备注"]);
      sheet.addRow([{ error: "#REF!" }, "11010519900101123X", 3, " #n/a "]);
      sheet.addRow([
        { formula: "VLOOKUP(A9,名单!A:B,2,FALSE)", result: { error: "#N/A" } },
        "11010519900101123X",
        { formula: "B3/0", result: { error: "#DIV/0!" } },
        "正常",
      ]);
      sheet.addRow(["张三", "11010519900101123X", 3, "#N/A 以后补"]);
    });

    const [typed, computed, clean] = (await readImportSheet(buffer, columns)).rows;
    const problem = (column: string, value: string) => ({
      column,
      message: `单元格为 Excel 错误值 ${value}，请修正公式或填写实际内容`,
    });
    expect(typed?.cellProblems).toEqual([problem("姓名", "#REF!"), problem("备注", "#N/A")]);
    expect(computed?.cellProblems).toEqual([problem("姓名", "#N/A"), problem("常住人口", "#DIV/0!")]);
    expect(clean?.cellProblems).toEqual([]);
    // Never handed to the module as data, but kept as the user sees it for the error report.
    expect([typed?.values.name, typed?.values.note, computed?.values.residents]).toEqual([null, null, null]);
    expect(typed?.original.slice(0, 1)).toEqual(["#REF!"]);
    expect(computed?.original[0]).toBe("#N/A");
    expect(clean?.values.note).toBe("#N/A 以后补");
  });

  it("lists a row's error values with the module's own problems, not a contradicting 不能为空", () => {
    const row = {
      cellProblems: [{ column: "姓名", message: "单元格为 Excel 错误值 #N/A，请修正公式或填写实际内容" }],
    };

    expect(
      withCellProblems(row, [
        { column: "姓名", message: "不能为空" },
        { column: "身份证号", message: "校验码不正确" },
      ]),
    ).toEqual([row.cellProblems[0], { column: "身份证号", message: "校验码不正确" }]);
    expect(withCellProblems(row)).toEqual(row.cellProblems);
    expect(
      withCellProblems({ cellProblems: [] }, [{ column: "性别", message: "只能填写 男 或 女" }]),
    ).toEqual([{ column: "性别", message: "只能填写 男 或 女" }]);
  });
});
