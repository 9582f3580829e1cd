import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
import { platformImportColumns } from "./platforms.excel.ts";

const headers = platformImportColumns.map((c) => c.header);

type Cell = string | number | Date | null;
function row(values: Partial<Record<(typeof platformImportColumns)[number]["key"], Cell>>): Cell[] {
  return rowInColumnOrder(platformImportColumns, values);
}

const workbookOf = (rows: Cell[][]) =>
  titledWorkbook({ sheetName: "服务平台", title: "海曙区服务平台台账", headers, rows });

describe.each(dialects)("platforms import on %s", (dialect) => {
  let t: TestApp;
  let officer: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    officer = await login(t.app, "haishu");
  });
  afterAll(() => t.close());

  const upload = (session: Session, file: Buffer, mode?: string) =>
    importFile(t, session, "/api/platforms/import", file, mode);

  const platformCount = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom("platforms")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("offers a template with Chinese headers, notes and what a re-import does", async () => {
    const response = await officer.request({ method: "GET", url: "/api/platforms/template" });
    expect(response.statusCode).toBe(200);
    const workbook = await loadWorkbook(response.rawPayload);
    expect(String(rowValues(workbook.worksheets[0], 1)[0])).toContain("平台类型 + 所在区划 + 名称");
    expect(rowValues(workbook.worksheets[0], 2)).toEqual(headers);
    expect(workbook.getWorksheet("填写说明")).toBeDefined();
  });

  it("reports bad rows by number, imports nothing by default, only valid rows on request, never twice", async () => {
    const community = await t.ctx.db
      .selectFrom("regions")
      .select(["code", "name"])
      .where("parent_code", "=", "330203001000")
      .orderBy("code")
      .executeTakeFirstOrThrow();
    const operator = await t.ctx.db
      .selectFrom("social_organizations")
      .select(["name", "credit_code"])
      .where("region_code", "like", "330203%")
      .where("is_active", "=", 1)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const existing = await t.ctx.db
      .selectFrom("platforms")
      .selectAll()
      .where("region_code", "=", "330203002000")
      .where("kind", "=", "station")
      .executeTakeFirstOrThrow();
    const file = await workbookOf([
      // 3: a room by "street + community" name, operator by credit code, full-width area, Chinese date
      row({
        kind: "社区社会工作服务室",
        name: "导入测试服务室",
        region: `南门街道${community.name}`,
        floorArea: "４５．５",
        facilities: "办公场地、个案室",
        operator: operator.credit_code,
        openedOn: "2024年3月1日",
        status: "运营",
      }),
      // 4: a station by street code, a short kind name, an Excel date
      row({
        kind: "服务站",
        name: "月湖街道第二社会工作服务站",
        region: "330203004000",
        floorArea: 60,
        openedOn: new Date(Date.UTC(2023, 4, 6)),
        status: "筹建",
      }),
      row({ kind: "社会工作服务中心", name: "层级不符", region: "南门街道", status: "运营" }), // 5
      row({ kind: "服务站", name: "区外", region: "江北区庄桥街道", status: "运营" }), // 6
      row({ kind: "服务站", name: "面积错误", region: "西门街道", floorArea: "很大", status: "运营" }), // 7
      row({ kind: "服务站", name: "面积为零", region: "西门街道", floorArea: 0, status: "运营" }), // 8
      row({
        kind: "服务站",
        name: "机构不存在",
        region: "西门街道",
        operator: "不存在的社工机构",
        status: "运营",
      }), // 9
      row({ kind: "服务大厅", name: "类型错误", region: "西门街道", status: "运营" }), // 10
      row({ kind: "服务站", name: "状态错误", region: "西门街道", status: "开张" }), // 11
      row({ kind: "社区社会工作服务室", name: "导入测试服务室", region: community.code, status: "运营" }), // 12: same key as 3
      // 13: an existing station, updated by (kind, region, name)
      row({
        kind: "乡镇（街道）社会工作服务站",
        name: existing.name,
        region: "江厦街道",
        floorArea: 321,
        status: "运营",
      }),
    ]);
    const before = await platformCount();
    const result = (await upload(officer, file)).result;
    expect(result).toMatchObject({ totalRows: 11, validRows: 3, importedRows: 0 });
    const byRow = (n: number) => result.errors.find((e: { row: number }) => e.row === n);
    expect(result.errors.map((e: { row: number }) => e.row)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(byRow(5)).toMatchObject({ column: "所在区划", message: "社会工作服务中心须设在区（县）一级" });
    expect(byRow(6)).toMatchObject({
      column: "所在区划",
      message: "“江北区/庄桥街道”不在您的管辖范围（海曙区）内",
    });
    expect(byRow(7)).toMatchObject({ column: "使用面积（平方米）", message: "“很大”不是数字" });
    expect(byRow(8)).toMatchObject({ column: "使用面积（平方米）", message: "应大于 0" });
    expect(byRow(9)).toMatchObject({ column: "运营机构" });
    expect(byRow(10)).toMatchObject({ column: "平台类型" });
    expect(byRow(11)).toMatchObject({ column: "运营状态" });
    expect(byRow(12)).toEqual({ row: 12, column: "名称", message: "与第 3 行重复" });
    expect(await platformCount()).toBe(before);

    const partial = (await upload(officer, file, "valid-only")).result;
    expect(partial).toMatchObject({ validRows: 3, importedRows: 3 });
    expect(await platformCount()).toBe(before + 2);
    const room = await t.ctx.db
      .selectFrom("platforms")
      .selectAll()
      .where("name", "=", "导入测试服务室")
      .executeTakeFirstOrThrow();
    expect(room).toMatchObject({
      kind: "room",
      region_code: community.code,
      opened_on: "2024-03-01",
      status: "operating",
    });
    expect(Number(room.floor_area)).toBe(45.5);
    const station = await t.ctx.db
      .selectFrom("platforms")
      .selectAll()
      .where("name", "=", "月湖街道第二社会工作服务站")
      .executeTakeFirstOrThrow();
    expect(station).toMatchObject({ opened_on: "2023-05-06", status: "planning" });
    const updated = await t.ctx.db
      .selectFrom("platforms")
      .select("floor_area")
      .where("id", "=", existing.id)
      .executeTakeFirstOrThrow();
    expect(Number(updated.floor_area)).toBe(321);

    const again = (await upload(officer, file, "valid-only")).result;
    expect(again.importedRows).toBe(3);
    expect(await platformCount()).toBe(before + 2);
    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "like", "platform.import%")
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      "platform.import.create",
      "platform.import.create",
      "platform.import.update",
    ]);
  });

  it("says why a number is refused and that a blank name is missing, not too short", async () => {
    const station = { kind: "服务站", region: "西门街道", status: "运营" };
    const file = await workbookOf([
      row({ ...station, name: "负面积文本", floorArea: "-5" }), // 3
      row({ ...station, name: "负面积数字", floorArea: -5 }), // 4
      row({ ...station, name: null, floorArea: 60 }), // 5
      row({ ...station, name: "　 ", floorArea: 60 }), // 6: only spaces, one of them full-width
      row({ ...station, name: "甲", floorArea: 60 }), // 7
      row({ ...station, name: "带单位面积站", floorArea: "1,234.5 平方米" }), // 8: valid
    ]);
    const before = await platformCount();
    const result = (await upload(officer, file)).result;
    expect(result).toMatchObject({ totalRows: 6, validRows: 1, importedRows: 0 });
    expect(result.errors).toEqual([
      { row: 3, column: "使用面积（平方米）", message: "应大于 0" },
      { row: 4, column: "使用面积（平方米）", message: "应大于 0" },
      { row: 5, column: "名称", message: "不能为空" },
      { row: 6, column: "名称", message: "不能为空" },
      { row: 7, column: "名称", message: "至少 2 个字符" },
    ]);
    expect(await platformCount()).toBe(before);
  });

  it("reads a type typed with half-width brackets and a region by its code or its names (defect 5)", async () => {
    const community = await t.ctx.db
      .selectFrom("regions")
      .select(["code", "name"])
      .where("parent_code", "=", "330203001000")
      .orderBy("code", "desc")
      .executeTakeFirstOrThrow();
    const file = await workbookOf([
      // 3: the defect: 乡镇(街道) with half-width brackets was refused
      row({
        kind: "乡镇(街道)社会工作服务站",
        name: "半角括号测试站",
        region: "海曙区/月湖街道",
        status: "运营",
      }),
      // 4: the full path with the city, no separators
      row({
        kind: "社区社会工作服务室",
        name: "路径测试服务室",
        region: `宁波市海曙区南门街道${community.name}`,
        status: "筹建",
      }),
      // 5: separated by spaces, a full-width slash and a dash
      row({
        kind: "社区（社会工作）服务室",
        name: "分隔符测试服务室",
        region: `海曙区 南门街道／${community.name}`,
        status: "筹建",
      }),
      // 6: a street where a room belongs
      row({ kind: "社区社会工作服务室", name: "层级不符服务室", region: "海曙区-南门街道", status: "筹建" }),
    ]);
    const result = (await upload(officer, file, "valid-only")).result;
    expect(result.errors).toEqual([
      { row: 5, column: "平台类型", message: expect.stringContaining("“社区（社会工作）服务室”不是可选值") },
      { row: 6, column: "所在区划", message: "社区社会工作服务室须设在社区（村）一级" },
    ]);
    expect(result).toMatchObject({ totalRows: 4, importedRows: 2 });
    const stored = await t.ctx.db
      .selectFrom("platforms")
      .select(["name", "kind", "region_code"])
      .where("name", "in", ["半角括号测试站", "路径测试服务室"])
      .orderBy("name")
      .execute();
    expect(stored).toEqual([
      { name: "半角括号测试站", kind: "station", region_code: "330203004000" },
      { name: "路径测试服务室", kind: "room", region_code: community.code },
    ]);
  });

  it("names both regions when a name is ambiguous in the user's scope", async () => {
    const city = await login(t.app, "city");
    const file = await workbookOf([
      row({ kind: "社区社会工作服务室", name: "重名村服务室", region: "西村村委会", status: "筹建" }),
      row({ kind: "社区社会工作服务室", name: "重名村服务室", region: "东吴镇/西村村委会", status: "筹建" }),
    ]);
    const result = (await upload(city, file)).result;
    expect(result.errors).toEqual([
      {
        row: 3,
        column: "所在区划",
        message:
          "“西村村委会”对应 2 个区划：鄞州区/东钱湖镇/西村村委会、鄞州区/东吴镇/西村村委会，请写出上级区划（如“鄞州区/东钱湖镇/西村村委会”）或填写 12 位区划代码",
      },
    ]);
  });

  it("refuses an import by a user without platforms.manage", async () => {
    const leader = await login(t.app, "leader");
    const response = await leader.request({
      method: "POST",
      url: "/api/platforms/import",
      headers: { "content-type": xlsx },
      payload: await workbookOf([]),
    });
    expect(response.statusCode).toBe(403);
  });
});
