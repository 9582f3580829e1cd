import { describe, expect, it } from "vitest";
import type { ExcelColumn } from "./columns.ts";
import { buildErrorReport } from "./errorReport.ts";
import { readImportSheet } from "./reader.ts";
import { loadWorkbook, rowValues } from "./testing.ts";

const columns = [
  { key: "code", header: "区划代码", kind: "code", required: true, description: "12 位区划代码" },
  { key: "residents", header: "常住人口", kind: "integer", required: true, description: "人数" },
] as const satisfies readonly ExcelColumn[];

const report = () =>
  buildErrorReport({
    sheetName: "错误报告",
    headerRow: ["区划代码", "常住人口", "备注"],
    rows: [
      {
        rowNumber: 3,
        original: ["33020300100", "abc", null],
        messages: ["区划代码应为 12 位数字", "常住人口应为整数"],
      },
      {
        rowNumber: 7,
        original: ["330203001001", -5, new Date(Date.UTC(2024, 0, 5))],
        messages: ["常住人口应在 0 到 5000000 之间"],
      },
    ],
  });

describe("buildErrorReport", () => {
  it("lists the bad rows with their row numbers and a 错误原因 column", async () => {
    const workbook = await loadWorkbook(await report());
    const sheet = workbook.getWorksheet("错误报告");

    expect(rowValues(sheet, 1)).toEqual(["行号", "区划代码", "常住人口", "备注", "错误原因"]);
    expect(rowValues(sheet, 2)).toEqual([
      3,
      "33020300100",
      "abc",
      undefined,
      "区划代码应为 12 位数字；常住人口应为整数",
    ]);
    expect(rowValues(sheet, 3)).toEqual([
      7,
      "330203001001",
      -5,
      new Date(Date.UTC(2024, 0, 5)),
      "常住人口应在 0 到 5000000 之间",
    ]);
    expect(sheet?.getCell("B1").font?.bold).toBe(true);
  });

  it("can be fixed and imported again as it is", async () => {
    const sheet = await readImportSheet(await report(), columns);

    expect(sheet.rows.map((row) => [row.rowNumber, row.values])).toEqual([
      [2, { code: "33020300100", residents: "abc" }],
      [3, { code: "330203001001", residents: "-5" }],
    ]);
  });
});
