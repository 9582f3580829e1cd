import type { Dashboard, PeriodicReport, PeriodicReportDetail } from "@xinqiao/shared";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, newVolunteer, signedInAs } from "../../../test/factories.ts";
import { dialects, type Session, type TestApp } from "../../../test/harness.ts";
import { serverModules } from "../../modules.ts";
import { measureSourcesOf, refreshAggregates } from "../analytics/aggregates.ts";

/**
 * The periodic report's life through the API: 海曙 prepares and submits its monthly report, the
 * city returns it once with a reason and approves the resubmission, which locks it; a record
 * written afterwards changes the live dashboard and marks the report, whose approved figures
 * stay. 余姚's officer never sees it; the leader reads it but may not prepare or decide.
 */
const city = "330200000000";
const haishu = "330203000000";
const yuyao = "330281000000";
const nanmen = "330203001000";
const nanmenCommunity = "330203001001";
const sources = measureSourcesOf(serverModules);

describe.each(dialects)("periodic reports on %s", (dialect) => {
  let t: TestApp;
  let haishuOfficer: Session;
  let yuyaoOfficer: Session;
  let cityOfficer: Session;
  let leader: Session;
  let reportId: number;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    haishuOfficer = await signedInAs(t, "district_officer", haishu);
    yuyaoOfficer = await signedInAs(t, "district_officer", yuyao);
    cityOfficer = await signedInAs(t, "city_officer", city);
    leader = await signedInAs(t, "leader", city);
    const residents = await haishuOfficer.request({
      method: "PUT",
      url: `/api/regions/${nanmenCommunity}/residents`,
      payload: { residents: 20_000 },
    });
    expect(residents.statusCode, residents.body).toBe(200);
    await refreshAggregates(t.ctx, sources);
  });
  afterAll(() => t.close());

  const call = async (session: Session, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
    session.request({ method, url, ...(payload ? { payload } : {}) });
  const ok = async (session: Session, method: "GET" | "POST" | "PUT", url: string, payload?: object) => {
    const response = await call(session, method, url, payload);
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.json() as PeriodicReportDetail;
  };
  const figure = (report: PeriodicReportDetail, code: string) =>
    report.figures.indicators.find((indicator) => indicator.code === code);

  it("goes draft → submitted → returned with a reason → submitted → approved, and is locked", async () => {
    const created = await ok(haishuOfficer, "POST", "/api/reports", {
      regionCode: haishu,
      period: "2026-11",
      narrative: "本月各街道社工站运行平稳。",
    });
    reportId = created.id;
    expect(created).toMatchObject({
      region: { code: haishu, name: "海曙区" },
      periodKind: "month",
      status: "draft",
      dueOn: "2026-12-10",
      figuresSource: "live",
      abilities: { edit: true, submit: true, approve: false, return: false },
    });
    // The district's figures and each street's, from the dashboards' aggregates.
    expect(created.figures.units.map((unit) => unit.code)).toContain(nanmen);
    expect(figure(created, "talentGap")?.value).toBeCloseTo(36);
    expect(figure(created, "reportingCompleteness")).toBeUndefined();

    const twice = await call(haishuOfficer, "POST", "/api/reports", {
      regionCode: haishu,
      period: "2026-11",
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.fields[0].message).toBe("统计期：海曙区2026年11月月报已存在");

    await ok(haishuOfficer, "PUT", `/api/reports/${reportId}`, {
      narrative: "本月各街道社工站运行平稳。",
      highlights: "南门街道开展邻里互助。",
      problems: "",
    });
    // Only the city decides; a return needs its reason.
    expect((await call(haishuOfficer, "POST", `/api/reports/${reportId}/approve`)).statusCode).toBe(403);
    expect((await call(cityOfficer, "POST", `/api/reports/${reportId}/approve`)).statusCode).toBe(409);

    const submitted = await ok(haishuOfficer, "POST", `/api/reports/${reportId}/submit`);
    expect(submitted).toMatchObject({
      status: "submitted",
      figuresSource: "snapshot",
      changedIndicators: [],
      isOnTime: true,
      abilities: { edit: false, submit: false },
    });
    const whileSubmitted = await call(haishuOfficer, "PUT", `/api/reports/${reportId}`, {
      narrative: "改",
      highlights: "",
      problems: "",
    });
    expect(whileSubmitted.statusCode).toBe(409);

    const noReason = await call(cityOfficer, "POST", `/api/reports/${reportId}/return`, { reason: " " });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toEqual([{ path: "reason", message: "请填写退回原因" }]);
    const returned = await ok(cityOfficer, "POST", `/api/reports/${reportId}/return`, {
      reason: "请补充问题与建议。",
    });
    expect(returned).toMatchObject({
      status: "returned",
      returnReason: "请补充问题与建议。",
      figuresSource: "live",
    });
    const seenByDistrict = await ok(haishuOfficer, "GET", `/api/reports/${reportId}`);
    expect(seenByDistrict.abilities).toEqual({ edit: true, submit: true, approve: false, return: false });

    await ok(haishuOfficer, "PUT", `/api/reports/${reportId}`, {
      narrative: "本月各街道社工站运行平稳。",
      highlights: "南门街道开展邻里互助。",
      problems: "部分社区常住人口数据待更新。",
    });
    await ok(haishuOfficer, "POST", `/api/reports/${reportId}/submit`);
    const approved = await ok(cityOfficer, "POST", `/api/reports/${reportId}/approve`);
    expect(approved).toMatchObject({
      status: "approved",
      returnReason: null,
      problems: "部分社区常住人口数据待更新。",
      abilities: { edit: false, submit: false, approve: false, return: false },
    });
    expect(approved.events.map((event) => [event.action, event.toStatus, event.reason])).toEqual([
      ["create", "draft", null],
      ["submit", "submitted", null],
      ["return", "returned", "请补充问题与建议。"],
      ["submit", "submitted", null],
      ["approve", "approved", null],
    ]);

    const locked = await call(haishuOfficer, "PUT", `/api/reports/${reportId}`, {
      narrative: "改",
      highlights: "",
      problems: "",
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toBe("报表已审核通过并锁定，不能修改");
    for (const step of ["submit", "approve"]) {
      const session = step === "submit" ? haishuOfficer : cityOfficer;
      expect((await call(session, "POST", `/api/reports/${reportId}/${step}`)).statusCode).toBe(409);
    }

    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "periodicReport")
      .where("entity_id", "=", String(reportId))
      .orderBy("id")
      .execute();
    expect(audit.map((entry) => entry.action)).toEqual([
      "periodicReport.create",
      "periodicReport.update",
      "periodicReport.submit",
      "periodicReport.return",
      "periodicReport.update",
      "periodicReport.submit",
      "periodicReport.approve",
    ]);
  });

  it("keeps the approved figures after a later write and names what changed since", async () => {
    await newVolunteer(haishuOfficer, nanmenCommunity);
    await refreshAggregates(t.ctx, sources);
    const live = await haishuOfficer.request({ method: "GET", url: "/api/dashboard?period=2026-11" });
    const volunteersNow = (live.json() as Dashboard).indicators.find((i) => i.code === "volunteersPer10k");
    expect(volunteersNow?.value).toBeCloseTo(0.5);

    const report = await ok(cityOfficer, "GET", `/api/reports/${reportId}`);
    expect(report.status).toBe("approved");
    expect(figure(report, "volunteersPer10k")?.value).toBe(0);
    expect(report.changedIndicators).toEqual(["volunteersPer10k"]);
  });

  it("keeps a district's report from another district, and the leader from preparing or deciding", async () => {
    for (const [method, url, payload] of [
      ["GET", `/api/reports/${reportId}`, undefined],
      ["GET", `/api/reports/${reportId}/export`, undefined],
      ["PUT", `/api/reports/${reportId}`, { narrative: "", highlights: "", problems: "" }],
      ["POST", `/api/reports/${reportId}/submit`, undefined],
    ] as const) {
      const response = await call(yuyaoOfficer, method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.body).not.toContain("海曙");
    }
    const yuyaoList = await ok(yuyaoOfficer, "GET", "/api/reports");
    expect((yuyaoList as unknown as { total: number }).total).toBe(0);
    const foreign = await call(yuyaoOfficer, "POST", "/api/reports", {
      regionCode: haishu,
      period: "2026-10",
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toEqual([
      { path: "regionCode", message: "所属区县：不存在或不在本人辖区内" },
    ]);

    expect((await call(leader, "GET", `/api/reports/${reportId}`)).statusCode).toBe(200);
    for (const [url, payload] of [
      ["/api/reports", { regionCode: haishu, period: "2026-10" }],
      [`/api/reports/${reportId}/submit`, undefined],
      [`/api/reports/${reportId}/approve`, undefined],
      [`/api/reports/${reportId}/return`, { reason: "不行" }],
    ] as const) {
      expect((await call(leader, "POST", url, payload)).statusCode, url).toBe(403);
    }
  });

  it("refuses a report of a street, of a period not yet begun, and text beyond its limit", async () => {
    const street = await call(haishuOfficer, "POST", "/api/reports", {
      regionCode: nanmen,
      period: "2026-10",
    });
    expect(street.json().error.fields).toEqual([{ path: "regionCode", message: "所属区县：须为区（县）" }]);
    const future = await call(haishuOfficer, "POST", "/api/reports", { regionCode: haishu, period: "2027" });
    expect(future.json().error.fields).toEqual([{ path: "period", message: "统计期：尚未开始，不能填报" }]);
    const long = await call(haishuOfficer, "POST", "/api/reports", {
      regionCode: haishu,
      period: "2026-10",
      highlights: "好".repeat(1501),
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields).toEqual([
      { path: "highlights", message: "亮点：长度不能超过 1500 个字符" },
    ]);
  });

  it("counts completeness and timeliness per district and shows them on the dashboard", async () => {
    // 余姚's October report, prepared by the city and submitted after its deadline (10 November).
    const late = await ok(cityOfficer, "POST", "/api/reports", { regionCode: yuyao, period: "2026-10" });
    await ok(cityOfficer, "POST", `/api/reports/${late.id}/submit`);
    // A draft counts for nothing; and a quarter still running cannot be submitted (its figures
    // would be snapshotted, then locked, with a month of it still to come).
    const quarter = await ok(haishuOfficer, "POST", "/api/reports", {
      regionCode: haishu,
      period: "2026-Q4",
    });
    const early = await call(haishuOfficer, "POST", `/api/reports/${quarter.id}/submit`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe("统计期尚未结束，2026-12-31 起方可提交");
    await refreshAggregates(t.ctx, sources);
    const counts = await t.ctx.db
      .selectFrom("analytics_counts")
      .select(["measure", "region_code", "period", "value"])
      .where("source", "=", "reports")
      .orderBy("measure")
      .orderBy("period")
      .orderBy("region_code")
      .execute();
    const of = (measure: string) =>
      counts.filter((row) => row.measure === measure).map((row) => `${row.region_code} ${row.period}`);
    // Reporting began with October; November is due only where its report is in (deadline 10 December).
    expect(of("reportsDue")).toHaveLength(11);
    expect(of("reportsDue")).toContain(`${haishu} 2026-11`);
    expect(of("reportsSubmitted")).toEqual([`${yuyao} 2026-10`, `${haishu} 2026-11`]);
    expect(of("reportsOnTime")).toEqual([`${haishu} 2026-11`]);

    const dashboard = (
      await leader.request({ method: "GET", url: "/api/dashboard?period=2026-Q4" })
    ).json() as Dashboard;
    const unit = (code: string, district: string) =>
      dashboard.indicators.find((i) => i.code === code)?.units.find((u) => u.code === district)?.value;
    expect(unit("reportingCompleteness", haishu)).toBeCloseTo(50);
    expect(unit("reportingTimeliness", haishu)).toBeCloseTo(50);
    expect(unit("reportingCompleteness", yuyao)).toBeCloseTo(100);
    expect(unit("reportingTimeliness", yuyao)).toBeCloseTo(0);
    expect(unit("reportingCompleteness", "330205000000")).toBeCloseTo(0);
    // The city: 2 reports in of 11 due.
    expect(dashboard.indicators.find((i) => i.code === "reportingCompleteness")?.value).toBeCloseTo(200 / 11);
  });

  it("lists in scope with filters and exports the report as a workbook", async () => {
    const list = (await (await call(cityOfficer, "GET", "/api/reports?periodKind=month")).json()) as {
      items: PeriodicReport[];
      total: number;
    };
    expect(list.items.map((item) => `${item.region.name} ${item.period} ${item.status}`)).toEqual([
      "海曙区 2026-11 approved",
      "余姚市 2026-10 submitted",
    ]);
    const approvedOnly = (await call(cityOfficer, "GET", "/api/reports?status=approved")).json();
    expect(approvedOnly.total).toBe(1);
    const haishuOnly = (await call(cityOfficer, "GET", `/api/reports?regionCode=${haishu}`)).json();
    expect(haishuOnly.total).toBe(2);

    const exported = await call(leader, "GET", `/api/reports/${reportId}/export`);
    expect(exported.statusCode, exported.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows: string[][] = [];
    sheet?.eachRow((row) => {
      rows.push((Array.isArray(row.values) ? row.values.slice(1) : []).map((value) => String(value ?? "")));
    });
    expect(rows[0]?.[0]).toBe("海曙区2026年11月月报");
    const header = rows.find((row) => row[0] === "指标");
    expect(header?.slice(0, 3)).toEqual(["指标", "单位", "海曙区"]);
    expect(header?.at(-1)).toBe("审核通过后有变化");
    const volunteers = rows.find((row) => row[0] === "每万人志愿者数");
    expect(volunteers?.[2]).toBe("0");
    expect(volunteers?.at(-1)).toBe("是");
    expect(rows.find((row) => row[0] === "问题与建议")?.[1]).toBe("部分社区常住人口数据待更新。");
    const entry = await t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "periodicReport.export")
      .executeTakeFirst();
    expect(entry).toBeDefined();
  });
  it("makes every district's month due once its deadline has passed", async () => {
    // 10 December has passed: every district owes its November report.
    t.clock.advance(11 * 86_400);
    await refreshAggregates(t.ctx, sources);
    const due = await t.ctx.db
      .selectFrom("analytics_counts")
      .select((eb) => eb.fn.sum<number>("value").as("n"))
      .where("source", "=", "reports")
      .where("measure", "=", "reportsDue")
      .where("period", "=", "2026-11")
      .executeTakeFirstOrThrow();
    expect(Number(due.n)).toBe(10);
  });
  it("lets nobody decide a report they submitted: a city officer who prepared a district's report leaves its approval to another", async () => {
    const jiangbei = "330205000000";
    // Signed in now: the clock has moved on by days in the tests before.
    const preparer = await signedInAs(t, "city_officer", city);
    const created = await ok(preparer, "POST", "/api/reports", {
      regionCode: jiangbei,
      period: "2026-10",
    });
    const submitted = await ok(preparer, "POST", `/api/reports/${created.id}/submit`);
    expect(submitted.abilities).toMatchObject({ approve: false, return: false });
    const own = await call(preparer, "POST", `/api/reports/${created.id}/approve`);
    expect(own.statusCode).toBe(409);
    expect(own.json().error.message).toBe("不能审核本人提交的报表，请由另一位有审核权限的人员审核");
    const ownReturn = await call(preparer, "POST", `/api/reports/${created.id}/return`, {
      reason: "自审",
    });
    expect(ownReturn.statusCode).toBe(409);

    const colleague = await signedInAs(t, "city_officer", city);
    expect((await ok(colleague, "GET", `/api/reports/${created.id}`)).abilities.approve).toBe(true);
    expect((await ok(colleague, "POST", `/api/reports/${created.id}/approve`)).status).toBe("approved");
  });
});
