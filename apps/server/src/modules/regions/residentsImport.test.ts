import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  dialects,
  importFile,
  login,
  type Session,
  type TestApp,
} from "../../../test/harness.ts";
import { loadWorkbook, rowValues } from "../../platform/excel/testing.ts";
import { xlsxMimeType as xlsx } from "../../platform/httpFiles.ts";

async function workbookOf(rows: (string | number | null)[][], titleRow = false): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("常住人口");
  if (titleRow) sheet.addRow(["海曙区常住人口（2026 年）"]);
  sheet.addRow(["区划代码", "街道（乡镇）", "社区（村）", "常住人口"]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(dialects)("residents import on %s", (dialect) => {
  let t: TestApp;
  let officer: Session;
  let communities: string[];
  let jiangbeiCommunity: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    officer = await login(t.app, "haishu");
    communities = (
      await t.ctx.db
        .selectFrom("regions")
        .select("code")
        .where("parent_code", "=", "330203001000")
        .orderBy("code")
        .execute()
    ).map((r) => r.code);
    jiangbeiCommunity = (
      await t.ctx.db
        .selectFrom("regions")
        .select("code")
        .where("parent_code", "=", "330205001000")
        .executeTakeFirstOrThrow()
    ).code;
  });
  afterAll(() => t.close());

  const residentsOf = async (code: string) =>
    (
      await t.ctx.db
        .selectFrom("regions")
        .select("residents")
        .where("code", "=", code)
        .executeTakeFirstOrThrow()
    ).residents;
  /** Starts the import job, waits for it and answers the job as the browser would poll it. */
  const upload = (file: Buffer, mode?: string) =>
    importFile(t, officer, "/api/regions/residents/import", file, mode);

  it("offers a template prefilled with the communities in scope", async () => {
    const response = await officer.request({ method: "GET", url: "/api/regions/residents/template" });
    expect(response.statusCode).toBe(200);
    const workbook = await loadWorkbook(response.rawPayload);
    const sheet = workbook.worksheets[0];
    expect(rowValues(sheet, 1)).toEqual(["区划代码", "街道（乡镇）", "社区（村）", "常住人口"]);
    expect(String(rowValues(sheet, 2)[0])).toMatch(/^330203/);
    expect(workbook.worksheets.map((s) => s.name)).toContain("填写说明");
  });

  it("reports every bad row with its row number and imports nothing in all-or-nothing mode", async () => {
    const [a = "", b = "", c = ""] = communities;
    const before = await Promise.all([a, b, c].map(residentsOf));
    const file = await workbookOf(
      [
        [a, "南门街道", "", 1234],
        [b, "", "", "十二"],
        [jiangbeiCommunity, "", "", 500],
        ["3302030010", "", "", 10],
        [a, "", "", 99],
        [c, "", "", -5],
        [null, null, null, null],
      ],
      true,
    );
    const job = await upload(file);
    expect(job.status).toBe("succeeded");
    const result = job.result;
    expect(result).toMatchObject({ totalRows: 6, validRows: 1, importedRows: 0 });
    expect(result.errors).toEqual([
      { row: 4, column: "常住人口", message: "常住人口应为整数" },
      {
        row: 5,
        column: "区划代码",
        message: `区划代码“${jiangbeiCommunity}”（江北区/外滩街道/外滩社区）不在您的管辖范围（海曙区）内`,
      },
      {
        row: 6,
        column: "区划代码",
        message:
          "“3302030010”不是 12 位区划代码（区划代码列须为文本格式），也可以填写区划名称，如“区/街道/社区”",
      },
      { row: 7, column: "区划代码", message: "与第 3 行重复" },
      { row: 8, column: "常住人口", message: "常住人口应在 0 到 5000000 之间" },
    ]);
    expect(await Promise.all([a, b, c].map(residentsOf))).toEqual(before);
    expect(await residentsOf(jiangbeiCommunity)).not.toBe(500);

    const report = await officer.request({
      method: "GET",
      url: `/api/imports/${result.errorReportId}/errors`,
    });
    expect(report.statusCode).toBe(200);
    const sheet = (await loadWorkbook(report.rawPayload)).worksheets[0];
    const header = rowValues(sheet, 1);
    expect(header[0]).toBe("行号");
    expect(header.at(-1)).toBe("错误原因");
    expect(rowValues(sheet, 2)[0]).toBe(4);
    const other = await login(t.app, "supervisor");
    expect(
      (await other.request({ method: "GET", url: `/api/imports/${result.errorReportId}/errors` })).statusCode,
    ).toBe(404);
    expect((await other.request({ method: "GET", url: `/api/jobs/${job.id}` })).statusCode).toBe(404);
  });

  it("imports only the valid rows when asked, audits each change and rolls the streets up", async () => {
    const [a = "", b = ""] = communities;
    const streetBefore = (await officer.request({ method: "GET", url: "/api/regions/330203001000" })).json()
      .residents;
    const oldA = (await residentsOf(a)) ?? 0;
    const oldB = (await residentsOf(b)) ?? 0;
    const file = await workbookOf([
      [` ${a} `, "", "", "１２３４"],
      [b, "", "", oldB + 10],
      [jiangbeiCommunity, "", "", 7],
    ]);
    const result = (await upload(file, "valid-only")).result;
    expect(result).toMatchObject({ totalRows: 3, validRows: 2, importedRows: 2 });
    expect(result.errors).toHaveLength(1);
    expect(await residentsOf(a)).toBe(1234);
    expect(await residentsOf(b)).toBe(oldB + 10);
    const streetAfter = (await officer.request({ method: "GET", url: "/api/regions/330203001000" })).json()
      .residents;
    expect(streetAfter).toBe(streetBefore - oldA + 1234 + 10);
    const entries = await t.ctx.db
      .selectFrom("audit_log")
      .select(["entity_id"])
      .where("action", "=", "region.residents.import")
      .execute();
    expect(entries.map((e) => e.entity_id).sort()).toEqual([a, b].sort());
  });

  it("finds a community by its street and community names when the code is left blank", async () => {
    const [community] = await t.ctx.db
      .selectFrom("regions")
      .select(["code", "name"])
      .where("parent_code", "=", "330203001000")
      .orderBy("code", "desc")
      .limit(1)
      .execute();
    if (!community) throw new Error("南门街道 has no communities");
    const file = await workbookOf([
      [null, "南门街道", community.name, 4321],
      [null, "外滩街道", "外滩社区", 77],
    ]);
    const job = await upload(file, "valid-only");
    expect(job.result).toMatchObject({ totalRows: 2, importedRows: 1 });
    expect(job.result.errors).toEqual([
      {
        row: 3,
        column: "区划代码",
        message: expect.stringContaining("不在您的管辖范围（海曙区）内"),
      },
    ]);
    expect(await residentsOf(community.code)).toBe(4321);
  });

  it("refuses a file that is not an .xlsx, or lacks a required column, with a zh-CN message", async () => {
    const notExcel = await upload(Buffer.from("name,residents\n"));
    expect(notExcel.status).toBe("failed");
    expect(notExcel.error.message).toContain("不是有效的 Excel");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("x").addRow(["区划代码", "人口"]);
    const missing = await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(missing.status).toBe("failed");
    expect(missing.error.message).toContain("常住人口");
  });

  it("does not let a read-only leader import", async () => {
    const leader = await login(t.app, "leader");
    const response = await leader.request({
      method: "POST",
      url: "/api/regions/residents/import",
      headers: { "content-type": xlsx },
      payload: await workbookOf([[communities[0] ?? "", "", "", 1]]),
    });
    expect(response.statusCode).toBe(403);
  });
});
