import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, newClient, newVolunteer, signedInAs } from "../../../test/factories.ts";
import { dialects, importFile, requestUserOf, type Session, type TestApp } from "../../../test/harness.ts";
import { loadWorkbook, rowValues } from "../../platform/excel/testing.ts";
import { freshIdNumber } from "../volunteers/volunteers.testing.ts";
import { serviceRecordImportColumns } from "./serviceRecords.excel.ts";

const nanmen = "330203001001";
const jiangbei = "330205001001";
const today = "2026-11-30";
const headers = serviceRecordImportColumns.map((column) => column.header);
type Key = (typeof serviceRecordImportColumns)[number]["key"];
type Cell = string | number | null;

const row = (values: Partial<Record<Key, Cell>>): Cell[] =>
  serviceRecordImportColumns.map((column) => values[column.key] ?? null);

async function workbookOf(rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("服务记录");
  sheet.addRow(headers);
  for (const values of rows) sheet.addRow(values);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(dialects)("service records import on %s", (dialect) => {
  let t: TestApp;
  let station: Session;
  let workerName: string;
  let clientIdNumber: string;
  let volunteerNumber: string;
  let volunteerId: number;
  let jiangbeiVolunteerNumber: string;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    station = await signedInAs(t, "station_staff", "330203001000");
    const worker = await signedInAs(t, "social_worker", "330203001000");
    workerName = (await requestUserOf(t, worker)).username;
    clientIdNumber = freshIdNumber();
    await newClient(station, nanmen, { idNumber: clientIdNumber });
    await newClient(station, nanmen, {
      name: "陈阿婆",
      idNumber: null,
      birthDate: "1940-03-08",
      sex: "female",
    });
    const volunteer = await newVolunteer(station, nanmen);
    volunteerId = volunteer.id;
    volunteerNumber = String(volunteer.volunteerNumber);
    const jiangbeiStation = await signedInAs(t, "station_staff", "330205001000");
    jiangbeiVolunteerNumber = String((await newVolunteer(jiangbeiStation, jiangbei)).volunteerNumber);
  });
  afterAll(() => t.close());

  const good = (overrides: Partial<Record<Key, Cell>> = {}) =>
    row({
      clientIdNumber,
      serviceDate: today,
      minutes: 60,
      method: "个案",
      type: "探访",
      domain: "养老服务",
      place: "服务对象家中",
      workers: workerName,
      volunteers: `${volunteerNumber}:1.5`,
      notes: "导入的个案记录",
      ...overrides,
    });
  const upload = async (file: Buffer, mode?: string) => {
    const job = await importFile(t, station, "/api/service-records/import", file, mode);
    expect(job.status, JSON.stringify(job.error)).toBe("succeeded");
    return job.result;
  };
  const recordCount = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom("service_records")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const totalHours = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom("volunteers")
          .select("total_hours")
          .where("id", "=", volunteerId)
          .executeTakeFirstOrThrow()
      ).total_hours,
    );

  it("offers a template whose dictionaries are dropdowns", async () => {
    const response = await station.request({ method: "GET", url: "/api/service-records/template" });
    expect(response.statusCode).toBe(200);
    const workbook = await loadWorkbook(response.rawPayload);
    const sheet = workbook.worksheets[0];
    expect(rowValues(sheet, 2)).toEqual(headers);
    const typeColumn = headers.indexOf("服务类型") + 1;
    const validation = sheet?.getCell(3, typeColumn).dataValidation;
    expect(validation?.type).toBe("list");
  });

  it("reports bad rows by number; all-or-nothing imports nothing; valid-only imports the good rows with their ledger hours; a second import adds nothing", async () => {
    const file = await workbookOf([
      good(), // row 2
      good({ clientIdNumber: null, clientName: "陈阿婆", clientBirthDate: "1940-03-08", volunteers: null }), // 3
      good({ type: "聊天", place: "活动室" }), // 4: unknown type
      good({ workers: "nobody", place: "别处" }), // 5: unknown worker
      good({ volunteers: `${jiangbeiVolunteerNumber}:2`, place: "江北" }), // 6: volunteer out of scope
      good({ caseNumber: "GA330203-2026-999999", place: "个案" }), // 7: no such case
      good({ serviceDate: "2099-01-01", place: "将来" }), // 8: future
      good(), // 9: same as row 2
    ]);
    const before = await recordCount();
    const hoursBefore = await totalHours();
    const refused = await upload(file);
    expect(refused.importedRows).toBe(0);
    expect(await recordCount()).toBe(before);
    expect(await totalHours()).toBe(hoursBefore);
    const byRow = new Map<number, string[]>();
    for (const error of refused.errors as { row: number; column: string; message: string }[]) {
      byRow.set(error.row, [...(byRow.get(error.row) ?? []), `${error.column}：${error.message}`]);
    }
    expect([...byRow.keys()]).toEqual([4, 5, 6, 7, 8, 9]);
    expect(byRow.get(4)?.[0]).toContain("服务类型");
    expect(byRow.get(5)?.[0]).toContain("服务社工");
    expect(byRow.get(6)?.[0]).toContain("志愿者及时长");
    expect(byRow.get(7)?.[0]).toContain("个案编号");
    expect(byRow.get(8)?.[0]).toContain("不能晚于今天");
    expect(byRow.get(9)?.[0]).toContain("与第 2 行重复");
    expect(refused.errorReportId).toBeTruthy();

    const partial = await upload(file, "valid-only");
    expect(partial.importedRows).toBe(2);
    expect(await recordCount()).toBe(before + 2);
    expect(await totalHours()).toBe(hoursBefore + 1.5);
    const imported = await t.ctx.db
      .selectFrom("service_records")
      .select(["id", "notes_cipher"])
      .orderBy("id", "desc")
      .limit(2)
      .execute();
    for (const record of imported) {
      expect(record.notes_cipher).not.toContain("导入的个案记录");
      expect(t.ctx.cipher.decrypt(record.notes_cipher ?? "")).toBe("导入的个案记录");
    }
    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "caseServiceRecord")
      .where(
        "entity_id",
        "in",
        imported.map((r) => String(r.id)),
      )
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "caseServiceRecord.import.create",
      "caseServiceRecord.import.create",
    ]);

    const again = await upload(await workbookOf([good()]));
    expect(again.importedRows).toBe(0);
    expect(again.errors[0]?.message).toContain("系统中已存在");
    expect(await totalHours()).toBe(hoursBefore + 1.5);
  });
});
