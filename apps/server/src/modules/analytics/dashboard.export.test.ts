import type { Dashboard } from "@xinqiao/shared";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, signedInAs } from "../../../test/factories.ts";
import { dialects, type Session, type TestApp } from "../../../test/harness.ts";
import { loadWorkbook } from "../../platform/excel/testing.ts";
import { countRow as count, writeCounts } from "./analytics.testing.ts";
import { indicatorsOfProblem } from "./dashboard.export.ts";

/**
 * The dashboard's workbook holds the dashboard's own figures, in the same scope: aggregate rows
 * written here (three districts, two 海曙 streets), then every cell compared with GET /api/dashboard.
 */
const city = "330200000000";
const haishu = "330203000000";
const jiangbei = "330205000000";
const beilun = "330206000000";

describe.each(dialects)("the dashboard's export on %s", (dialect) => {
  let t: TestApp;
  let leader: Session;
  let haishuOfficer: Session;
  let nanmenStation: Session;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    leader = await signedInAs(t, "leader", city);
    haishuOfficer = await signedInAs(t, "district_officer", haishu);
    nanmenStation = await signedInAs(t, "station_staff", "330203001000");
    await writeCounts(t.ctx.db, [
      count("residents", "330203001001", "now", 60_000),
      count("residents", "330203002001", "now", 40_000),
      count("residents", "330205001001", "now", 50_000),
      count("residents", "330206001001", "now", 200_000),
      count("socialWorkers", "330203001000", "now", 12),
      count("socialWorkers", "330203002000", "now", 8),
      count("socialWorkers", "330205001000", "now", 4),
      count("socialWorkers", "330206001000", "now", 30),
      count("certifiedWorkers", "330203001000", "now", 9),
      count("certifiedWorkers", "330206001000", "now", 11),
      count("socialWorkers", "330203001000", "now", 12, "qualification=intermediate"),
      count("socialWorkers", "330203002000", "now", 8, "qualification=none"),
      count("socialWorkers", "330203001000", "now", 20, "ageBand=30to39"),
      count("serviceRecords", "330203001001", "2026-11", 30),
      count("serviceRecords", "330205001001", "2026-11", 5),
      count("serviceRecords", "330203001001", "2026-10", 10),
      count("satisfactionTotal", "330203001001", "2026-11", 45),
      count("satisfactionRatings", "330203001001", "2026-11", 10),
      count("satisfactionTotal", "330206001001", "2026-11", 8),
      count("satisfactionRatings", "330206001001", "2026-11", 4),
    ]);
  });
  afterAll(() => t.close());

  const dashboard = async (session: Session, query: string) => {
    const response = await session.request({ method: "GET", url: `/api/dashboard${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Dashboard;
  };
  const exported = async (session: Session, query: string) => {
    const response = await session.request({ method: "GET", url: `/api/dashboard/export${query}` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    return loadWorkbook(response.rawPayload);
  };
  /** The sheet's rows below the header, as plain values (a cell's rich value is not used here). */
  const rowsOf = (sheet: ExcelJS.Worksheet | undefined): unknown[][] => {
    if (!sheet) throw new Error("sheet missing");
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      // row.values is sparse (an empty cell is a hole): read it cell by cell.
      const values = row.values as unknown[];
      if (number > 1) rows.push(Array.from(values.slice(1), (value) => value ?? null));
    });
    return rows;
  };
  const cell = (row: unknown[] | undefined, index: number) => row?.[index] ?? null;

  it("holds each unit's value, ratio to the median and 短板 as the dashboard has them", async () => {
    const answer = await dashboard(leader, "?region=330200000000&period=2026-11");
    const workbook = await exported(leader, "?region=330200000000&period=2026-11");
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "发展不平衡",
      "人才短缺",
      "服务质量",
      "资金投入",
      "综合指数",
      "人才结构",
      "趋势",
      "说明",
    ]);
    const sheet = workbook.getWorksheet("发展不平衡");
    const rows = rowsOf(sheet);
    const definitions = indicatorsOfProblem("imbalance");
    expect(definitions.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(answer.units.length + 3);
    answer.units.forEach((unit, index) => {
      const row = rows[index];
      expect(row?.slice(0, 2)).toEqual([unit.code, unit.name]);
      definitions.forEach((definition, column) => {
        const figure = answer.indicators.find((indicator) => indicator.code === definition.code);
        const value = figure?.units.find((entry) => entry.code === unit.code);
        expect(cell(row, 2 + column * 3), `${unit.name} ${definition.code}`).toEqual(value?.value ?? null);
        expect(cell(row, 3 + column * 3)).toEqual(value?.ratioToMedian ?? null);
        expect(cell(row, 4 + column * 3)).toEqual(value?.isShortBoard ? "短板" : null);
      });
      const composite = answer.composite.find((entry) => entry.code === unit.code);
      expect(cell(row, 2 + definitions.length * 3)).toEqual(composite?.index ?? null);
      expect(cell(row, 3 + definitions.length * 3)).toEqual(composite?.rank ?? null);
    });
    // 江北: 0.8 workers per 10,000 against a median of 1.5 — below 60 %, so 短板.
    const jiangbeiRow = rows.find((row) => row[0] === jiangbei);
    const workersColumn = 2 + definitions.findIndex((definition) => definition.code === "workersPer10k") * 3;
    expect(cell(jiangbeiRow, workersColumn)).toBeCloseTo(0.8);
    expect(cell(jiangbeiRow, workersColumn + 2)).toBe("短板");
    const [total, median, cv] = rows.slice(answer.units.length);
    const workers = answer.indicators.find((indicator) => indicator.code === "workersPer10k");
    expect(total?.slice(0, 2)).toEqual([city, "宁波市（合计）"]);
    expect(cell(total, workersColumn)).toEqual(workers?.value);
    expect(cell(median, workersColumn)).toEqual(workers?.median);
    expect(cell(cv, workersColumn)).toEqual(workers?.coefficientOfVariation);

    const ranking = rowsOf(workbook.getWorksheet("综合指数"));
    expect(ranking.map((row) => row[0])).toEqual(
      answer.composite.map((entry) => entry.rank).sort((a, b) => (a ?? 99) - (b ?? 99)),
    );
    const jiangbeiRank = ranking.find((row) => row[1] === jiangbei);
    expect(cell(jiangbeiRank, 3)).toEqual(answer.composite.find((entry) => entry.code === jiangbei)?.index);
    expect(cell(jiangbeiRank, 4)).toContain("每万人社工数");

    // Funding has no indicator yet: its sheet says so instead of showing an empty table.
    expect(rowsOf(workbook.getWorksheet("资金投入"))).toEqual([[null, "尚未记录资金投入数据"]]);

    const trend = rowsOf(workbook.getWorksheet("趋势"));
    expect(trend.map((row) => row[0])).toEqual(answer.trends.months);
    const services = answer.trends.series.find((series) => series.measure === "serviceRecords");
    const servicesColumn =
      answer.trends.series.indexOf(services as (typeof answer.trends.series)[number]) + 1;
    expect(trend.map((row) => row[servicesColumn])).toEqual(services?.values);
  });

  it("gives a district officer its streets only, with the talent structure labelled", async () => {
    const answer = await dashboard(haishuOfficer, "?period=2026-11");
    const workbook = await exported(haishuOfficer, "?period=2026-11");
    const rows = rowsOf(workbook.getWorksheet("人才短缺"));
    expect(rows.slice(0, answer.units.length).map((row) => row[0])).toEqual(
      answer.units.map((unit) => unit.code),
    );
    expect(rows.every((row) => row[0] === null || String(row[0]).startsWith("330203"))).toBe(true);
    const quality = rowsOf(workbook.getWorksheet("服务质量"));
    const satisfactionColumn =
      2 +
      indicatorsOfProblem("quality").findIndex((definition) => definition.code === "meanSatisfaction") * 3;
    const nanmen = quality.find((row) => row[0] === "330203001000");
    expect(cell(nanmen, satisfactionColumn)).toBeCloseTo(4.5);
    expect(rowsOf(workbook.getWorksheet("人才结构"))).toEqual(
      expect.arrayContaining([
        ["社会工作者", "职业资格", "社会工作师", 12, 0.6],
        ["社会工作者", "职业资格", "无", 8, 0.4],
        ["社会工作者", "年龄段", "30–39岁", 20, 1],
      ]),
    );
    const about = rowsOf(workbook.getWorksheet("说明"));
    expect(about[0]).toEqual(["区划", "海曙区（330203000000）"]);
    expect(about[1]).toEqual(["统计期", "2026年11月"]);
  });

  it("audits the export with its region and period", async () => {
    await exported(haishuOfficer, "?region=330203001000&period=2026-Q4");
    const entry = await t.ctx.db
      .selectFrom("audit_log")
      .select(["actor_username", "entity", "entity_id", "after_json"])
      .where("action", "=", "dashboard.export")
      .where("entity_id", "=", "330203001000")
      .executeTakeFirstOrThrow();
    expect(entry.entity).toBe("dashboard");
    expect(JSON.parse(entry.after_json ?? "null")).toEqual({ region: "330203001000", period: "2026-Q4" });
  });

  it("refuses a region outside the user's scope with the dashboard's 404, and writes no file", async () => {
    const exportsAudited = async () =>
      (await t.ctx.db.selectFrom("audit_log").select("id").where("action", "=", "dashboard.export").execute())
        .length;
    const before = await exportsAudited();
    for (const [session, region] of [
      [haishuOfficer, jiangbei],
      [haishuOfficer, city],
      [nanmenStation, haishu],
      [nanmenStation, beilun],
    ] as const) {
      const response = await session.request({
        method: "GET",
        url: `/api/dashboard/export?region=${region}`,
      });
      expect(response.statusCode, region).toBe(404);
      expect(response.headers["content-type"]).not.toContain("spreadsheetml");
      expect(response.body).not.toContain("江北");
    }
    expect(await exportsAudited()).toBe(before);
    const bad = await leader.request({ method: "GET", url: "/api/dashboard/export?period=2026-13" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("统计期");
  });
});
