import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createTestApp,
  dialects,
  importFile,
  login,
  type Session,
  type TestApp,
} from "../../../test/harness.ts";
import { loadWorkbook, rowInColumnOrder, rowValues, titledWorkbook } from "../../platform/excel/testing.ts";
import { xlsxMimeType as xlsx } from "../../platform/httpFiles.ts";
import { codeFor, failingCode } from "./creditCodes.testing.ts";
import { organizationImportColumns } from "./socialOrganizations.excel.ts";

const headers = organizationImportColumns.map((c) => c.header);
const haishu = "330203000000";

type Cell = string | number | null;
function row(values: Partial<Record<(typeof organizationImportColumns)[number]["key"], Cell>>): Cell[] {
  return rowInColumnOrder(organizationImportColumns, values);
}

const workbookOf = (rows: Cell[][]) =>
  titledWorkbook({ sheetName: "社会组织", title: "海曙区社会组织名录（2026 年）", headers, rows });

describe.each(dialects)("social organizations import on %s", (dialect) => {
  let t: TestApp;
  let officer: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    officer = await login(t.app, "haishu");
  });
  afterAll(() => t.close());

  const upload = (session: Session, file: Buffer, mode?: string) =>
    importFile(t, session, "/api/social-organizations/import", file, mode);

  const organizationCount = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom("social_organizations")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("offers a template with Chinese headers, notes and what a re-import does", async () => {
    const response = await officer.request({ method: "GET", url: "/api/social-organizations/template" });
    expect(response.statusCode).toBe(200);
    const workbook = await loadWorkbook(response.rawPayload);
    const sheet = workbook.worksheets[0];
    expect(String(rowValues(sheet, 1)[0])).toContain("按统一社会信用代码更新已有记录");
    expect(rowValues(sheet, 2)).toEqual(headers);
    const notes = workbook.getWorksheet("填写说明");
    expect(notes).toBeDefined();
    expect(rowValues(notes, 3).join("")).toContain("重复导入时按统一社会信用代码更新");
  });

  it("reports every bad row with its number and reason, and imports nothing by default", async () => {
    const existing = await t.ctx.db
      .selectFrom("social_organizations")
      .selectAll()
      .where("region_code", "=", haishu)
      .where("credit_code_override_reason", "is", null)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const base = {
      orgType: "社会服务机构",
      registeringAuthority: "宁波市海曙区民政局",
      status: "正常",
      region: "海曙区",
    };
    const newCode = codeFor("2", haishu, "MJ1000001");
    const rows = [
      // row 3: valid, a street by "district + street" name, full-width staff count, Chinese date
      row({
        ...base,
        name: "南门导入测试服务中心",
        creditCode: newCode,
        region: "海曙区南门街道",
        staffCount: "１２",
        registeredOn: "2024年1月5日",
        domains: "养老服务、社会救助",
        evaluationGrade: "3a",
      }),
      // row 4: valid, region by code, trailing spaces
      row({
        ...base,
        name: "导入测试协会 ",
        creditCode: `${codeFor("1", haishu, "MJ1000002")} `,
        orgType: "社会团体",
        region: haishu,
      }),
      row({ ...base, name: "代码太短", creditCode: "52330203" }), // 5
      row({ ...base, name: "校验位错误", creditCode: failingCode(codeFor("2", haishu, "MJ1000003")) }), // 6
      row({ ...base, name: "类型不符", creditCode: codeFor("3", haishu, "MJ1000004") }), // 7
      row({ ...base, name: "辖区外", creditCode: codeFor("2", haishu, "MJ1000005"), region: "江北区" }), // 8
      row({
        ...base,
        name: "日期错误",
        creditCode: codeFor("2", haishu, "MJ1000006"),
        registeredOn: "2024-13-45",
      }), // 9
      row({ ...base, name: "文件内重复", creditCode: newCode }), // 10
      // 11: typed as a number, Excel keeps 15 significant digits
      row({ ...base, name: "数字格式代码", creditCode: Number("523302031234567890") }),
      row({
        ...base,
        name: "领域错误",
        creditCode: codeFor("2", haishu, "MJ1000007"),
        domains: "养老服务、打麻将",
      }), // 12
      // row 13: an existing organization, updated by its credit code
      row({
        ...base,
        name: existing.name,
        creditCode: existing.credit_code,
        orgType: existing.org_type,
        region: existing.region_code,
        staffCount: existing.staff_count + 7,
      }),
    ];
    const file = await workbookOf(rows);
    const before = await organizationCount();
    const job = await upload(officer, file);
    expect(job.status).toBe("succeeded");
    const result = job.result;
    expect(result).toMatchObject({ totalRows: 11, validRows: 3, importedRows: 0 });
    const byRow = (n: number) => result.errors.filter((e: { row: number }) => e.row === n);
    expect(result.errors.map((e: { row: number }) => e.row)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(byRow(5)[0]).toMatchObject({ column: "统一社会信用代码", message: "应为 18 位，当前 8 位" });
    expect(byRow(6)[0].message).toMatch(/^校验位不正确：.*第 18 位应为“.”/);
    expect(byRow(7)[0]).toMatchObject({ column: "组织类型" });
    expect(byRow(7)[0].message).toContain("基金会");
    expect(byRow(8)[0]).toEqual({
      row: 8,
      column: "所属区划",
      message: "“江北区”不在您的管辖范围（海曙区）内",
    });
    expect(byRow(9)[0]).toMatchObject({ column: "登记日期" });
    expect(byRow(10)[0]).toEqual({ row: 10, column: "统一社会信用代码", message: "与第 3 行重复" });
    expect(byRow(11)[0].message).toContain("文本格式");
    expect(byRow(12)[0]).toMatchObject({ column: "服务领域" });
    expect(await organizationCount()).toBe(before);
    expect(result.errorReportId).toBeTruthy();

    // Only the valid rows, when asked: two new organizations and one update.
    const partial = (await upload(officer, file, "valid-only")).result;
    expect(partial).toMatchObject({ validRows: 3, importedRows: 3 });
    expect(await organizationCount()).toBe(before + 2);
    const imported = await t.ctx.db
      .selectFrom("social_organizations")
      .selectAll()
      .where("credit_code", "=", newCode)
      .executeTakeFirstOrThrow();
    expect(imported).toMatchObject({
      region_code: "330203001000",
      staff_count: 12,
      registered_on: "2024-01-05",
      evaluation_grade: "3A",
      is_demo: 0,
    });
    const updated = await t.ctx.db
      .selectFrom("social_organizations")
      .select("staff_count")
      .where("id", "=", existing.id)
      .executeTakeFirstOrThrow();
    expect(updated.staff_count).toBe(existing.staff_count + 7);
    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .select(["action", "entity_id"])
      .where("action", "like", "socialOrganization.import%")
      .execute();
    expect(audit.filter((a) => a.action === "socialOrganization.import.create")).toHaveLength(2);
    expect(audit.filter((a) => a.action === "socialOrganization.import.update")).toEqual([
      { action: "socialOrganization.import.update", entity_id: String(existing.id) },
    ]);

    // Re-importing the same file creates nothing new and rewrites nothing unchanged.
    const again = (await upload(officer, file, "valid-only")).result;
    expect(again.importedRows).toBe(3);
    expect(await organizationCount()).toBe(before + 2);
    const auditAgain = await t.ctx.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "like", "socialOrganization.import%")
      .execute();
    expect(auditAgain).toHaveLength(3);
  });

  it("says why a staff count is refused and that a blank name is missing, not too short", async () => {
    const base = {
      orgType: "社会服务机构",
      registeringAuthority: "宁波市海曙区民政局",
      status: "正常",
      region: "海曙区",
    };
    const code = (sequence: string) => codeFor("2", haishu, `MJ20000${sequence}`);
    const file = await workbookOf([
      row({ ...base, name: "负人数文本", creditCode: code("01"), staffCount: "-5" }), // 3
      row({ ...base, name: "负人数数字", creditCode: code("02"), staffCount: -5 }), // 4
      row({ ...base, name: "小数人数", creditCode: code("03"), staffCount: "2.5" }), // 5
      row({ ...base, name: "文字人数", creditCode: code("04"), staffCount: "很多" }), // 6
      row({ ...base, name: null, creditCode: code("05") }), // 7
      row({ ...base, name: "甲", creditCode: code("06") }), // 8
      row({ ...base, name: "千人规模服务中心", creditCode: code("07"), staffCount: "1,000" }), // 9: valid
    ]);
    const before = await organizationCount();
    const result = (await upload(officer, file)).result;
    expect(result).toMatchObject({ totalRows: 7, validRows: 1, importedRows: 0 });
    expect(result.errors).toEqual([
      { row: 3, column: "从业人员数", message: "不能为负数" },
      { row: 4, column: "从业人员数", message: "不能为负数" },
      { row: 5, column: "从业人员数", message: "须为整数" },
      { row: 6, column: "从业人员数", message: "“很多”不是数字" },
      { row: 7, column: "名称", message: "不能为空" },
      { row: 8, column: "名称", message: "至少 2 个字符" },
    ]);
    expect(await organizationCount()).toBe(before);
  });

  it("does not update an organization outside the user's scope, nor name it", async () => {
    const jiangbei = await t.ctx.db
      .selectFrom("social_organizations")
      .selectAll()
      .where("region_code", "like", "330205%")
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const file = await workbookOf([
      row({
        name: "冒名更新",
        creditCode: jiangbei.credit_code,
        orgType: jiangbei.org_type,
        registeringAuthority: "宁波市海曙区民政局",
        status: "正常",
        region: "海曙区",
      }),
    ]);
    const result = (await upload(officer, file, "valid-only")).result;
    expect(result.importedRows).toBe(0);
    expect(result.errors[0].message).toContain("不在您的管辖范围内");
    expect(result.errors[0].message).not.toContain(jiangbei.name);
  });

  it("refuses an import by a user without organizations.manage before any job starts", async () => {
    const station = await login(t.app, "station");
    const start = vi.spyOn(t.ctx.jobs, "start");
    try {
      const response = await station.request({
        method: "POST",
        url: "/api/social-organizations/import",
        headers: { "content-type": xlsx },
        payload: await workbookOf([]),
      });
      expect(response.statusCode).toBe(403);
      expect(start).not.toHaveBeenCalled();
    } finally {
      start.mockRestore();
    }
  });

  it("reads the region by its names at a district or a street, and says which level it must be", async () => {
    const base = {
      orgType: "社会服务机构",
      registeringAuthority: "宁波市海曙区民政局",
      status: "正常",
    };
    const code = (sequence: string) => codeFor("2", haishu, `MJ30000${sequence}`);
    const file = await workbookOf([
      row({
        ...base,
        name: "路径区划服务中心",
        creditCode: code("01"),
        region: "宁波市 / 海曙区 / 西门街道",
      }), // 3
      row({ ...base, name: "社区区划服务中心", creditCode: code("02"), region: "海曙区/南门街道/澄浪社区" }), // 4
      row({ ...base, name: "无此区划服务中心", creditCode: code("03"), region: "海曙区/无此街道" }), // 5
    ]);
    const result = (await upload(officer, file, "valid-only")).result;
    expect(result.errors).toEqual([
      {
        row: 4,
        column: "所属区划",
        message: "“海曙区/南门街道/澄浪社区”是社区（村），此处须为区（县）或街道（乡镇）",
      },
      { row: 5, column: "所属区划", message: expect.stringContaining("未找到区划“海曙区/无此街道”") },
    ]);
    const stored = await t.ctx.db
      .selectFrom("social_organizations")
      .select("region_code")
      .where("credit_code", "=", code("01"))
      .executeTakeFirstOrThrow();
    expect(stored.region_code).toBe("330203003000");
  });
});
