import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, newClient, signedInAs } from "../../../test/factories.ts";
import { dialects, importFile, type Session, type TestApp } from "../../../test/harness.ts";
import { loadWorkbook, rowInColumnOrder, rowValues } from "../../platform/excel/testing.ts";
import { freshIdNumber } from "../volunteers/volunteers.testing.ts";
import { type ClientImportKey, clientImportColumns } from "./clients.excel.ts";

const nanmenCommunity = "330203001001";
const jiangbeiCommunity = "330205001001";
const headers = clientImportColumns.map((column) => column.header);
type Cell = string | number | Date | null;
const row = (values: Partial<Record<ClientImportKey, Cell>>) => rowInColumnOrder(clientImportColumns, values);
const fullWidth = (text: string) =>
  text.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** Excel's serial number of a date (days since 1899-12-30). */
const serialOf = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000 + 25_569;

/** A plain sheet: the template's header row, then the rows. */
async function plainWorkbook(rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("服务对象");
  sheet.addRow(headers);
  for (const values of rows) sheet.addRow(values);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A file as WPS or LibreOffice users send it (the quirks platform/excel/reader.test.ts reads): a
 * title merged across the columns, headers with spaces and a full-width space, full-width digits,
 * dates as text or as serial numbers, blank rows at the end.
 */
async function messyWorkbook(rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.getCell("A1").value = "南门街道服务对象花名册（2026 年）";
  sheet.getRow(2).values = headers.map((header, i) =>
    i === 0 ? `${header} ` : header === "性别" ? "性　别" : i === 3 ? ` ${header}` : header,
  );
  rows.forEach((values, i) => {
    sheet.getRow(3 + i).values = values;
  });
  sheet.getRow(3 + rows.length).values = ["  ", null, "　"];
  sheet.getRow(5 + rows.length).values = [];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(dialects)("clients import on %s", (dialect) => {
  let t: TestApp;
  let station: Session;
  let jiangbei: Session;
  let worker: Session;
  let communityName: string;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    station = await signedInAs(t, "station_staff", "330203001000");
    jiangbei = await signedInAs(t, "station_staff", "330205001000");
    worker = await signedInAs(t, "social_worker", "330203001000");
    communityName = (
      await t.ctx.db
        .selectFrom("regions")
        .select("name")
        .where("code", "=", nanmenCommunity)
        .executeTakeFirstOrThrow()
    ).name;
  });
  afterAll(() => t.close());

  const upload = async (session: Session, file: Buffer, mode?: string) => {
    const job = await importFile(t, session, "/api/clients/import", file, mode);
    expect(job.status, JSON.stringify(job.error)).toBe("succeeded");
    return job.result;
  };
  const countNamed = async (name: string) =>
    Number(
      (
        await t.ctx.db
          .selectFrom("clients")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("name", "=", name)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const pairsFlaggedBy = async (source: "entry" | "import", clientIds: number[]) =>
    t.ctx.db
      .selectFrom("client_duplicates")
      .select(["client_a_id", "client_b_id", "source", "status"])
      .where("source", "=", source)
      .where((eb) => eb.or([eb("client_a_id", "in", clientIds), eb("client_b_id", "in", clientIds)]))
      .orderBy("id")
      .execute();
  const idsNamed = async (name: string) =>
    (await t.ctx.db.selectFrom("clients").select("id").where("name", "=", name).orderBy("id").execute()).map(
      (r) => r.id,
    );

  it("offers a template with the dictionaries, the region sheet and the duplicate rules", async () => {
    const response = await station.request({ method: "GET", url: "/api/clients/template" });
    expect(response.statusCode).toBe(200);
    const workbook = await loadWorkbook(response.rawPayload);
    const sheet = workbook.worksheets[0];
    expect(String(rowValues(sheet, 1)[0])).toContain("疑似重复");
    expect(rowValues(sheet, 2)).toEqual(headers);
    const described = JSON.stringify(workbook.getWorksheet("填写说明")?.getSheetValues());
    expect(described).toContain("低保、特困、低边、残疾、独居老人");
    expect(described).toContain("没有身份证号的可不填");
    const regionSheet = JSON.stringify(workbook.getWorksheet("区划代码表")?.getSheetValues());
    expect(regionSheet).toContain(nanmenCommunity);
    expect(regionSheet).not.toContain(jiangbeiCommunity);
    const options = JSON.stringify(workbook.getWorksheet("可选值")?.getSheetValues() ?? []);
    expect(`${described}${options}`).toContain("高");
    expect((await worker.request({ method: "GET", url: "/api/clients/template" })).statusCode).toBe(403);
  });

  it("reads a WPS/LibreOffice-style file; saves a suspected duplicate with a warning and queues the pair", async () => {
    const registered = await newClient(station, nanmenCommunity, {
      name: "郑桂芝",
      idNumber: null,
      birthDate: "1941-08-09",
      sex: "female",
    });
    const idNumber = freshIdNumber();
    const file = await messyWorkbook([
      // 3: full-width digits in the ID, the region by its names, categories with a full-width comma
      row({
        name: "  冯秀英 ",
        idNumber: fullWidth(idNumber),
        phone: "１３８０５７４０００２",
        regionCode: `宁波市／海曙区／南门街道／${communityName}`,
        categories: "独居老人，低保",
        riskLevel: "中",
        isEmergency: "否",
      }),
      // 4: no ID number, birth date as a serial number: the registered namesake → a warning
      row({
        name: "郑桂芝",
        sex: "女",
        birthDate: serialOf("1941-08-09"),
        regionCode: nanmenCommunity,
        riskLevel: "高",
        isEmergency: "是",
      }),
      // 5: no ID number, birth date as Chinese text: a namesake of row 6 in the same file
      row({ name: "韩玉珍", sex: "女", birthDate: "1939年5月2日", regionCode: nanmenCommunity }),
      // 6
      row({ name: "韩玉珍", sex: "女", birthDate: "1939/5/2", regionCode: nanmenCommunity }),
    ]);
    const result = await upload(station, file);
    expect(result).toMatchObject({ totalRows: 4, validRows: 4, importedRows: 4, errors: [] });
    expect(result.warnings).toEqual([
      {
        row: 4,
        column: "姓名",
        message: "疑似重复：与已登记的服务对象“郑桂芝”同名、同出生日期、同社区，已保存并列入疑似重复待核实",
      },
      {
        row: 6,
        column: "姓名",
        message: "疑似重复：与第 5 行同名、同出生日期、同社区，已保存并列入疑似重复待核实",
      },
    ]);
    const imported = await station.request({ method: "GET", url: `/api/clients?q=${idNumber}` });
    const [feng] = imported.json().items;
    expect(feng).toMatchObject({
      name: "冯秀英",
      phone: "138****0002",
      categories: ["独居老人", "低保"],
      riskLevel: "medium",
      region: { code: nanmenCommunity },
    });
    const [, zheng] = await idsNamed("郑桂芝");
    const detail = (await station.request({ method: "GET", url: `/api/clients/${zheng}` })).json();
    expect(detail).toMatchObject({ birthDate: "1941-08", riskLevel: "high", isEmergency: true });
    expect(detail.possibleDuplicates).toEqual([
      { id: registered.id, name: "郑桂芝", reason: "nameBirthDateCommunity" },
    ]);
    const han = await idsNamed("韩玉珍");
    expect(await pairsFlaggedBy("import", [zheng as number, ...han])).toEqual([
      { client_a_id: registered.id, client_b_id: zheng, source: "import", status: "open" },
      { client_a_id: han[0], client_b_id: han[1], source: "import", status: "open" },
    ]);
    const queue = (
      await station.request({ method: "GET", url: "/api/client-duplicates?pageSize=100" })
    ).json();
    expect(queue.items.map((pair: { clients: { id: number }[] }) => pair.clients[1]?.id)).toEqual(
      expect.arrayContaining([zheng, han[1]]),
    );
    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .select("after_json")
      .where("action", "=", "client.import.create")
      .where("entity_id", "=", String(feng.id))
      .executeTakeFirstOrThrow();
    expect(audit.after_json).not.toContain(idNumber);
  });

  it("refuses a registered or repeated ID number and bad cells by row; all-or-nothing writes nothing, valid-only the good rows", async () => {
    const takenId = freshIdNumber();
    await newClient(station, nanmenCommunity, { idNumber: takenId, name: "已登记" });
    const twiceId = freshIdNumber();
    const rows = [
      row({ name: "林淑珍", idNumber: freshIdNumber(), regionCode: nanmenCommunity }), // 2
      row({ name: "重登记", idNumber: takenId, regionCode: nanmenCommunity }), // 3
      row({ name: "两次甲", idNumber: twiceId, regionCode: nanmenCommunity }), // 4
      row({ name: "两次乙", idNumber: twiceId, regionCode: nanmenCommunity }), // 5
      row({ name: "无生日", regionCode: nanmenCommunity, sex: "女" }), // 6
      row({
        name: "错类别",
        idNumber: freshIdNumber(),
        regionCode: nanmenCommunity,
        categories: "低保、富裕",
      }), // 7
      row({ name: "江北人", idNumber: freshIdNumber(), regionCode: jiangbeiCommunity }), // 8
      row({ name: "林淑珍", sex: "女", birthDate: "1950-01-01", regionCode: nanmenCommunity }), // 9
      row({ name: "林淑珍", sex: "女", birthDate: "1950-01-01", regionCode: nanmenCommunity }), // 10
    ];
    const refused = await upload(station, await plainWorkbook(rows));
    expect(refused.importedRows).toBe(0);
    expect(refused.warnings).toEqual([]);
    expect(refused.errorReportId).toEqual(expect.any(String));
    const byRow = new Map<number, string>(
      refused.errors.map((e: { row: number; column: string; message: string }) => [
        e.row,
        `${e.column}：${e.message}`,
      ]),
    );
    expect([...byRow.keys()].sort((a, b) => a - b)).toEqual([3, 5, 6, 7, 8]);
    expect(byRow.get(3)).toContain("身份证号：系统中已存在：已登记");
    expect(byRow.get(5)).toBe("身份证号：与第 4 行重复");
    expect(byRow.get(6)).toBe("出生日期：未填身份证号时必填");
    expect(byRow.get(7)).toContain("“富裕”不是可选值");
    expect(byRow.get(8)).toContain("区划代码");
    expect(await countNamed("林淑珍")).toBe(0);
    expect(await countNamed("两次甲")).toBe(0);

    const partial = await upload(station, await plainWorkbook(rows), "valid-only");
    expect(partial).toMatchObject({ totalRows: 9, importedRows: 4 });
    expect(partial.warnings.map((w: { row: number }) => w.row)).toEqual([10]);
    expect(await countNamed("林淑珍")).toBe(3);
    expect(await countNamed("两次甲")).toBe(1);
    expect(await countNamed("两次乙")).toBe(0);
  });

  it("does not name a client outside the importer's scope", async () => {
    const haishuId = freshIdNumber();
    await newClient(station, nanmenCommunity, { idNumber: haishuId, name: "海曙某人" });
    const result = await upload(
      jiangbei,
      await plainWorkbook([row({ name: "江北某人", idNumber: haishuId, regionCode: jiangbeiCommunity })]),
    );
    expect(result.importedRows).toBe(0);
    expect(result.errors).toEqual([
      { row: 2, column: "身份证号", message: "系统中已存在该记录（不在您的管辖范围内），请联系上级部门" },
    ]);
    expect(JSON.stringify(result)).not.toContain("海曙某人");
  });

  it("writes a file of several batches with each audit entry on its own row's client, and flags a pair across batches", async () => {
    const prefix = `批量${Date.now() % 100_000}`;
    const names = Array.from(
      { length: 130 },
      (_, i) => `${prefix}${"甲乙丙丁戊己庚辛壬癸"[i % 10]}${Math.floor(i / 10)}`,
    );
    // The last row repeats the first one's name, birth date and community: two batches apart.
    const rows = [...names, names[0] ?? ""].map((name) =>
      row({ name, sex: "女", birthDate: "1950-01-01", regionCode: nanmenCommunity }),
    );
    const result = await upload(station, await plainWorkbook(rows));
    expect(result).toMatchObject({ totalRows: 131, importedRows: 131, errors: [] });
    expect(result.warnings).toEqual([
      {
        row: 132,
        column: "姓名",
        message: "疑似重复：与第 2 行同名、同出生日期、同社区，已保存并列入疑似重复待核实",
      },
    ]);
    const clients = await t.ctx.db
      .selectFrom("clients")
      .select(["id", "name"])
      .where("name", "like", `${prefix}%`)
      .execute();
    const audited = await t.ctx.db
      .selectFrom("audit_log")
      .select(["entity_id", "after_json"])
      .where("action", "=", "client.import.create")
      .where(
        "entity_id",
        "in",
        clients.map((client) => String(client.id)),
      )
      .execute();
    expect(audited).toHaveLength(131);
    const nameOf = new Map(clients.map((client) => [String(client.id), client.name]));
    for (const entry of audited)
      expect(JSON.parse(entry.after_json ?? "{}").name).toBe(nameOf.get(entry.entity_id ?? ""));
  });
});
