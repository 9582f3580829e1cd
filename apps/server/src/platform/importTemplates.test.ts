import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, login, type Session, type TestApp } from "../../test/harness.ts";
import { loadWorkbook, rowValues } from "./excel/testing.ts";

const templates = [
  "/api/volunteers/template",
  "/api/volunteer-teams/template",
  "/api/social-workers/template",
  "/api/social-organizations/template",
  "/api/platforms/template",
];

describe.each(dialects)("import templates on %s", (dialect) => {
  let t: TestApp;
  let haishu: Session;
  let station: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    haishu = await login(t.app, "haishu");
    station = await login(t.app, "station");
  });
  afterAll(() => t.close());

  const regionSheetOf = async (session: Session, url: string) => {
    const response = await session.request({ method: "GET", url });
    expect(response.statusCode, url).toBe(200);
    const workbook = await loadWorkbook(response.rawPayload);
    const sheet = workbook.getWorksheet("区划代码表");
    expect(sheet, `${url} has a region sheet`).toBeDefined();
    const rows: unknown[][] = [];
    sheet?.eachRow((_row, index) => {
      if (index > 1) rows.push(rowValues(sheet, index));
    });
    return { rows, header: rowValues(sheet, 1), workbook };
  };

  it("list the regions the user may import into, with codes and full paths", async () => {
    for (const url of templates) {
      const { rows, header, workbook } = await regionSheetOf(haishu, url);
      expect(header).toEqual(["区划代码", "区划名称（完整路径）", "层级"]);
      expect(rows[0]).toEqual(["330203000000", "海曙区", "区（县）"]);
      expect(rows).toContainEqual(["330203001000", "海曙区/南门街道", "街道（乡镇）"]);
      expect(
        rows.every((row) => String(row[0]).startsWith("330203")),
        url,
      ).toBe(true);
      const notes: string[] = [];
      workbook.getWorksheet("填写说明")?.eachRow((row) => notes.push(String(row.getCell(1).value ?? "")));
      expect(
        notes.some((note) => note.includes("区划代码表")),
        url,
      ).toBe(true);
    }
  });

  it("show a street's station only its own street", async () => {
    const { rows } = await regionSheetOf(station, "/api/volunteers/template");
    expect(rows[0]).toEqual(["330203001000", "海曙区/南门街道", "街道（乡镇）"]);
    expect(rows.every((row) => String(row[0]).startsWith("330203001"))).toBe(true);
  });
});
