import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, signedInAs } from "../../../test/factories.ts";
import { dialects, importFile, type Session, type TestApp } from "../../../test/harness.ts";
import { freshIdNumber } from "../volunteers/volunteers.testing.ts";
import { importHeaders, type SocialWorkerImportKey } from "./socialWorkers.excel.ts";
import { makePlatform, nanmen, wrongCheckIdNumber } from "./socialWorkers.testing.ts";

/**
 * An import row lists every problem it has (defect 4): whatever cells of a row are wrong, the
 * columns its report names are exactly those cells' columns — none hidden behind another (a
 * refused 学历 used to keep the 发证日期 rule from running), none invented.
 */
const headerOrder = Object.keys(importHeaders) as SocialWorkerImportKey[];
type Row = Partial<Record<SocialWorkerImportKey, string | null>>;
const platformName = "问题测试南门社工站";

const validRow: Row = {
  name: "赵一",
  phone: "13800001111",
  education: "本科",
  isSocialWorkMajor: "是",
  qualificationLevel: "社会工作师",
  certificateNumber: "C2021001",
  certificateDate: "2021-06-20",
  employerKind: "服务平台",
  employerName: platformName,
  employmentStatus: "在岗",
  isIntroducedTalent: "否",
};

/** One wrong cell per column, each wrong on its own (no rule ties two of them together). */
const wrongCells: Partial<Record<SocialWorkerImportKey, string>> = {
  name: "<script>alert(1)</script>",
  idNumber: wrongCheckIdNumber("330203", "19900101", "131"),
  phone: "123",
  education: "硕士",
  major: "专".repeat(51),
  isSocialWorkMajor: "也许",
  qualificationLevel: "高级",
  certificateDate: "2031-01-01",
  registrationDate: "2024-13-45",
  otherCertificates: "打麻将",
  employerKind: "公司",
  employerName: "不存在的单位",
  position: "岗".repeat(51),
  domains: "打麻将",
  employmentStatus: "退休",
  isIntroducedTalent: "也许",
  joinedOn: "2031-01-01",
};
const wrongKeys = Object.keys(wrongCells) as SocialWorkerImportKey[];

async function workbookOf(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("社会工作者");
  sheet.addRow(headerOrder.map((key) => importHeaders[key]));
  for (const row of rows) sheet.addRow(headerOrder.map((key) => row[key] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(dialects)("social worker import problems on %s", (dialect) => {
  let t: TestApp;
  let haishu: Session;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    haishu = await signedInAs(t, "district_officer", "330203000000");
    await makePlatform(t.ctx.db, platformName, nanmen);
  });
  afterAll(() => t.close());

  const errorsOf = async (rows: Row[]) =>
    (await importFile(t, haishu, "/api/social-workers/import", await workbookOf(rows))).result.errors as {
      row: number;
      column: string;
      message: string;
    }[];

  it("reports all three problems of the issue's row: phone 123, 学历 硕士, a 2031 发证日期", async () => {
    const errors = await errorsOf([
      {
        ...validRow,
        idNumber: freshIdNumber(),
        phone: "123",
        education: "硕士",
        certificateDate: "2031-01-01",
      },
    ]);
    expect(errors).toEqual([
      { row: 2, column: "手机号", message: "应为 11 位手机号码，以 13–19 开头" },
      { row: 2, column: "学历", message: expect.stringContaining("“硕士”不是可选值") },
      { row: 2, column: "发证日期", message: "不能晚于今天" },
    ]);
  });

  it("property: the columns a row's report names are exactly its wrong cells", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.subarray(wrongKeys), { minLength: 1, maxLength: 20 }),
        async (rowsWrong) => {
          const rows = rowsWrong.map((keys) => ({
            ...validRow,
            idNumber: freshIdNumber(),
            ...Object.fromEntries(keys.map((key) => [key, wrongCells[key]])),
          }));
          const errors = await errorsOf(rows);
          rowsWrong.forEach((keys, index) => {
            const reported = errors.filter((error) => error.row === index + 2).map((error) => error.column);
            expect(reported.sort()).toEqual(keys.map((key) => importHeaders[key]).sort());
          });
        },
      ),
      { numRuns: 6 },
    );
  });
});
