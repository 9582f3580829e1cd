import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, signedInAs } from "../../../test/factories.ts";
import { dialects, importFile, type Session, type TestApp } from "../../../test/harness.ts";
import { volunteerImportColumns } from "./volunteers.excel.ts";
import { freshIdNumber } from "./volunteers.testing.ts";

/**
 * Names are plain text (defect 12): a person's or an organization's name holding markup or a
 * control character is refused with a reason naming the field — by the form, the API and the
 * import alike, since all three use the shared name schemas.
 */
const haishuDistrict = "330203000000";
const nanmen = "330203001000";
const markup = "<script>alert(1)</script>";

describe.each(dialects)("names with markup on %s", (dialect) => {
  let t: TestApp;
  let haishu: Session;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    haishu = await signedInAs(t, "district_officer", haishuDistrict);
  });
  afterAll(() => t.close());

  const post = (url: string, payload: Record<string, unknown>) =>
    haishu.request({ method: "POST", url, payload });

  it("refuses a volunteer named with markup, naming the field", async () => {
    const response = await post("/api/volunteers", {
      name: markup,
      idNumber: freshIdNumber(),
      regionCode: nanmen,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: "name", message: "姓名：不能包含“<”或“>”" }]);
  });

  it("refuses a control character in a person's name and markup in an organization's", async () => {
    const tab = await post("/api/volunteers", {
      name: "张\t三",
      idNumber: freshIdNumber(),
      regionCode: nanmen,
    });
    expect(tab.json().error.fields).toEqual([
      { path: "name", message: "姓名：不能包含换行、制表符等控制字符" },
    ]);
    const team = await post("/api/volunteer-teams", { name: "<b>南门</b>志愿服务队", regionCode: nanmen });
    expect(team.statusCode).toBe(400);
    expect(team.json().error.fields).toEqual([{ path: "name", message: "队伍名称：不能包含“<”或“>”" }]);
  });

  it("lists every problem of a body at once and asks for the region, never for its format", async () => {
    const response = await post("/api/volunteers", { name: markup, idNumber: "123", regionCode: "" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { path: "name", message: "姓名：不能包含“<”或“>”" },
      { path: "idNumber", message: expect.stringMatching(/^身份证号：应为 18 位/) },
      { path: "regionCode", message: "请选择所属区划" },
    ]);
  });

  it("refuses the same name in an import row, and imports nothing", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("志愿者");
    sheet.addRow(volunteerImportColumns.map((column) => column.header));
    const row = (name: string) =>
      volunteerImportColumns.map((column) =>
        column.key === "name"
          ? name
          : column.key === "idNumber"
            ? freshIdNumber()
            : column.key === "regionCode"
              ? nanmen
              : null,
      );
    sheet.addRow(row("王五"));
    sheet.addRow(row(markup));
    const job = await importFile(
      t,
      haishu,
      "/api/volunteers/import",
      Buffer.from(await workbook.xlsx.writeBuffer()),
    );
    expect(job.result).toMatchObject({ totalRows: 2, validRows: 1, importedRows: 0 });
    expect(job.result.errors).toEqual([{ row: 3, column: "姓名", message: "不能包含“<”或“>”" }]);
    const listed = await haishu.request({ method: "GET", url: "/api/volunteers?pageSize=100" });
    expect(listed.json().items.map((volunteer: { name: string }) => volunteer.name)).not.toContain(markup);
  });
});
