import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { RequestUser } from "./auth/requestUser.ts";
import type { AppContext } from "./context.ts";
import type { ExcelColumn } from "./excel/index.ts";
import { type RowProblem, runRegistryImport } from "./importFlow.ts";
import { ImportReportStore } from "./importReports.ts";

/**
 * An Excel error value (#N/A from a failed VLOOKUP, a pasted #REF!) is a problem of its row in
 * the import's report, beside the module's own findings — never data, and never a misleading
 * 不能为空 for a cell the user sees filled.
 */
const columns = [
  { key: "name", header: "姓名", required: true, description: "姓名" },
  { key: "code", header: "编号", required: true, description: "编号" },
  { key: "note", header: "备注", description: "备注" },
] as const satisfies readonly ExcelColumn[];

const user: RequestUser = {
  id: 1,
  username: "city",
  displayName: "市委社会工作部",
  roleId: "city_officer",
  permissions: new Set(),
  regionCode: "330200000000",
  regionName: "宁波市",
  regionLevel: "city",
  organizationId: null,
  organizationName: null,
  mustChangePassword: false,
  sessionId: "session",
  csrfToken: "csrf",
};

const untouchable = new Proxy(
  {},
  {
    get() {
      throw new Error("a file with refused rows must not reach the database");
    },
  },
);

describe("runRegistryImport and Excel error values", () => {
  it("lists every problem of a row: its error values and the module's own checks", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("名单");
    sheet.addRow(["姓名", "编号", "备注"]);
    sheet.addRow([{ formula: "VLOOKUP(9,名册!A:B,2,FALSE)", result: { error: "#N/A" } }, "坏编号", null]);
    sheet.addRow(["张三", "A-1", "#REF!"]);
    sheet.addRow(["李四", "A-2", null]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const checkedNames: (string | null)[] = [];

    const result = await runRegistryImport(
      { db: untouchable as AppContext["db"], importReports: new ImportReportStore() },
      user,
      file,
      "all-or-nothing",
      {
        entity: "test",
        reportFileName: "错误报告.xlsx",
        columns,
        checkRow(row) {
          checkedNames.push(row.values.name);
          const problems: RowProblem[] = [];
          if (!row.values.name) problems.push({ column: "姓名", message: "不能为空" });
          if (!/^A-\d+$/.test(row.values.code ?? ""))
            problems.push({ column: "编号", message: "格式不正确" });
          return problems.length > 0 ? { problems } : { record: row.values.code ?? "" };
        },
        keyOf: (code) => ({ key: code, column: "编号" }),
        findExisting: async () => new Map(),
        onExisting: "update",
        writeBatch: async () => {
          throw new Error("nothing may be written");
        },
      },
    );

    const errorValue = (value: string) => `单元格为 Excel 错误值 ${value}，请修正公式或填写实际内容`;
    expect(checkedNames).toEqual([null, "张三", "李四"]);
    expect(result.errors).toEqual([
      { row: 2, column: "姓名", message: errorValue("#N/A") },
      { row: 2, column: "编号", message: "格式不正确" },
      { row: 3, column: "备注", message: errorValue("#REF!") },
    ]);
    expect(result).toMatchObject({ totalRows: 3, importedRows: 0 });
    expect(result.errorReportId).not.toBeNull();
  });
});
