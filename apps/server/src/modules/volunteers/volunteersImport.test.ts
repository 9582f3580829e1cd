import { idNumberCheckCharacter } from "@xinqiao/shared";
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
import { volunteerImportColumns } from "./volunteers.excel.ts";
import { freshIdNumber, withWrongCheck } from "./volunteers.testing.ts";

const headers = volunteerImportColumns.map((column) => column.header);
const nanmen = "330203001000";

type Cell = string | number | null;

async function workbookOf(rows: Cell[][], options: { titleRow?: boolean; numericIdRows?: number[] } = {}) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("志愿者");
  if (options.titleRow) sheet.addRow(["南门街道志愿者花名册（2026 年）"]);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  // Empty rows at the end, as exported sheets often have.
  sheet.addRow([null, null, null]);
  sheet.addRow([]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** name, idNumber, phone, volunteerNumber, regionCode, skills, availability, teams, registeredOn */
const row = (values: Partial<Record<(typeof volunteerImportColumns)[number]["key"], Cell>>): Cell[] =>
  volunteerImportColumns.map((column) => values[column.key] ?? null);

describe.each(dialects)("volunteers import on %s", (dialect) => {
  let t: TestApp;
  let officer: Session;
  let nanmenCommunity: string;
  let jiangbeiCommunity: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    officer = await login(t.app, "haishu");
    nanmenCommunity = (
      await t.ctx.db
        .selectFrom("regions")
        .select("code")
        .where("parent_code", "=", nanmen)
        .orderBy("code")
        .executeTakeFirstOrThrow()
    ).code;
    jiangbeiCommunity = (
      await t.ctx.db
        .selectFrom("regions")
        .select("code")
        .where("level", "=", "community")
        .where("code", "like", "330205%")
        .executeTakeFirstOrThrow()
    ).code;
  });
  afterAll(() => t.close());

  const upload = async (file: Buffer, mode?: string) => {
    const job = await importFile(t, officer, "/api/volunteers/import", file, mode);
    expect(job.status, JSON.stringify(job.error)).toBe("succeeded");
    return job.result;
  };

  const countByIdNumbers = async (idNumbers: string[]) =>
    Number(
      (
        await t.ctx.db
          .selectFrom("volunteers")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where(
            "id_number_index",
            "in",
            idNumbers.map((id) => t.ctx.cipher.blindIndex(id)),
          )
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("offers a template with Chinese headers, a 填写说明 sheet and the re-import rule", async () => {
    const response = await officer.request({ method: "GET", url: "/api/volunteers/template" });
    expect(response.statusCode).toBe(200);
    const workbook = await loadWorkbook(response.rawPayload);
    const sheet = workbook.worksheets[0];
    expect(String(rowValues(sheet, 1)[0])).toContain("再次导入时更新");
    expect(rowValues(sheet, 2)).toEqual(headers);
    const notes = workbook.getWorksheet("填写说明");
    expect(notes).toBeDefined();
    const described = JSON.stringify(notes?.getSheetValues());
    expect(described).toContain("NB + 6 位区县代码");
    expect(described).toContain("不会重复创建");
  });

  it("reports each bad row with its number and reason; all-or-nothing writes nothing; valid-only and re-import upsert", async () => {
    const team = (
      await officer.request({
        method: "POST",
        url: "/api/volunteer-teams",
        payload: { name: "南门导入测试服务队", regionCode: nanmen },
      })
    ).json();
    const existing = (
      await officer.request({
        method: "POST",
        url: "/api/volunteers",
        payload: { name: "旧名字", idNumber: freshIdNumber(), regionCode: nanmen, skills: ["驾驶"] },
      })
    ).json();
    const existingId = (
      await officer.request({
        method: "POST",
        url: `/api/volunteers/${existing.id}/reveal`,
        payload: { field: "idNumber" },
      })
    ).json().value as string;
    const [good1, good2, good3, bad1, dup] = [
      freshIdNumber(),
      freshIdNumber("male"),
      freshIdNumber(),
      freshIdNumber(),
      freshIdNumber(),
    ];
    const fullWidth = (text: string) =>
      text.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

    const rows: Cell[][] = [
      // 3: full-width digits with spaces in the ID, trailing spaces, date 2024/1/5, a team
      row({
        name: "王一  ",
        idNumber: ` ${fullWidth(good1.slice(0, 6))} ${good1.slice(6)} `,
        phone: "138 0000 1111",
        regionCode: nanmenCommunity,
        skills: "陪伴探访、心理疏导",
        availability: "周末,节假日",
        teams: "南门导入测试服务队",
        registeredOn: "2024/1/5",
      }),
      // 4: date as an Excel serial number, Chinese date form elsewhere
      row({ name: "王二", idNumber: good2, regionCode: nanmenCommunity, registeredOn: 45296 }),
      // 5: wrong check character
      row({ name: "错校验", idNumber: withWrongCheck(bad1), regionCode: nanmenCommunity }),
      // 6: ID typed as a number: Excel kept 15 significant digits
      row({ name: "数字格式", idNumber: Number("110105199001011234"), regionCode: nanmenCommunity }),
      // 7: unknown skill
      row({ name: "技能错", idNumber: freshIdNumber(), regionCode: nanmenCommunity, skills: "唱歌" }),
      // 8: region outside the officer's scope
      row({ name: "江北人", idNumber: freshIdNumber(), regionCode: jiangbeiCommunity }),
      // 9: the same ID as row 3
      row({ name: "重复", idNumber: good1, regionCode: nanmenCommunity }),
      // 10: bad phone and impossible date
      row({
        name: "电话错",
        idNumber: dup,
        phone: "1234",
        regionCode: nanmenCommunity,
        registeredOn: "2024-13-01",
      }),
      // 11: unknown team
      row({ name: "无此队", idNumber: freshIdNumber(), regionCode: nanmenCommunity, teams: "不存在的队" }),
      // 12: an existing volunteer (update), date 2024年1月5日
      row({
        name: "新名字",
        idNumber: existingId,
        regionCode: nanmenCommunity,
        registeredOn: "2024年1月5日",
      }),
      // 13: valid
      row({ name: "王三", idNumber: good3, regionCode: nanmenCommunity, availability: "工作日晚上" }),
    ];
    const file = await workbookOf(rows, { titleRow: true });
    const before = await countByIdNumbers([good1, good2, good3]);
    expect(before).toBe(0);

    const refused = await upload(file);
    expect(refused).toMatchObject({ totalRows: 11, validRows: 4, importedRows: 0 });
    const byRow = new Map<number, string[]>();
    for (const error of refused.errors)
      byRow.set(error.row, [...(byRow.get(error.row) ?? []), `${error.column}：${error.message}`]);
    expect([...byRow.keys()]).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(byRow.get(5)).toEqual(["身份证号：校验位不正确，请核对号码"]);
    expect(byRow.get(6)?.[0]).toMatch(/^身份证号：身份证号列须为文本格式/);
    expect(byRow.get(7)?.[0]).toMatch(/^技能特长：“唱歌”不是可选值/);
    expect(byRow.get(8)?.[0]).toMatch(
      /^所属区划代码：区划代码“330205\d{6}”（江北区\/.+）不在您的管辖范围（海曙区）内$/,
    );
    expect(byRow.get(9)).toEqual(["身份证号：与第 3 行重复"]);
    expect(byRow.get(10)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^手机号：/),
        expect.stringMatching(/^注册日期：无法识别的日期“2024-13-01”/),
      ]),
    );
    expect(byRow.get(11)?.[0]).toMatch(/^所属队伍：“不存在的队”不存在/);
    expect(await countByIdNumbers([good1, good2, good3])).toBe(0);
    expect(
      (await officer.request({ method: "GET", url: `/api/volunteers/${existing.id}` })).json().name,
    ).toBe("旧名字");

    const report = await officer.request({
      method: "GET",
      url: `/api/imports/${refused.errorReportId}/errors`,
    });
    expect(report.statusCode).toBe(200);
    const reportSheet = (await loadWorkbook(report.rawPayload)).worksheets[0];
    expect(rowValues(reportSheet, 1)[0]).toBe("行号");
    expect(rowValues(reportSheet, 2)[0]).toBe(5);

    const imported = await upload(file, "valid-only");
    expect(imported).toMatchObject({ totalRows: 11, validRows: 4, importedRows: 4 });
    expect(await countByIdNumbers([good1, good2, good3])).toBe(3);
    const wang = (await officer.request({ method: "GET", url: "/api/volunteers?q=王一" })).json().items[0];
    expect(wang).toMatchObject({
      name: "王一",
      phone: "138****1111",
      skills: ["陪伴探访", "心理疏导"],
      availability: ["周末", "节假日"],
      teams: [{ id: team.id, name: "南门导入测试服务队" }],
      registeredOn: "2024-01-05",
    });
    expect(wang.volunteerNumber).toMatch(/^NB330203\d{6}$/);
    const serial = (await officer.request({ method: "GET", url: "/api/volunteers?q=王二" })).json().items[0];
    expect(serial.registeredOn).toBe("2024-01-05");
    const updated = (await officer.request({ method: "GET", url: `/api/volunteers/${existing.id}` })).json();
    expect(updated).toMatchObject({ name: "新名字", skills: ["驾驶"], registeredOn: "2024-01-05" });
    const history = (
      await officer.request({ method: "GET", url: `/api/volunteers/${existing.id}/history` })
    ).json();
    expect(history[0]).toMatchObject({
      action: "volunteer.import.update",
      before: { name: "旧名字" },
      after: { name: "新名字" },
    });

    // Re-importing the same file updates, never duplicates.
    const total = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom("volunteers")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const countBefore = await total();
    const historyOf = async (id: number) =>
      (await officer.request({ method: "GET", url: `/api/volunteers/${id}/history` })).json().length;
    const entriesBefore = await historyOf(existing.id);
    // 王一 was created by the first import, with a team: a re-import must not claim it joined again.
    const wangEntriesBefore = await historyOf(wang.id);
    const again = await upload(file, "valid-only");
    expect(again.importedRows).toBe(4);
    expect(await total()).toBe(countBefore);
    // Nothing changed the second time: no audit entry with empty before/after.
    expect(await historyOf(existing.id)).toBe(entriesBefore);
    expect(await historyOf(wang.id)).toBe(wangEntriesBefore);
    expect(
      (await officer.request({ method: "GET", url: "/api/volunteers?q=王一" })).json().items[0]
        .volunteerNumber,
    ).toBe(wang.volunteerNumber);
  });

  it("imports teams keyed by name within their region: bad rows reported, re-import updates", async () => {
    const template = await officer.request({ method: "GET", url: "/api/volunteer-teams/template" });
    expect(rowValues((await loadWorkbook(template.rawPayload)).worksheets[0], 2)).toEqual([
      "队伍名称",
      "所属区划代码",
      "组织单位",
      "负责人",
      "成立日期",
      "简介",
    ]);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("志愿服务队");
    sheet.addRow(["队伍名称", "所属区划代码", "组织单位", "负责人", "成立日期", "简介"]);
    sheet.addRow(["南门导入新队", nanmen, null, "赵队长", "2023/5/1", "新成立"]);
    sheet.addRow(["江北的队", jiangbeiCommunity, null, null, null, null]);
    sheet.addRow(["组织不存在的队", nanmen, "没有这个组织", null, null, null]);
    sheet.addRow(["日期错的队", nanmen, null, null, "2023-02-30", null]);
    sheet.addRow(["  ", nanmen, null, "没有队名", null, null]);
    sheet.addRow(["队", nanmen, null, null, null, null]);
    sheet.addRow(["按名称区划的队", "海曙区 南门街道", null, "钱队长", null, "x".repeat(501)]);
    sheet.addRow(["南门名称区划队", "海曙区/南门街道", null, null, null, null]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const startImport = async (mode: string) => {
      const started = await officer.request({
        method: "POST",
        url: `/api/volunteer-teams/import?mode=${mode}`,
        headers: { "content-type": xlsx },
        payload: file,
      });
      expect(started.statusCode).toBe(202);
      await t.ctx.jobs.idle();
      return (await officer.request({ method: "GET", url: `/api/jobs/${started.json().job.id}` })).json()
        .result;
    };
    const refused = await startImport("all-or-nothing");
    expect(refused).toMatchObject({ totalRows: 8, validRows: 2, importedRows: 0 });
    expect(
      refused.errors.map((e: { row: number; column: string; message: string }) => [
        e.row,
        e.column,
        e.message,
      ]),
    ).toEqual([
      [3, "所属区划代码", expect.any(String)],
      [4, "组织单位", expect.any(String)],
      [5, "成立日期", expect.any(String)],
      [6, "队伍名称", "不能为空"],
      [7, "队伍名称", "至少 2 个字符"],
      [8, "简介", "长度不能超过 500 个字符"],
    ]);
    const teamsNamed = async () =>
      (
        await officer.request({
          method: "GET",
          url: `/api/volunteer-teams?q=${encodeURIComponent("南门导入新队")}`,
        })
      ).json();
    expect((await teamsNamed()).total).toBe(0);
    expect((await startImport("valid-only")).importedRows).toBe(2);
    const teamEntries = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom("audit_log")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("action", "like", "volunteerTeam.import.%")
            .executeTakeFirstOrThrow()
        ).n,
      );
    const entriesBefore = await teamEntries();
    expect((await startImport("valid-only")).importedRows).toBe(2);
    // The same file again changes nothing, so it leaves no (empty) audit entry.
    expect(await teamEntries()).toBe(entriesBefore);
    const found = await teamsNamed();
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({
      leaderName: "赵队长",
      foundedOn: "2023-05-01",
      description: "新成立",
    });
    const byName = await t.ctx.db
      .selectFrom("volunteer_teams")
      .select("region_code")
      .where("name", "=", "南门名称区划队")
      .executeTakeFirstOrThrow();
    expect(byName.region_code).toBe(nanmen);
  });

  it("reads the region by its names, lists every problem of a row, and checks rows with the form's schema", async () => {
    const community = await t.ctx.db
      .selectFrom("regions")
      .select(["code", "name"])
      .where("code", "=", nanmenCommunity)
      .executeTakeFirstOrThrow();
    const byPath = freshIdNumber();
    const result = await upload(
      await workbookOf([
        // 2: the region by its names, with the city and full-width separators
        row({
          name: "路径区划",
          idNumber: byPath,
          regionCode: `宁波市／海曙区／南门街道／${community.name}`,
        }),
        // 3: every problem at once
        row({
          name: "名".repeat(51),
          idNumber: freshIdNumber(),
          phone: "123",
          regionCode: "海曙区",
          skills: "陪伴探访、唱歌",
          registeredOn: "2024-02-30",
        }),
        // 4: a list typed with spaces and another separator, a label typed loosely
        row({
          name: "空格分隔",
          idNumber: freshIdNumber(),
          regionCode: "海曙区 南门街道",
          skills: "心理疏导 法律咨询；驾驶",
          availability: "周末 / 节假日",
        }),
      ]),
      "valid-only",
    );
    expect(result.errors).toEqual([
      { row: 3, column: "姓名", message: "长度不能超过 50 个字符" },
      { row: 3, column: "手机号", message: "应为 11 位手机号码，以 13–19 开头" },
      { row: 3, column: "所属区划代码", message: "“海曙区”是区（县），此处须为街道（乡镇）或社区（村）" },
      { row: 3, column: "技能特长", message: expect.stringContaining("“唱歌”不是可选值") },
      { row: 3, column: "注册日期", message: expect.stringContaining("无法识别的日期“2024-02-30”") },
    ]);
    expect(result.importedRows).toBe(2);
    const stored = await t.ctx.db
      .selectFrom("volunteers")
      .select(["name", "region_code", "skills_json", "availability_json"])
      .where("name", "in", ["路径区划", "空格分隔"])
      .orderBy("name")
      .execute();
    expect(stored).toEqual([
      expect.objectContaining({ name: "空格分隔", region_code: nanmen }),
      expect.objectContaining({ name: "路径区划", region_code: nanmenCommunity }),
    ]);
    expect(JSON.parse(stored[0]?.skills_json ?? "[]")).toEqual(["心理疏导", "法律咨询", "驾驶"]);
    expect(JSON.parse(stored[0]?.availability_json ?? "[]")).toEqual(["周末", "节假日"]);
  });

  it("refuses to update a volunteer outside the scope, without naming it", async () => {
    const city = await login(t.app, "city");
    const idNumber = freshIdNumber();
    const created = await city.request({
      method: "POST",
      url: "/api/volunteers",
      payload: { name: "江北已登记", idNumber, regionCode: jiangbeiCommunity },
    });
    expect(created.statusCode).toBe(201);
    const result = await upload(
      await workbookOf([row({ name: "冒名", idNumber, regionCode: nanmenCommunity })]),
      "valid-only",
    );
    expect(result.importedRows).toBe(0);
    expect(result.errors).toEqual([
      { row: 2, column: "身份证号", message: "系统中已存在该记录（不在您的管辖范围内），请联系上级部门" },
    ]);
  });

  it("refuses a minor: the guardian's consent is recorded on the form, one volunteer at a time", async () => {
    const first17 = "11010520110607082"; // 15 on the test clock's day
    const minor = first17 + idNumberCheckCharacter(first17);
    const adult = freshIdNumber();
    const result = await upload(
      await workbookOf([
        row({ name: "未成年", idNumber: minor, regionCode: nanmenCommunity }),
        row({ name: "成年人", idNumber: adult, regionCode: nanmenCommunity }),
      ]),
      "valid-only",
    );
    expect(result.importedRows).toBe(1);
    expect(result.errors).toEqual([
      {
        row: 2,
        column: "身份证号",
        message: "注册时未满 18 周岁：须在“新增志愿者”中逐一登记并记录监护人同意，不能批量导入",
      },
    ]);
  });
});
