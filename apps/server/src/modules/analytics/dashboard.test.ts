import type { Dashboard } from "@xinqiao/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, signedInAs } from "../../../test/factories.ts";
import { dialects, type Session, type TestApp } from "../../../test/harness.ts";
import { countRow as count, writeCounts } from "./analytics.testing.ts";

/**
 * The dashboard over aggregate rows written here (the dashboard reads nothing else), so every
 * figure can be computed by hand: three districts with residents and workers, services in one.
 */
const haishu = "330203000000";
const jiangbei = "330205000000";
const beilun = "330206000000";

describe.each(dialects)("the dashboard on %s", (dialect) => {
  let t: TestApp;
  let leader: Session;
  let haishuOfficer: Session;
  let nanmenStation: Session;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    leader = await signedInAs(t, "leader", "330200000000");
    haishuOfficer = await signedInAs(t, "district_officer", haishu);
    nanmenStation = await signedInAs(t, "station_staff", "330203001000");
    await writeCounts(t.ctx.db, [
      count("residents", "330203001001", "now", 60_000),
      count("residents", "330203002001", "now", 40_000),
      count("residents", "330205001001", "now", 50_000),
      count("residents", "330206001001", "now", 200_000),
      // 海曙 20 workers (12 in 南门, 8 in 江厦), 江北 4, 北仑 30.
      count("socialWorkers", "330203001000", "now", 12),
      count("socialWorkers", "330203002000", "now", 8),
      count("socialWorkers", "330205001000", "now", 4),
      count("socialWorkers", "330206001000", "now", 30),
      count("socialWorkers", "330203001000", "now", 12, "qualification=intermediate"),
      count("socialWorkers", "330203002000", "now", 5, "qualification=intermediate"),
      count("socialWorkers", "330203002000", "now", 3, "qualification=none"),
      count("serviceRecords", "330203001001", "2026-10", 10),
      count("serviceRecords", "330203001001", "2026-11", 30),
      count("serviceRecords", "330203001001", "2026-11", 30, "domain=养老服务"),
    ]);
    await t.ctx.db
      .insertInto("analytics_sources")
      .values({
        name: "test",
        refreshed_at: "2026-11-30T07:59:00.000Z",
        refreshed_on: "2026-11-30",
        audit_watermark: 0,
        row_count: 14,
        duration_ms: 1,
      })
      .execute();
  });
  afterAll(() => t.close());

  const dashboard = async (session: Session, query = "") => {
    const response = await session.request({ method: "GET", url: `/api/dashboard${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Dashboard;
  };
  const indicator = (answer: Dashboard, code: string) => {
    const found = answer.indicators.find((i) => i.code === code);
    if (!found) throw new Error(`no ${code}`);
    return found;
  };
  const unit = (answer: Dashboard, code: string, unitCode: string) =>
    indicator(answer, code).units.find((u) => u.code === unitCode);

  it("compares the districts: per-capita values, the median, ratios, the CV and 短板", async () => {
    const city = await dashboard(leader, "?period=2026-11");
    expect(city.region).toMatchObject({ code: "330200000000", level: "city" });
    expect(city.units).toHaveLength(10);
    expect(city.asOf).toBe("2026-11-30T07:59:00.000Z");
    const workers = indicator(city, "workersPer10k");
    expect(workers.period).toBe("now");
    // 54 workers over 350,000 residents.
    expect(workers.value).toBeCloseTo((54 / 350_000) * 10_000);
    // 2.0, 0.8, 1.5 per 10,000: median 1.5; population SD 0.4922 over mean 1.4333.
    expect(workers.median).toBeCloseTo(1.5);
    expect(workers.coefficientOfVariation).toBeCloseTo(0.3434, 3);
    expect(unit(city, "workersPer10k", haishu)).toMatchObject({ value: 2, isShortBoard: false });
    expect(unit(city, "workersPer10k", haishu)?.ratioToMedian).toBeCloseTo(4 / 3);
    // 0.8 < 60 % of 1.5.
    expect(unit(city, "workersPer10k", jiangbei)).toMatchObject({ value: 0.8, isShortBoard: true });
    // Districts without residents have no per-capita figure.
    expect(unit(city, "workersPer10k", "330211000000")?.value).toBeNull();
    expect(city.shortBoards).toEqual([{ code: jiangbei, indicators: ["workersPer10k"] }]);
    // Services in the month: 30 over 100,000 residents in 海曙.
    expect(indicator(city, "serviceRecordsPer1000").period).toBe("2026-11");
    expect(unit(city, "serviceRecordsPer1000", haishu)?.value).toBeCloseTo(0.3);
  });

  it("ranks the districts by the composite index of the normalised composite indicators", async () => {
    const city = await dashboard(leader, "?period=2026-11");
    const indexOf = (code: string) => city.composite.find((c) => c.code === code);
    // workersPer10k → 1, 0, 0.583; certifiedPer10k all 0 → 1 each; serviceRecordsPer1000 0.3, 0, 0
    // → 1, 0, 0; coverage and satisfaction have no values. Means × 100.
    expect(indexOf(haishu)?.index).toBeCloseTo(100);
    expect(indexOf(jiangbei)?.index).toBeCloseTo(100 / 3);
    expect(indexOf(beilun)?.index).toBeCloseTo((100 * (0.7 / 1.2 + 1)) / 3);
    expect([indexOf(haishu)?.rank, indexOf(beilun)?.rank, indexOf(jiangbei)?.rank]).toEqual([1, 2, 3]);
  });

  it("sums a quarter's months, keeps 24 months of trend and the breakdowns of the region", async () => {
    const quarter = await dashboard(leader, "?period=2026-Q4");
    expect(unit(quarter, "serviceRecordsPer1000", haishu)?.value).toBeCloseTo(0.4);
    const trend = quarter.trends.series.find((s) => s.measure === "serviceRecords");
    expect(quarter.trends.months).toHaveLength(24);
    expect(quarter.trends.months.at(-1)).toBe("2026-12");
    expect(trend?.values.slice(-3)).toEqual([10, 30, 0]);
    const haishuDashboard = await dashboard(haishuOfficer, "?period=2026-11");
    const qualification = haishuDashboard.structure.find(
      (s) => s.measure === "socialWorkers" && s.dimension === "qualification",
    );
    expect(qualification?.counts).toEqual([
      { value: "intermediate", count: 17 },
      { value: "none", count: 3 },
    ]);
    const domains = haishuDashboard.structure.find((s) => s.dimension === "domain");
    expect(domains?.counts).toEqual([{ value: "养老服务", count: 30 }]);
  });

  it("a district officer sees its district by street and nothing of another district", async () => {
    const own = await dashboard(haishuOfficer);
    expect(own.region.code).toBe(haishu);
    expect(own.units.every((u) => u.code.startsWith("330203") && u.level === "street")).toBe(true);
    expect(unit(own, "workersPer10k", "330203001000")?.value).toBeCloseTo(2);
    expect(unit(own, "workersPer10k", "330203002000")?.value).toBeCloseTo(2);
    for (const region of [jiangbei, "330200000000", "330205001000"]) {
      const other = await haishuOfficer.request({ method: "GET", url: `/api/dashboard?region=${region}` });
      expect(other.statusCode, region).toBe(404);
      expect(other.body).not.toContain("江北");
    }
  });

  it("a station sees its street by community, never the district", async () => {
    const street = await dashboard(nanmenStation);
    expect(street.region).toMatchObject({ code: "330203001000", level: "street" });
    expect(street.region.path.map((p) => p.code)).toEqual(["330203001000"]);
    expect(indicator(street, "socialWorkerCount").value).toBe(12);
    const district = await nanmenStation.request({ method: "GET", url: `/api/dashboard?region=${haishu}` });
    expect(district.statusCode).toBe(404);
  });

  it("refuses a malformed region or period with the field named", async () => {
    const bad = await leader.request({ method: "GET", url: "/api/dashboard?period=2026-13" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("统计期");
  });
});
