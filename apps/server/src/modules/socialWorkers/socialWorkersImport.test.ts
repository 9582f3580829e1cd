import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
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
import { importHeaders, type SocialWorkerImportKey } from "./socialWorkers.excel.ts";
import {
  jiangbeiStreet,
  makePlatform,
  nanmen,
  validIdNumber,
  workerBody,
  wrongCheckIdNumber,
} from "./socialWorkers.testing.ts";

const headerOrder = Object.keys(importHeaders) as SocialWorkerImportKey[];
type Cell = string | number | Date | null;
type Row = Partial<Record<SocialWorkerImportKey, Cell>>;

/** A file as users make them: a title row above the header, then rows, then empty rows. */
async function workbookOf(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("社会工作者");
  sheet.addRow(["2026 年海曙区社会工作者名册"]);
  sheet.addRow(headerOrder.map((key) => importHeaders[key]));
  for (const row of rows) sheet.addRow(headerOrder.map((key) => row[key] ?? null));
  sheet.addRow([]);
  sheet.addRow([null, null, null]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const fullWidth = (text: string) =>
  text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe.each(dialects)("social workers import on %s", (dialect) => {
  let t: TestApp;
  let haishu: Session;
  const idA = validIdNumber("330203", "19880808", "123");
  const idB = validIdNumber("330212", "19950215", "046");
  const idExisting = validIdNumber("330203", "19800101", "017");
  const idJiangbei = validIdNumber("330205", "19790101", "035");

  const rowA: Row = {
    name: "赵一 ",
    idNumber: `${fullWidth(idA.slice(0, 6))} ${idA.slice(6)} `,
    phone: "138 0000 1111",
    education: "本科",
    major: "社会工作",
    isSocialWorkMajor: "是",
    qualificationLevel: "社会工作师",
    certificateNumber: "C2021001",
    certificateDate: new Date(Date.UTC(2021, 5, 20)),
    registrationDate: "2024/1/5",
    otherCertificates: "心理咨询师、律师",
    employerKind: "服务平台",
    employerName: "导入测试南门社工站",
    position: "一线社工",
    domains: "养老服务，社会救助",
    employmentStatus: "在岗",
    isIntroducedTalent: "否",
    joinedOn: "2020年3月1日",
  };
  const rowB: Row = {
    name: "钱二",
    idNumber: idB,
    education: "大专",
    qualificationLevel: "无",
    employerKind: "社会工作部门",
    employerName: "海曙区委社会工作部",
    employmentStatus: "在岗",
    joinedOn: 44000,
  };
  const existingUpdate: Row = { ...rowB, name: "孙已有", idNumber: idExisting, position: "站长" };

  const badRows: Row[] = [
    {
      ...rowB,
      name: "数字身份证",
      idNumber: Number(validIdNumber("330203", "19900101", "111").slice(0, 17)) * 10,
    },
    { ...rowB, name: "校验位错", idNumber: wrongCheckIdNumber("330203", "19900101", "131") },
    {
      ...rowA,
      name: "日期错",
      idNumber: validIdNumber("330203", "19900101", "151"),
      certificateDate: "2024-13-45",
    },
    {
      ...rowB,
      name: "单位不存在",
      idNumber: validIdNumber("330203", "19900101", "171"),
      employerName: "不存在的单位",
    },
    {
      ...rowA,
      name: "单位不在辖区",
      idNumber: validIdNumber("330203", "19900101", "191"),
      employerName: "导入测试江北社工站",
    },
    { ...rowB, name: "文件内重复", idNumber: idA },
    { ...rowB, name: "辖区外已有", idNumber: idJiangbei },
    {
      ...rowA,
      name: "等级错",
      idNumber: validIdNumber("330203", "19900101", "212"),
      qualificationLevel: "高级",
    },
    {
      ...rowA,
      name: "缺证书编号",
      idNumber: validIdNumber("330203", "19900101", "232"),
      certificateNumber: null,
    },
  ];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    haishu = await login(t.app, "haishu");
    const city = await login(t.app, "city");
    await makePlatform(t.ctx.db, "导入测试南门社工站", nanmen);
    const jiangbeiPlatform = await makePlatform(t.ctx.db, "导入测试江北社工站", jiangbeiStreet);
    const nanmenPlatform = (
      await t.ctx.db
        .selectFrom("platforms")
        .select("id")
        .where("name", "=", "导入测试南门社工站")
        .executeTakeFirstOrThrow()
    ).id;
    const made = await Promise.all([
      haishu.request({
        method: "POST",
        url: "/api/social-workers",
        payload: workerBody({ name: "孙已有", idNumber: idExisting, platformId: nanmenPlatform }),
      }),
      city.request({
        method: "POST",
        url: "/api/social-workers",
        payload: workerBody({ name: "周江北", idNumber: idJiangbei, platformId: jiangbeiPlatform }),
      }),
    ]);
    expect(made.map((response) => response.statusCode)).toEqual([201, 201]);
  });
  afterAll(() => t.close());

  const upload = (session: Session, file: Buffer, mode?: string) =>
    importFile(t, session, "/api/social-workers/import", file, mode);

  const workerCount = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom("social_workers")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("offers a template with Chinese headers and notes that re-importing updates by ID number", async () => {
    const response = await haishu.request({ method: "GET", url: "/api/social-workers/template" });
    expect(response.statusCode).toBe(200);
    const workbook = await loadWorkbook(response.rawPayload);
    const sheet = workbook.worksheets[0];
    expect(String(rowValues(sheet, 1)[0])).toContain("按身份证号更新");
    expect(rowValues(sheet, 2)).toEqual(headerOrder.map((key) => importHeaders[key]));
    const notes = workbook.getWorksheet("填写说明");
    const idNote = notes?.getRows(1, 30)?.find((row) => row.getCell(1).value === "身份证号");
    expect(String(idNote?.getCell(4).value)).toContain("重复导入同一文件不会产生重复记录");
  });

  it("reports every bad row with its number, column and reason, and imports nothing in all-or-nothing mode", async () => {
    const before = await workerCount();
    const job = await upload(haishu, await workbookOf([rowA, rowB, existingUpdate, ...badRows]));
    expect(job.status).toBe("succeeded");
    expect(job.result).toMatchObject({ totalRows: 12, validRows: 3, importedRows: 0 });
    expect(job.result.errors).toEqual([
      { row: 6, column: "身份证号", message: expect.stringContaining("身份证号列须为文本格式") },
      { row: 7, column: "身份证号", message: "校验位不正确，请核对号码" },
      { row: 8, column: "发证日期", message: expect.stringContaining("无法识别的日期“2024-13-45”") },
      { row: 9, column: "工作单位名称", message: "在您的管辖范围内未找到已启用的社会工作部门“不存在的单位”" },
      {
        row: 10,
        column: "工作单位名称",
        message: "在您的管辖范围内未找到已启用的服务平台“导入测试江北社工站”",
      },
      { row: 11, column: "身份证号", message: "与第 3 行重复" },
      { row: 12, column: "身份证号", message: "系统中已存在该记录（不在您的管辖范围内），请联系上级部门" },
      { row: 13, column: "资格等级", message: expect.stringContaining("“高级”不是可选值") },
      { row: 14, column: "证书编号", message: "持证人员须填写证书编号" },
    ]);
    expect(await workerCount()).toBe(before);
    const report = await haishu.request({
      method: "GET",
      url: `/api/imports/${job.result.errorReportId}/errors`,
    });
    expect(report.statusCode).toBe(200);
    const reportSheet = (await loadWorkbook(report.rawPayload)).worksheets[0];
    expect(rowValues(reportSheet, 1).at(-1)).toBe("错误原因");
  });

  it("imports only the valid rows when asked: new workers created, the existing one updated (upsert)", async () => {
    const before = await workerCount();
    const job = await upload(
      haishu,
      await workbookOf([rowA, rowB, existingUpdate, ...badRows]),
      "valid-only",
    );
    expect(job.result).toMatchObject({ totalRows: 12, validRows: 3, importedRows: 3 });
    expect(await workerCount()).toBe(before + 2);

    const found = (
      await haishu.request({ method: "GET", url: "/api/social-workers?q=zy&regionCode=330203001000" })
    ).json();
    const zhao = found.items.find((w: { name: string }) => w.name === "赵一");
    expect(zhao).toMatchObject({
      idNumber: `330***********${idA.slice(-4)}`,
      phone: "138****1111",
      sex: "male",
      birthMonth: "1988-08",
      qualificationLevel: "intermediate",
      certificateDate: "2021-06-20",
      registrationDate: "2024-01-05",
      registrationExpiry: "2027-01-05",
      otherCertificates: ["心理咨询师", "律师"],
      professionalCertificateCount: 3,
      isComposite: true,
      domains: ["社会救助", "养老服务"],
      joinedOn: "2020-03-01",
      isSocialWorkMajor: true,
    });
    const qian = (
      await haishu.request({ method: "GET", url: "/api/social-workers?q=%E9%92%B1%E4%BA%8C" })
    ).json().items[0];
    expect(qian).toMatchObject({
      employer: { kind: "department" },
      region: { code: "330203000000" },
      joinedOn: "2020-06-18",
    });
    const existing = (
      await haishu.request({ method: "GET", url: "/api/social-workers?q=%E5%AD%99%E5%B7%B2%E6%9C%89" })
    ).json();
    expect(existing.total).toBe(1);
    expect(existing.items[0]).toMatchObject({
      position: "站长",
      qualificationLevel: "none",
      employer: { kind: "department" },
    });

    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .select(["action", "after_json"])
      .where("action", "in", ["socialWorker.import.create", "socialWorker.import.update"])
      .execute();
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      "socialWorker.import.create",
      "socialWorker.import.create",
      "socialWorker.import.update",
    ]);
    expect(audit.map((entry) => entry.after_json).join()).not.toContain(idA);
  });

  it("re-importing the same file creates no duplicates and writes nothing unchanged", async () => {
    const before = await workerCount();
    const auditBefore = await t.ctx.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "like", "socialWorker.import.%")
      .execute();
    const job = await upload(haishu, await workbookOf([rowA, rowB, existingUpdate]));
    expect(job.result).toMatchObject({ totalRows: 3, validRows: 3, importedRows: 3, errors: [] });
    expect(await workerCount()).toBe(before);
    const auditAfter = await t.ctx.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "like", "socialWorker.import.%")
      .execute();
    expect(auditAfter).toHaveLength(auditBefore.length);

    const changed = await upload(
      haishu,
      await workbookOf([{ ...rowA, position: "项目主管", phone: "13800002222" }]),
    );
    expect(changed.result.importedRows).toBe(1);
    expect(await workerCount()).toBe(before);
    const update = await t.ctx.db
      .selectFrom("audit_log")
      .select(["before_json", "after_json"])
      .where("action", "=", "socialWorker.import.update")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(update.after_json ?? "{}")).toEqual({ position: "项目主管", phone: "138****2222" });
  });

  it("lists every problem of a row: a bad phone, an unknown 学历 and a future 发证日期 together", async () => {
    const job = await upload(
      haishu,
      await workbookOf([
        {
          ...rowA,
          name: "三处错误",
          idNumber: validIdNumber("330203", "19910101", "273"),
          phone: "123",
          education: "硕士",
          certificateDate: "2031-03-01",
          registrationDate: null,
        },
      ]),
    );
    expect(job.result.errors).toEqual([
      { row: 3, column: "手机号", message: "应为 11 位手机号码，以 13–19 开头" },
      {
        row: 3,
        column: "学历",
        message: "“硕士”不是可选值，可选：高中及以下、大专、本科、硕士研究生、博士研究生",
      },
      { row: 3, column: "发证日期", message: "不能晚于今天" },
    ]);
  });

  it("reads dictionary values by label or code, with either width of brackets", async () => {
    const idNumber = validIdNumber("330203", "19920202", "284");
    const job = await upload(
      haishu,
      await workbookOf([
        {
          ...rowB,
          name: "代码填写",
          idNumber,
          education: "bachelor",
          qualificationLevel: "none",
          employerKind: "department",
          employmentStatus: "在岗",
          domains: "青少年(心理健康) 养老服务",
          isIntroducedTalent: "Y",
        },
      ]),
    );
    expect(job.result.errors).toEqual([]);
    const stored = await t.ctx.db
      .selectFrom("social_workers")
      .select(["education", "domains_json", "is_introduced_talent"])
      .where("id_number_index", "=", t.ctx.cipher.blindIndex(idNumber))
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ education: "bachelor", is_introduced_talent: 1 });
    // Stored in the dictionary's order, as the form stores them.
    expect(JSON.parse(stored.domains_json)).toEqual(["养老服务", "青少年（心理健康）"]);
  });

  it("answers 403 and starts no job for a user with registries.import but not workers.manage", async () => {
    const withoutManage = () =>
      t.ctx.db
        .deleteFrom("role_permissions")
        .where("role_id", "=", "station_staff")
        .where("permission", "=", "workers.manage")
        .execute();
    await withoutManage();
    await t.ctx.catalog.load(t.ctx.db);
    const start = vi.spyOn(t.ctx.jobs, "start");
    try {
      const station = await login(t.app, "station");
      const refused = await station.request({
        method: "POST",
        url: "/api/social-workers/import",
        headers: { "content-type": xlsx },
        payload: await workbookOf([rowB]),
      });
      expect(refused.statusCode).toBe(403);
      expect(start).not.toHaveBeenCalled();
    } finally {
      start.mockRestore();
      await t.ctx.db
        .insertInto("role_permissions")
        .values({ role_id: "station_staff", permission: "workers.manage" })
        .execute();
      await t.ctx.catalog.load(t.ctx.db);
    }
  });

  it("needs workers.manage besides registries.import, and stays inside the scope of a street user", async () => {
    const supervisor = await login(t.app, "supervisor");
    const refused = await supervisor.request({
      method: "POST",
      url: "/api/social-workers/import",
      headers: { "content-type": xlsx },
      payload: await workbookOf([rowB]),
    });
    expect(refused.statusCode).toBe(403);
    const station = await login(t.app, "station");
    // 海曙区委社会工作部 sits above 南门街道: not an employer a street user may name.
    const job = await upload(
      station,
      await workbookOf([{ ...rowB, idNumber: validIdNumber("330203", "19970101", "254") }]),
    );
    expect(job.result.errors).toEqual([
      {
        row: 3,
        column: "工作单位名称",
        message: "在您的管辖范围内未找到已启用的社会工作部门“海曙区委社会工作部”",
      },
    ]);
  });
});
