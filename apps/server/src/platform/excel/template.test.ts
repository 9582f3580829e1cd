import { describe, expect, it } from "vitest";
import type { ExcelColumn } from "./columns.ts";
import { readImportSheet } from "./reader.ts";
import { buildTemplate } from "./template.ts";
import { loadWorkbook } from "./testing.ts";

const columns = [
  { key: "code", header: "区划代码", kind: "code", required: true, description: "12 位区划代码" },
  { key: "name", header: "社区（村）", description: "仅供参考" },
  { key: "kind", header: "类型", allowedValues: ["社区", "村"], description: "社区或村" },
  { key: "residents", header: "常住人口", kind: "integer", required: true, description: "常住人口（人）" },
  { key: "surveyed", header: "调查日期", kind: "date", description: "调查日期" },
] as const satisfies readonly ExcelColumn[];

const rows = [
  { code: "330203001001", name: "海曙社区", kind: "社区", residents: 3200, surveyed: "2024-01-05" },
  { code: 330203001002, name: "鼓楼村", kind: "村", residents: null },
];

describe("buildTemplate", () => {
  it("reads back through readImportSheet with the prefilled rows", async () => {
    const buffer = await buildTemplate({ sheetName: "常住人口", title: "常住人口导入模板", columns, rows });
    const sheet = await readImportSheet(buffer, columns);

    expect(sheet.headerRowNumber).toBe(2);
    expect(sheet.headerRow).toEqual(["区划代码", "社区（村）", "类型", "常住人口", "调查日期"]);
    expect(sheet.rows.map((row) => [row.rowNumber, row.values])).toEqual([
      [
        3,
        { code: "330203001001", name: "海曙社区", kind: "社区", residents: "3200", surveyed: "2024-01-05" },
      ],
      [4, { code: "330203001002", name: "鼓楼村", kind: "村", residents: null, surveyed: null }],
    ]);
    expect(sheet.rows[1]?.numericCellKeys).toEqual([]);
  });

  it("formats code columns as text, freezes a bold header and lists allowed values", async () => {
    const workbook = await loadWorkbook(await buildTemplate({ sheetName: "常住人口", columns }));
    const sheet = workbook.getWorksheet("常住人口");

    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(["常住人口", "填写说明"]);
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet?.getCell("A1").font?.bold).toBe(true);
    expect(sheet?.getColumn(1).numFmt).toBe("@");
    expect(sheet?.getColumn(4).numFmt).toBeUndefined();
    expect(sheet?.getCell("C2").dataValidation).toMatchObject({ type: "list", formulae: ['"社区,村"'] });
    expect(sheet?.getCell("C50001").dataValidation).toMatchObject({ type: "list" });
  });

  it("explains every column and the general rules on the 填写说明 sheet", async () => {
    const workbook = await loadWorkbook(await buildTemplate({ sheetName: "常住人口", columns }));
    const texts = (workbook.getWorksheet("填写说明")?.getSheetValues() ?? []).map((values) =>
      Array.isArray(values) ? values.slice(1) : [],
    );

    expect(texts[1]).toEqual(["列名", "是否必填", "格式", "说明", "可选值"]);
    expect(texts[2]).toEqual(["区划代码", "是", "文本（编码，勿转为数字）", "12 位区划代码", ""]);
    expect(texts[4]).toEqual(["类型", "否", "文本", "社区或村", "社区、村"]);
    const notes = texts.flat().join("\n");
    expect(notes).toContain("Excel 会把超过 15 位的数字截断");
    expect(notes).toContain("2024/1/5、2024年1月5日");
    expect(notes).toContain("不要修改表头");
  });

  it("moves long option lists to a hidden sheet, which the reader skips", async () => {
    const streets = Array.from({ length: 60 }, (_, index) => `第${index + 1}街道办事处`);
    const longColumns = [
      { key: "street", header: "街道", allowedValues: streets, required: true, description: "所属街道" },
    ] as const satisfies readonly ExcelColumn[];
    const buffer = await buildTemplate({
      sheetName: "数据",
      columns: longColumns,
      rows: [{ street: "第1街道办事处" }],
    });
    const workbook = await loadWorkbook(buffer);

    expect(workbook.getWorksheet("可选值")?.state).toBe("hidden");
    expect(workbook.getWorksheet("数据")?.getCell("A2").dataValidation.formulae).toEqual([
      "'可选值'!$A$1:$A$60",
    ]);
    expect((await readImportSheet(buffer, longColumns)).rows.map((row) => row.values)).toEqual([
      { street: "第1街道办事处" },
    ]);
  });
});
