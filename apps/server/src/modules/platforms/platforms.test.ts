import { type PlatformKind, stationStandard } from "@xinqiao/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, login, type Session, type TestApp } from "../../../test/harness.ts";
import { loadWorkbook, rowValues } from "../../platform/excel/testing.ts";

const haishu = "330203000000";
const nanmen = "330203001000";
const jiangxia = "330203002000";
const jiangbei = "330205000000";

type Row = Record<string, unknown>;

describe.each(dialects)("platforms on %s", (dialect) => {
  let t: TestApp;
  let officer: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    officer = await login(t.app, "haishu");
  });
  afterAll(() => t.close());

  const create = (session: Session, payload: Row) =>
    session.request({ method: "POST", url: "/api/platforms", payload });
  const firstCommunityOf = async (street: string) =>
    (
      await t.ctx.db
        .selectFrom("regions")
        .select(["code", "name"])
        .where("parent_code", "=", street)
        .orderBy("code")
        .executeTakeFirstOrThrow()
    ).code;
  const platformIn = (regionCode: string, kind: PlatformKind = "station") =>
    t.ctx.db
      .selectFrom("platforms")
      .selectAll()
      .where("region_code", "=", regionCode)
      .where("kind", "=", kind)
      .orderBy("id")
      .executeTakeFirstOrThrow();
  const body = async (overrides: Row = {}): Promise<Row> => ({
    kind: "room",
    name: "测试社区社会工作服务室",
    regionCode: await firstCommunityOf(nanmen),
    address: "南门街道测试路 1 号",
    floorArea: 45.5,
    facilities: ["办公场地", "个案室"],
    operatorOrganizationId: null,
    openedOn: "2024-03-01",
    status: "operating",
    ...overrides,
  });

  it("loads ~150 demo platforms, unevenly covering the streets", async () => {
    const rows = await t.ctx.db.selectFrom("platforms").select(["kind", "status", "region_code"]).execute();
    expect(rows.length).toBeGreaterThan(130);
    expect(rows.length).toBeLessThan(170);
    const centers = rows.filter((r) => r.kind === "center");
    expect(centers.length).toBeGreaterThanOrEqual(8);
    expect(centers.every((c) => c.region_code.endsWith("000000"))).toBe(true);
    expect(rows.filter((r) => r.kind === "room").length).toBeGreaterThan(5);
    const operatingStations = await t.ctx.db
      .selectFrom("platforms")
      .select("region_code")
      .where("kind", "=", "station")
      .where("status", "=", "operating")
      .execute();
    const coverageOf = async (district: string) => {
      const streets = (
        await t.ctx.db
          .selectFrom("regions")
          .select("street_count")
          .where("code", "=", district)
          .executeTakeFirstOrThrow()
      ).street_count;
      const covered = new Set(
        operatingStations.map((s) => s.region_code).filter((c) => c.startsWith(district.slice(0, 6))),
      );
      return covered.size / streets;
    };
    expect(await coverageOf(haishu)).toBeGreaterThan(0.9);
    expect(await coverageOf("330212000000")).toBeGreaterThan(0.9);
    expect(await coverageOf("330225000000")).toBeLessThan(0.5);
    expect(await coverageOf("330226000000")).toBeLessThan(0.5);
  });

  it("lists the user's scope with quick search and filters", async () => {
    const page = (await officer.request({ method: "GET", url: "/api/platforms?pageSize=200" })).json();
    expect(page.total).toBeGreaterThan(15);
    expect(page.items.every((p: { region: { code: string } }) => p.region.code.startsWith("330203"))).toBe(
      true,
    );
    const byInitials = (await officer.request({ method: "GET", url: "/api/platforms?q=nmjd" })).json();
    expect(byInitials.items.map((p: { name: string }) => p.name)).toContain("南门街道社会工作服务站");
    const byPinyin = (await officer.request({ method: "GET", url: "/api/platforms?q=nanmen" })).json();
    expect(byPinyin.items.map((p: { name: string }) => p.name)).toContain("南门街道社会工作服务站");
    const centers = (await officer.request({ method: "GET", url: "/api/platforms?kind=center" })).json();
    expect(centers.items.map((p: { name: string }) => p.name)).toEqual(["海曙区社会工作服务中心"]);
    const city = await login(t.app, "city");
    const cramped = (
      await city.request({ method: "GET", url: "/api/platforms?belowStandard=space&pageSize=200" })
    ).json();
    expect(cramped.total).toBeGreaterThan(0);
    expect(
      cramped.items.every(
        (p: { floorArea: number; isBelowSpaceStandard: boolean; kind: string }) =>
          p.kind === "station" && p.floorArea < stationStandard.minimumFloorArea && p.isBelowSpaceStandard,
      ),
    ).toBe(true);
  });

  it("creates a platform, audits it, and validates with zh-CN messages naming the field", async () => {
    const operator = await t.ctx.db
      .selectFrom("social_organizations")
      .select(["id", "name"])
      .where("region_code", "like", "330203%")
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const response = await create(officer, await body({ operatorOrganizationId: operator.id }));
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      kind: "room",
      floorArea: 45.5,
      operatorOrganization: { id: operator.id, name: operator.name },
      staffCount: 0,
      isBelowStaffingStandard: null,
      warnings: [],
      abilities: { edit: true, deactivate: true },
    });
    expect(created.regionPath.map((r: { name: string }) => r.name).slice(0, 2)).toEqual([
      "海曙区",
      "南门街道",
    ]);
    const history = (
      await officer.request({ method: "GET", url: `/api/platforms/${created.id}/history` })
    ).json();
    expect(history[0]).toMatchObject({ action: "platform.create", after: { kind: "room", floorArea: 45.5 } });

    const invalid = await create(officer, await body({ name: "", floorArea: 0, facilities: ["游泳池"] }));
    expect(invalid.statusCode).toBe(400);
    const fields = invalid.json().error.fields as { path: string; message: string }[];
    expect(fields.find((f) => f.path === "floorArea")?.message).toBe("使用面积：应大于 0");
    expect(fields.find((f) => f.path === "name")?.message).toBe("名称：不能为空");
    expect(fields.find((f) => f.path.startsWith("facilities"))?.message).toMatch(/^设施：取值无效/);
    const huge = await create(officer, await body({ floorArea: 200_000 }));
    expect(huge.json().error.fields[0].message).toBe("使用面积：不能大于 100000");
  });

  it("refuses an impossible opening date on create and edit, saving nothing", async () => {
    const count = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom("platforms")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    for (const openedOn of ["2023-02-30", "2023-04-31", "2023-13-01"]) {
      const response = await create(officer, await body({ name: "不存在日期测试室", openedOn }));
      expect(response.statusCode, openedOn).toBe(400);
      expect(response.json().error).toMatchObject({
        code: "VALIDATION_FAILED",
        fields: [{ path: "openedOn", message: "启用日期：不是有效日期" }],
      });
    }
    expect(await count()).toBe(before);

    const station = await platformIn(nanmen);
    const patched = await officer.request({
      method: "PATCH",
      url: `/api/platforms/${station.id}`,
      payload: { openedOn: "2023-02-30" },
    });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().error.fields).toEqual([{ path: "openedOn", message: "启用日期：不是有效日期" }]);
    expect((await platformIn(nanmen)).opened_on).toBe(station.opened_on);

    const leapDay = await create(officer, await body({ name: "闰日启用测试室", openedOn: "2024-02-29" }));
    expect(leapDay.statusCode).toBe(201);
    expect(leapDay.json().openedOn).toBe("2024-02-29");
  });

  it("checks that the region's level fits the kind", async () => {
    const stationAtDistrict = await create(
      officer,
      await body({ kind: "station", regionCode: haishu, name: "错层级站" }),
    );
    expect(stationAtDistrict.statusCode).toBe(400);
    expect(stationAtDistrict.json().error.fields).toEqual([
      { path: "regionCode", message: "所在区划：乡镇（街道）社会工作服务站须设在街道（乡镇）一级" },
    ]);
    const centerAtStreet = await create(
      officer,
      await body({ kind: "center", regionCode: nanmen, name: "错层级中心" }),
    );
    expect(centerAtStreet.json().error.fields[0].message).toBe(
      "所在区划：社会工作服务中心须设在区（县）一级",
    );
    const station = await platformIn(nanmen);
    const patched = await officer.request({
      method: "PATCH",
      url: `/api/platforms/${station.id}`,
      payload: { kind: "room" },
    });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().error.fields[0].path).toBe("regionCode");
  });

  it("warns about an implausibly small area without refusing it", async () => {
    const response = await create(officer, await body({ name: "小面积测试服务室", floorArea: 3 }));
    expect(response.statusCode).toBe(201);
    expect(response.json().warnings[0]).toContain("明显偏小");
    const station = await create(
      officer,
      await body({
        kind: "station",
        regionCode: "330203003000",
        name: "西门街道第二社会工作服务站",
        floorArea: 15,
      }),
    );
    expect(station.statusCode).toBe(201);
    expect(station.json()).toMatchObject({ isBelowSpaceStandard: true, isBelowStaffingStandard: true });
    expect(station.json().warnings.join("；")).toContain("低于站点标准");
  });

  it("refuses an operator outside the scope and a duplicate (kind, region, name)", async () => {
    const outside = await t.ctx.db
      .selectFrom("social_organizations")
      .select("id")
      .where("region_code", "like", "330205%")
      .executeTakeFirstOrThrow();
    const response = await create(
      officer,
      await body({ name: "运营机构测试室", operatorOrganizationId: outside.id }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0]).toEqual({
      path: "operatorOrganizationId",
      message: "运营机构：不存在或不在您的管辖范围内",
    });
    const station = await platformIn(nanmen);
    const duplicate = await create(
      officer,
      await body({ kind: "station", regionCode: nanmen, name: station.name }),
    );
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.message).toContain(station.name);
  });

  it("keeps an operator from another district when the form sends it back unchanged, but not a new one", async () => {
    const city = await login(t.app, "city");
    const [haishuPlatform, jiangbeiOrganization, yuyaoOrganization] = await Promise.all([
      platformIn(nanmen),
      t.ctx.db
        .selectFrom("social_organizations")
        .select("id")
        .where("region_code", "like", "330205%")
        .executeTakeFirstOrThrow(),
      t.ctx.db
        .selectFrom("social_organizations")
        .select("id")
        .where("region_code", "like", "330281%")
        .executeTakeFirstOrThrow(),
    ]);
    // The city officer may give a 海曙 platform a 江北 operator; the 海曙 officer sees its name only.
    const given = await city.request({
      method: "PATCH",
      url: `/api/platforms/${haishuPlatform.id}`,
      payload: { operatorOrganizationId: jiangbeiOrganization.id },
    });
    expect(given.statusCode, given.body).toBe(200);
    const kept = await officer.request({
      method: "PATCH",
      url: `/api/platforms/${haishuPlatform.id}`,
      payload: { operatorOrganizationId: jiangbeiOrganization.id, address: "南门街道某路 1 号" },
    });
    expect(kept.statusCode, kept.body).toBe(200);
    const switched = await officer.request({
      method: "PATCH",
      url: `/api/platforms/${haishuPlatform.id}`,
      payload: { operatorOrganizationId: yuyaoOrganization.id },
    });
    expect(switched.statusCode).toBe(400);
    expect(switched.json().error.fields[0].path).toBe("operatorOrganizationId");
  });

  it("keeps each user inside their region scope", async () => {
    const jiangbeiCenter = await platformIn(jiangbei, "center");
    const url = `/api/platforms/${jiangbeiCenter.id}`;
    expect((await officer.request({ method: "GET", url })).statusCode).toBe(404);
    expect((await officer.request({ method: "GET", url: `${url}/history` })).statusCode).toBe(404);
    expect((await officer.request({ method: "PATCH", url, payload: { floorArea: 99 } })).statusCode).toBe(
      404,
    );
    expect((await officer.request({ method: "POST", url: `${url}/deactivate` })).statusCode).toBe(404);
    const outside = await create(
      officer,
      await body({ kind: "center", regionCode: jiangbei, name: "越界中心" }),
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields[0].message).toBe("所在区划：不存在或不在您的管辖范围内");

    const station = await login(t.app, "station");
    const sibling = await platformIn(jiangxia);
    expect((await station.request({ method: "GET", url: `/api/platforms/${sibling.id}` })).statusCode).toBe(
      404,
    );
    const own = await platformIn(nanmen);
    const ownDetail = await station.request({ method: "GET", url: `/api/platforms/${own.id}` });
    expect(ownDetail.statusCode).toBe(200);
    expect(ownDetail.json().abilities.edit).toBe(true);
    const list = (await station.request({ method: "GET", url: "/api/platforms?pageSize=200" })).json();
    expect(list.items.every((p: { region: { code: string } }) => p.region.code.startsWith("330203001"))).toBe(
      true,
    );
    const leader = await login(t.app, "leader");
    expect((await create(leader, await body({ name: "领导测试室" }))).statusCode).toBe(403);
  });

  it("shows a platform's staff: the linked social workers", async () => {
    const station = await platformIn(nanmen);
    const detail = (await officer.request({ method: "GET", url: `/api/platforms/${station.id}` })).json();
    const direct = await t.ctx.db
      .selectFrom("social_workers")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("platform_id", "=", station.id)
      .where("is_active", "=", 1)
      .where("employment_status", "in", ["employed", "on_leave"])
      .executeTakeFirstOrThrow();
    expect(detail.staffCount).toBe(Number(direct.n));
    expect(detail.staff.length).toBeGreaterThanOrEqual(detail.staffCount);
  });

  it("deactivates and reactivates, audited", async () => {
    const room = await platformIn(await firstCommunityOf(nanmen), "room");
    const url = `/api/platforms/${room.id}`;
    const off = await officer.request({ method: "POST", url: `${url}/deactivate` });
    expect(off.json()).toMatchObject({ isActive: false, abilities: { activate: true } });
    expect((await officer.request({ method: "POST", url: `${url}/activate` })).json().isActive).toBe(true);
    const history = (await officer.request({ method: "GET", url: `${url}/history` })).json();
    expect(history.slice(0, 2).map((h: { action: string }) => h.action)).toEqual([
      "platform.activate",
      "platform.deactivate",
    ]);
    const worker = await login(t.app, "worker");
    expect((await worker.request({ method: "POST", url: `${url}/deactivate` })).statusCode).toBe(403);
  });

  it("computes each district's station coverage as a direct count would", async () => {
    const city = await login(t.app, "city");
    const coverage = (await city.request({ method: "GET", url: "/api/platforms/coverage" })).json();
    expect(coverage.rows).toHaveLength(10);
    for (const district of [haishu, "330225000000"]) {
      const row = coverage.rows.find((r: { regionCode: string }) => r.regionCode === district);
      const prefix = `${district.slice(0, 6)}%`;
      const streets = await t.ctx.db
        .selectFrom("regions")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("level", "=", "street")
        .where("code", "like", prefix)
        .executeTakeFirstOrThrow();
      const operating = t.ctx.db
        .selectFrom("platforms as p")
        .where("p.kind", "=", "station")
        .where("p.status", "=", "operating")
        .where("p.is_active", "=", 1)
        .where("p.region_code", "like", prefix);
      const covered = await operating
        .select(sql<number>`count(distinct p.region_code)`.as("n"))
        .executeTakeFirstOrThrow();
      const cramped = await operating
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("p.floor_area", "<", stationStandard.minimumFloorArea)
        .executeTakeFirstOrThrow();
      const understaffed = await sql<{ n: number }>`
        select count(*) as n from platforms p
        where p.kind = 'station' and p.status = 'operating' and p.is_active = 1 and p.region_code like ${prefix}
          and (select count(*) from social_workers w where w.platform_id = p.id and w.is_active = 1
               and w.employment_status in ('employed', 'on_leave')) < ${stationStandard.minimumWorkers}`.execute(
        t.ctx.db,
      );
      expect(row).toMatchObject({
        streetCount: Number(streets.n),
        coveredStreetCount: Number(covered.n),
        coveragePercent: Math.round((Number(covered.n) / Number(streets.n)) * 1000) / 10,
        belowSpaceCount: Number(cramped.n),
        belowStaffingCount: Number(understaffed.rows[0]?.n),
      });
      expect(row.uncoveredStreets).toHaveLength(Number(streets.n) - Number(covered.n));
    }
    const xiangshan = coverage.rows.find((r: { regionName: string }) => r.regionName === "象山县");
    const haishuRow = coverage.rows.find((r: { regionName: string }) => r.regionName === "海曙区");
    expect(haishuRow.coveragePercent).toBeGreaterThan(xiangshan.coveragePercent * 2);
    expect(coverage.total.streetCount).toBe(162);
  });

  it("scopes the coverage: a district officer sees their district, a street user their street", async () => {
    const district = (await officer.request({ method: "GET", url: "/api/platforms/coverage" })).json();
    expect(district.rows.map((r: { regionName: string }) => r.regionName)).toEqual(["海曙区"]);
    expect(district.total).toBeNull();
    const yuyao = await login(t.app, "yuyao");
    expect(
      (await yuyao.request({ method: "GET", url: "/api/platforms/coverage" }))
        .json()
        .rows.map((r: { regionCode: string }) => r.regionCode),
    ).toEqual(["330281000000"]);
    const station = await login(t.app, "station");
    const street = (await station.request({ method: "GET", url: "/api/platforms/coverage" })).json();
    expect(street.rows).toEqual([
      expect.objectContaining({
        regionCode: nanmen,
        streetCount: 1,
        coveredStreetCount: 1,
        coveragePercent: 100,
      }),
    ]);
    // Suspending the street's only station uncovers it.
    const own = await platformIn(nanmen);
    const others = await t.ctx.db
      .selectFrom("platforms")
      .select("id")
      .where("region_code", "=", nanmen)
      .where("kind", "=", "station")
      .where("status", "=", "operating")
      .execute();
    expect(others).toHaveLength(1);
    await station.request({
      method: "PATCH",
      url: `/api/platforms/${own.id}`,
      payload: { status: "suspended" },
    });
    const after = (await station.request({ method: "GET", url: "/api/platforms/coverage" })).json();
    expect(after.rows[0]).toMatchObject({
      coveredStreetCount: 0,
      coveragePercent: 0,
      uncoveredStreets: [{ code: nanmen }],
    });
    await station.request({
      method: "PATCH",
      url: `/api/platforms/${own.id}`,
      payload: { status: "operating" },
    });
  });

  it("exports the filtered list of the user's scope only, audited", async () => {
    const response = await officer.request({ method: "GET", url: "/api/platforms/export?kind=station" });
    expect(response.statusCode).toBe(200);
    const sheet = (await loadWorkbook(response.rawPayload)).worksheets[0];
    const header = rowValues(sheet, 1);
    const regionColumn = header.indexOf("区划代码");
    const kindColumn = header.indexOf("平台类型");
    expect(sheet?.rowCount).toBeGreaterThan(10);
    for (let r = 2; r <= (sheet?.rowCount ?? 0); r++) {
      expect(String(rowValues(sheet, r)[regionColumn])).toMatch(/^330203/);
      expect(rowValues(sheet, r)[kindColumn]).toBe("乡镇（街道）社会工作服务站");
    }
    const entry = await t.ctx.db
      .selectFrom("audit_log")
      .select(["action", "after_json"])
      .where("entity", "=", "platform")
      .where("action", "=", "platform.export")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.after_json ?? "{}")).toMatchObject({
      filters: { kind: "station" },
      isUnmasked: false,
    });
  });
});
