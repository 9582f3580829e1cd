import type { DataQualityAnswer, DataQualityFinding, DataQualityRuleCode } from "@xinqiao/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, signedInAs } from "../../../test/factories.ts";
import { dialects, requestUserOf, type Session, type TestApp } from "../../../test/harness.ts";
import { rollUpTestCounts, writeCounts } from "../analytics/analytics.testing.ts";
import { codeFor } from "../socialOrganizations/creditCodes.testing.ts";
import { validIdNumber, workerBody } from "../socialWorkers/socialWorkers.testing.ts";
import { dataQualityFindings } from "./dataQuality.service.ts";

/**
 * Each rule on records made here (an empty city: nothing else finds anything): a finding
 * appears, names its record and the page to fix it, and disappears once the record is fixed.
 * Today is 2026-11-30 (the test clock).
 */
const city = "330200000000";
const haishu = "330203000000";
const nanmen = "330203001000";
const jiangxia = "330203002000";
const jiangbei = "330205000000";
const jiangbeiStreet = "330205001000";

type Row = Record<string, unknown>;

describe.each(dialects)("data quality on %s", (dialect) => {
  let t: TestApp;
  let cityOfficer: Session;
  let haishuOfficer: Session;
  let jiangbeiOfficer: Session;
  let nanmenStation: Session;
  let worker: Session;
  let leader: Session;
  let counter = 0;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    cityOfficer = await signedInAs(t, "city_officer", city);
    haishuOfficer = await signedInAs(t, "district_officer", haishu);
    jiangbeiOfficer = await signedInAs(t, "district_officer", jiangbei);
    nanmenStation = await signedInAs(t, "station_staff", nanmen);
    worker = await signedInAs(t, "social_worker", nanmen);
    leader = await signedInAs(t, "leader", city);
  });
  afterAll(() => t.close());

  const ok = async (session: Session, method: "POST" | "PATCH" | "PUT", url: string, payload: Row) => {
    const response = await session.request({ method, url, payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json() as { id: number; [field: string]: unknown };
  };
  const newPlatform = (session: Session, overrides: Row = {}) => {
    counter += 1;
    return ok(session, "POST", "/api/platforms", {
      kind: "station",
      name: `数据质量测试社工站${counter}`,
      regionCode: nanmen,
      address: "南门街道测试路 1 号",
      floorArea: 60,
      facilities: ["办公场地"],
      operatorOrganizationId: null,
      openedOn: "2024-03-01",
      status: "operating",
      ...overrides,
    });
  };
  const newWorker = async (session: Session, platformId: number, overrides: Row = {}) => {
    counter += 1;
    return ok(session, "POST", "/api/social-workers", {
      ...workerBody({
        idNumber: validIdNumber("330203", "19900101", String(100 + counter).slice(-3)),
        employerKind: "platform",
        platformId,
      }),
      ...overrides,
    });
  };
  const answer = async (session: Session, query = "") => {
    const response = await session.request({ method: "GET", url: `/api/data-quality?pageSize=200${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as DataQualityAnswer;
  };
  const findingsOf = async (rule: DataQualityRuleCode, id: string | number, session = haishuOfficer) =>
    (await answer(session, `&rule=${rule}`)).items.filter((finding) => finding.subject.id === String(id));
  const only = (findings: DataQualityFinding[]) => {
    expect(findings).toHaveLength(1);
    return findings[0] as DataQualityFinding;
  };
  const firstCommunityOf = async (street: string) =>
    (
      await t.ctx.db
        .selectFrom("regions")
        .select("code")
        .where("parent_code", "=", street)
        .orderBy("code")
        .executeTakeFirstOrThrow()
    ).code;

  it("flags a floor area below or above the limits (0 m² too) until it is corrected", async () => {
    const small = await newPlatform(haishuOfficer, { floorArea: 3 });
    const large = await newPlatform(haishuOfficer, { floorArea: 25_000 });
    const fine = await newPlatform(haishuOfficer, { floorArea: 80 });

    const below = only(await findingsOf("floorAreaImplausible", small.id));
    expect(below).toMatchObject({
      severity: "warning",
      subject: { kind: "platform", name: small.name, regionCode: nanmen, regionName: "南门街道" },
      link: `/platforms/${small.id}`,
      value: 3,
      threshold: 5,
      bound: "below",
    });
    expect(only(await findingsOf("floorAreaImplausible", large.id))).toMatchObject({
      value: 25_000,
      threshold: 10_000,
      bound: "above",
    });
    expect(await findingsOf("floorAreaImplausible", fine.id)).toEqual([]);

    // The form refuses 0 m²; data from before it did holds such values.
    await t.ctx.db.updateTable("platforms").set({ floor_area: 0 }).where("id", "=", fine.id).execute();
    expect(only(await findingsOf("floorAreaImplausible", fine.id))).toMatchObject({
      value: 0,
      bound: "below",
    });

    await ok(haishuOfficer, "PATCH", `/api/platforms/${small.id}`, { floorArea: 40 });
    await ok(haishuOfficer, "PATCH", `/api/platforms/${large.id}`, { floorArea: 2_500 });
    await ok(haishuOfficer, "PATCH", `/api/platforms/${fine.id}`, { floorArea: 80 });
    for (const id of [small.id, large.id, fine.id])
      expect(await findingsOf("floorAreaImplausible", id)).toEqual([]);
  });

  it("flags a worker younger than 18 or older than 75 (not one who has left) until the ID number is corrected", async () => {
    const platform = await newPlatform(haishuOfficer);
    // 2026-11-30: born 2008-12-01 is 17, born 2008-11-30 turns 18 today; born 1950-11-30 is 76.
    const young = await newWorker(haishuOfficer, platform.id, {
      idNumber: validIdNumber("330203", "20081201", "311"),
    });
    const adult = await newWorker(haishuOfficer, platform.id, {
      idNumber: validIdNumber("330203", "20081130", "313"),
    });
    const old = await newWorker(haishuOfficer, platform.id, {
      idNumber: validIdNumber("330203", "19501130", "315"),
    });
    const oldButLeft = await newWorker(haishuOfficer, platform.id, {
      idNumber: validIdNumber("330203", "19400101", "317"),
      employmentStatus: "left",
    });

    expect(only(await findingsOf("workerAgeImplausible", young.id))).toMatchObject({
      severity: "warning",
      subject: { kind: "socialWorker", regionCode: nanmen },
      link: `/social-workers/${young.id}`,
      value: 17,
      threshold: 18,
      bound: "below",
    });
    expect(only(await findingsOf("workerAgeImplausible", old.id))).toMatchObject({
      value: 76,
      threshold: 75,
      bound: "above",
    });
    expect(await findingsOf("workerAgeImplausible", adult.id)).toEqual([]);
    expect(await findingsOf("workerAgeImplausible", oldButLeft.id)).toEqual([]);

    await ok(haishuOfficer, "PATCH", `/api/social-workers/${young.id}`, {
      idNumber: validIdNumber("330203", "19981201", "311"),
    });
    await ok(haishuOfficer, "PATCH", `/api/social-workers/${old.id}`, {
      idNumber: validIdNumber("330203", "19601130", "315"),
    });
    expect(await findingsOf("workerAgeImplausible", young.id)).toEqual([]);
    expect(await findingsOf("workerAgeImplausible", old.id)).toEqual([]);
  });

  it("flags a community whose latest residents figure fell by more than half, until a later one restores it", async () => {
    const community = await firstCommunityOf(jiangxia);
    const url = `/api/regions/${community}/residents`;
    await ok(haishuOfficer, "PUT", url, { residents: 10_000 });
    expect(await findingsOf("residentsDrop", community)).toEqual([]);
    await ok(haishuOfficer, "PUT", url, { residents: 5_000 });
    expect(await findingsOf("residentsDrop", community), "exactly 50 % is not more than 50 %").toEqual([]);
    await ok(haishuOfficer, "PUT", url, { residents: 12_000 });
    await ok(haishuOfficer, "PUT", url, { residents: 3_000 });

    const drop = only(await findingsOf("residentsDrop", community));
    expect(drop).toMatchObject({
      severity: "critical",
      subject: { kind: "region", id: community, regionCode: community },
      link: `/regions?code=${community}`,
      value: 75,
      threshold: 50,
      before: 12_000,
      after: 3_000,
    });
    // The critical finding comes first.
    expect((await answer(haishuOfficer)).items[0]?.rule).toBe("residentsDrop");
    // Saving the same figure again (the same file imported twice) fixes nothing.
    await ok(haishuOfficer, "PUT", url, { residents: 3_000 });
    expect(only(await findingsOf("residentsDrop", community))).toMatchObject({
      before: 12_000,
      after: 3_000,
    });

    await ok(haishuOfficer, "PUT", url, { residents: 11_800 });
    expect(await findingsOf("residentsDrop", community)).toEqual([]);
  });

  it("flags a district whose composite indicator lies more than 3 MAD from the districts' median", async () => {
    // Workers per 10,000 residents: 10, 11, 12, 13 and 50 in 鄞州 (median 12, MAD 1).
    const yinzhou = "330212000000";
    const districts = [haishu, jiangbei, "330206000000", "330211000000", yinzhou];
    const workers = [100, 110, 120, 130, 500];
    await writeCounts(
      t.ctx.db,
      districts.flatMap((code, index) => [
        {
          measure: "residents",
          period: "now",
          dimension: "",
          region_code: code,
          value: 100_000,
          source: "test",
        },
        {
          measure: "socialWorkers",
          period: "now",
          dimension: "",
          region_code: code,
          value: workers[index] ?? 0,
          source: "test",
        },
      ]),
    );

    const outlier = only(await findingsOf("indicatorOutlier", yinzhou, cityOfficer));
    expect(outlier).toMatchObject({
      severity: "info",
      subject: { kind: "region", id: yinzhou, name: "鄞州区" },
      link: `/social-workers?regionCode=${yinzhou}`,
      indicator: "workersPer10k",
      value: 50,
      deviation: 38,
      threshold: 3,
      bound: "above",
    });
    expect(outlier.median).toBeCloseTo(12);
    // 海曙's officer compares 海曙's streets, not the districts.
    expect(await findingsOf("indicatorOutlier", yinzhou, haishuOfficer)).toEqual([]);

    await t.ctx.db
      .updateTable("analytics_counts")
      .set({ value: 140 })
      .where("measure", "=", "socialWorkers")
      .where("region_code", "=", yinzhou)
      .execute();
    await rollUpTestCounts(t.ctx.db);
    expect(await findingsOf("indicatorOutlier", yinzhou, cityOfficer)).toEqual([]);
  });

  it("flags missing required fields of each registry until they are filled in", async () => {
    const platform = await newPlatform(haishuOfficer, { address: null, floorArea: null });
    const planned = await newPlatform(haishuOfficer, { address: null, status: "planning" });
    const noPhone = await newWorker(haishuOfficer, platform.id, { phone: null });
    counter += 1;
    const organization = await ok(haishuOfficer, "POST", "/api/social-organizations", {
      name: `数据质量测试社会工作服务中心${counter}`,
      creditCode: codeFor("2", haishu, `MJDQ${String(counter).padStart(5, "0")}`),
      orgType: "社会服务机构",
      registeringAuthority: "宁波市海曙区民政局",
      registeredOn: "2020-05-01",
      legalRepresentative: null,
      domains: ["养老服务"],
      evaluationGrade: null,
      staffCount: 5,
      address: null,
      status: "active",
      regionCode: haishu,
    });

    const ofPlatform = async (id: number) =>
      (await findingsOf("requiredFieldMissing", id)).filter((finding) => finding.subject.kind === "platform");
    expect(only(await ofPlatform(platform.id)).fields).toEqual(["address", "floorArea"]);
    expect(await ofPlatform(planned.id), "only operating platforms").toEqual([]);
    const phone = (await findingsOf("requiredFieldMissing", noPhone.id)).filter(
      (finding) => finding.subject.kind === "socialWorker",
    );
    expect(only(phone)).toMatchObject({ fields: ["phone"], link: `/social-workers/${noPhone.id}` });
    const representative = (await findingsOf("requiredFieldMissing", organization.id)).filter(
      (finding) => finding.subject.kind === "socialOrganization",
    );
    expect(only(representative)).toMatchObject({
      severity: "info",
      fields: ["legalRepresentative"],
      link: `/social-organizations/${organization.id}`,
      subject: { regionCode: haishu, regionName: "海曙区" },
    });

    await ok(haishuOfficer, "PATCH", `/api/platforms/${platform.id}`, { address: "南门街道补填路 2 号" });
    expect(only(await ofPlatform(platform.id)).fields).toEqual(["floorArea"]);
    await ok(haishuOfficer, "PATCH", `/api/platforms/${platform.id}`, { floorArea: 55 });
    await ok(haishuOfficer, "PATCH", `/api/social-workers/${noPhone.id}`, { phone: "13812340000" });
    await ok(haishuOfficer, "PATCH", `/api/social-organizations/${organization.id}`, {
      legalRepresentative: "李建国",
    });
    const left = (await answer(haishuOfficer, "&rule=requiredFieldMissing")).items.filter((finding) =>
      [
        `platform/${platform.id}`,
        `socialWorker/${noPhone.id}`,
        `socialOrganization/${organization.id}`,
      ].includes(`${finding.subject.kind}/${finding.subject.id}`),
    );
    expect(left).toEqual([]);
  });

  it("flags an operating station whose street has had no service for 90 days, not one opened since", async () => {
    const station = await newPlatform(jiangbeiOfficer, {
      regionCode: jiangbeiStreet,
      name: "江北测试社工站",
    });
    const opened = await newPlatform(jiangbeiOfficer, {
      regionCode: jiangbeiStreet,
      name: "江北新开社工站",
      openedOn: "2026-10-01",
    });
    const stale = only(await findingsOf("staleStation", station.id, jiangbeiOfficer));
    expect(stale).toMatchObject({
      severity: "warning",
      link: `/platforms/${station.id}`,
      value: null,
      lastServiceOn: null,
      threshold: 90,
    });
    expect(await findingsOf("staleStation", opened.id, jiangbeiOfficer)).toEqual([]);

    const community = await firstCommunityOf(jiangbeiStreet);
    const service = (serviceDate: string, voided = false) => ({
      case_id: null,
      need_id: null,
      region_code: community,
      service_date: serviceDate,
      start_time: null,
      end_time: null,
      minutes: 60,
      method: "visit",
      type: "探访",
      domain: "养老服务",
      place: "服务对象家中",
      notes_cipher: null,
      voided_at: voided ? "2026-11-20T00:00:00.000Z" : null,
      voided_by: null,
      void_reason: voided ? "录错" : null,
      is_demo: 0,
      created_at: "2026-11-20T00:00:00.000Z",
      created_by: null,
      updated_at: "2026-11-20T00:00:00.000Z",
      updated_by: null,
    });
    // An old service and a recent voided one leave it stale, 120 days since the last.
    await t.ctx.db
      .insertInto("service_records")
      .values([service("2026-08-02"), service("2026-11-20", true)])
      .execute();
    expect(only(await findingsOf("staleStation", station.id, jiangbeiOfficer))).toMatchObject({
      value: 120,
      lastServiceOn: "2026-08-02",
    });
    await t.ctx.db.insertInto("service_records").values(service("2026-09-01")).execute();
    expect(await findingsOf("staleStation", station.id, jiangbeiOfficer)).toEqual([]);
  });

  it("keeps each user to the scope: a district officer sees its district only, a station its street, others are refused", async () => {
    await newPlatform(jiangbeiOfficer, { regionCode: jiangbeiStreet, name: "江北面积异常站", floorArea: 2 });
    await newPlatform(haishuOfficer, { name: "海曙面积异常站", floorArea: 1 });
    await newPlatform(haishuOfficer, { regionCode: jiangxia, name: "江厦面积异常站", floorArea: 1.5 });

    const cityWide = await answer(cityOfficer, "&rule=floorAreaImplausible");
    const names = cityWide.items.map((finding) => finding.subject.name);
    expect(names).toEqual(expect.arrayContaining(["江北面积异常站", "海曙面积异常站", "江厦面积异常站"]));

    const ofHaishu = await answer(haishuOfficer);
    expect(ofHaishu.region).toEqual({ code: haishu, name: "海曙区" });
    expect(ofHaishu.items.length).toBeGreaterThan(0);
    for (const finding of ofHaishu.items) expect(finding.subject.regionCode.startsWith("330203")).toBe(true);
    expect(ofHaishu.items.map((finding) => finding.subject.name)).not.toContain("江北面积异常站");

    const ofJiangbei = await answer(jiangbeiOfficer);
    for (const finding of ofJiangbei.items)
      expect(finding.subject.regionCode.startsWith("330205")).toBe(true);
    expect(
      (await jiangbeiOfficer.request({ method: "GET", url: `/api/data-quality?region=${haishu}` }))
        .statusCode,
    ).toBe(404);

    const ofNanmen = await answer(nanmenStation, "&rule=floorAreaImplausible");
    expect(ofNanmen.items.map((finding) => finding.subject.name)).toContain("海曙面积异常站");
    expect(ofNanmen.items.map((finding) => finding.subject.name)).not.toContain("江厦面积异常站");
    for (const finding of ofNanmen.items)
      expect(finding.subject.regionCode.startsWith("330203001")).toBe(true);

    // The city narrowed to a district sees what the district's officer sees.
    const narrowed = await answer(cityOfficer, `&region=${jiangxia}&rule=floorAreaImplausible`);
    expect(narrowed.items.map((finding) => finding.subject.name)).toEqual(["江厦面积异常站"]);

    for (const refused of [worker, leader]) {
      expect((await refused.request({ method: "GET", url: "/api/data-quality" })).statusCode).toBe(403);
      expect((await refused.request({ method: "GET", url: "/api/data-quality/settings" })).statusCode).toBe(
        403,
      );
    }
  });

  it("counts every rule, and the service the reports call answers what the API does", async () => {
    const api = await answer(haishuOfficer);
    expect(api.counts.map((count) => count.rule)).toEqual([
      "residentsDrop",
      "floorAreaImplausible",
      "workerAgeImplausible",
      "staleStation",
      "indicatorOutlier",
      "requiredFieldMissing",
    ]);
    expect(api.counts.reduce((sum, count) => sum + count.count, 0)).toBe(api.total);
    const direct = await dataQualityFindings(t.ctx, await requestUserOf(t, haishuOfficer), haishu);
    expect(direct.counts).toEqual(api.counts);
    expect(direct.findings).toEqual(api.items);

    const filtered = await answer(haishuOfficer, "&severity=warning");
    expect(filtered.total).toBe(
      api.counts.filter((count) => count.severity === "warning").reduce((sum, count) => sum + count.count, 0),
    );
    expect(filtered.counts, "the counts are the region's, whatever the filter").toEqual(api.counts);

    const paged = await haishuOfficer.request({ method: "GET", url: "/api/data-quality?pageSize=1&page=2" });
    expect(paged.json().items).toEqual(api.items.slice(1, 2));
    const bad = await haishuOfficer.request({ method: "GET", url: "/api/data-quality?rule=typo" });
    expect(bad.statusCode).toBe(400);
  });

  it("moves the findings when the city changes a threshold, within bounds, audited; a district may not", async () => {
    const station = await newPlatform(haishuOfficer, { name: "阈值测试站", floorArea: 12_000 });
    expect(await findingsOf("floorAreaImplausible", station.id)).toHaveLength(1);

    const settings = await cityOfficer.request({ method: "GET", url: "/api/data-quality/settings" });
    expect(settings.json()).toMatchObject({
      source: "default",
      mayEdit: true,
      region: { code: city },
      thresholds: { maxFloorArea: 10_000, staleDays: 90 },
    });
    const thresholds = { ...settings.json().thresholds, maxFloorArea: 15_000, outlierMads: 2 };

    const district = await haishuOfficer.request({ method: "GET", url: "/api/data-quality/settings" });
    expect(district.json()).toMatchObject({ mayEdit: false, region: { code: city } });
    const refused = await haishuOfficer.request({
      method: "PUT",
      url: "/api/data-quality/settings",
      payload: thresholds,
    });
    expect(refused.statusCode).toBe(403);
    expect(
      (await nanmenStation.request({ method: "PUT", url: "/api/data-quality/settings", payload: thresholds }))
        .statusCode,
    ).toBe(403);

    const outOfBounds = await cityOfficer.request({
      method: "PUT",
      url: "/api/data-quality/settings",
      payload: { ...thresholds, maxFloorArea: 200_000, minWorkerAge: 17.5 },
    });
    expect(outOfBounds.statusCode).toBe(400);
    const messages = (outOfBounds.json().error.fields as { path: string; message: string }[]).map(
      (field) => field.message,
    );
    expect(messages).toEqual(
      expect.arrayContaining(["平台面积上限：不能大于 100000", "社会工作者年龄下限：须为整数"]),
    );
    const crossed = await cityOfficer.request({
      method: "PUT",
      url: "/api/data-quality/settings",
      payload: { ...thresholds, minWorkerAge: 30, maxWorkerAge: 50 },
    });
    expect(crossed.statusCode).toBe(200);
    const inverted = await cityOfficer.request({
      method: "PUT",
      url: "/api/data-quality/settings",
      payload: { ...thresholds, minFloorArea: 100, maxFloorArea: 100 },
    });
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().error.fields).toEqual([
      { path: "maxFloorArea", message: "平台面积上限：应大于平台面积下限" },
    ]);

    const saved = await ok(cityOfficer, "PUT", "/api/data-quality/settings", thresholds);
    expect(saved).toMatchObject({ source: "own", thresholds: { maxFloorArea: 15_000, outlierMads: 2 } });
    expect(await findingsOf("floorAreaImplausible", station.id)).toEqual([]);
    expect((await answer(haishuOfficer)).thresholds.maxFloorArea).toBe(15_000);

    // 鄞州 at 14 workers per 10,000 is 2 MADs out: not more than 2; flagged once it is 15 (3 MADs).
    expect(await findingsOf("indicatorOutlier", "330212000000", cityOfficer)).toEqual([]);
    await t.ctx.db
      .updateTable("analytics_counts")
      .set({ value: 150 })
      .where("measure", "=", "socialWorkers")
      .where("region_code", "=", "330212000000")
      .execute();
    await rollUpTestCounts(t.ctx.db);
    expect(await findingsOf("indicatorOutlier", "330212000000", cityOfficer)).toHaveLength(1);

    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "analyticsSettings.update")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit.entity).toBe("analyticsSettings");
    expect(audit.entity_id).toBe(city);
    expect(JSON.parse(audit.before_json ?? "{}").dataQuality.minWorkerAge).toBe(30);
    expect(JSON.parse(audit.after_json ?? "{}").dataQuality).toMatchObject({
      maxFloorArea: 15_000,
      minWorkerAge: 18,
    });
  });
});
