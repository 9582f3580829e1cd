import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, login, type Session, type TestApp } from "../../test/harness.ts";
import { makePlatform, validIdNumber, workerBody } from "../modules/socialWorkers/socialWorkers.testing.ts";
import { freshIdNumber } from "../modules/volunteers/volunteers.testing.ts";

const nanmen = "330203001000"; // 南门街道, 海曙区: the station's scope
const jiangxia = "330203002000"; // 江厦街道, 海曙区: in haishu's scope, not the station's
const yuyaoCode = "330281000000";

type Reference = { id: number; name: string; isVisible: boolean };

/**
 * References to other records carry isVisible: whether the viewer may open the referenced record
 * (its region lies in the viewer's scope). A city officer ties records across districts; the
 * station (南门), haishu (海曙区) and yuyao (余姚市) then see each reference as visible exactly when
 * the referenced record's own route answers them 200, and 404 otherwise.
 */
describe.each(dialects)("references to records outside the scope on %s", (dialect) => {
  let t: TestApp;
  let city: Session;
  let station: Session;
  let haishu: Session;
  let yuyao: Session;
  let yuyaoStreet: string;
  let nanmenTeam: Reference;
  let jiangxiaTeam: Reference;
  let yuyaoTeam: Reference;
  let yuyaoOrganization: { id: number; name: string };
  let nanmenOrganization: { id: number; name: string };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    [city, station, haishu, yuyao] = await Promise.all([
      login(t.app, "city"),
      login(t.app, "station"),
      login(t.app, "haishu"),
      login(t.app, "yuyao"),
    ]);
    yuyaoStreet = (
      await t.ctx.db
        .selectFrom("regions")
        .select("code")
        .where("parent_code", "=", yuyaoCode)
        .orderBy("code")
        .executeTakeFirstOrThrow()
    ).code;
    const organizationIn = (prefix: string) =>
      t.ctx.db
        .selectFrom("social_organizations")
        .select(["id", "name"])
        .where("region_code", "like", `${prefix}%`)
        .where("is_active", "=", 1)
        .orderBy("id")
        .executeTakeFirstOrThrow();
    yuyaoOrganization = await organizationIn("330281");
    nanmenOrganization = await organizationIn("330203");
    nanmenTeam = await newTeam("引用测试南门服务队", nanmen, yuyaoOrganization.id);
    jiangxiaTeam = await newTeam("引用测试江厦服务队", jiangxia, nanmenOrganization.id);
    yuyaoTeam = await newTeam("引用测试余姚服务队", yuyaoStreet, nanmenOrganization.id);
  });
  afterAll(() => t.close());

  async function newTeam(name: string, regionCode: string, socialOrganizationId: number): Promise<Reference> {
    const response = await city.request({
      method: "POST",
      url: "/api/volunteer-teams",
      payload: { name, regionCode, socialOrganizationId },
    });
    expect(response.statusCode, response.body).toBe(201);
    return { id: response.json().id, name, isVisible: true };
  }

  const get = (session: Session, url: string) => session.request({ method: "GET", url });
  const statusOf = async (session: Session, url: string) => (await get(session, url)).statusCode;
  const visible = (reference: Reference, isVisible: boolean) => ({ ...reference, isVisible });

  it("names a volunteer's teams with isVisible, and a team not visible answers 404", async () => {
    const created = await city.request({
      method: "POST",
      url: "/api/volunteers",
      payload: {
        name: "引用测试志愿者",
        idNumber: freshIdNumber(),
        regionCode: nanmen,
        teamIds: [nanmenTeam.id, jiangxiaTeam.id, yuyaoTeam.id],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;

    const asStation = (await get(station, `/api/volunteers/${id}`)).json();
    expect(asStation.teams).toEqual([
      visible(nanmenTeam, true),
      visible(jiangxiaTeam, false),
      visible(yuyaoTeam, false),
    ]);
    expect(await statusOf(station, `/api/volunteer-teams/${nanmenTeam.id}`)).toBe(200);
    expect(await statusOf(station, `/api/volunteer-teams/${jiangxiaTeam.id}`)).toBe(404);
    expect(await statusOf(station, `/api/volunteer-teams/${yuyaoTeam.id}`)).toBe(404);

    // The list answers the same references as the detail.
    const listed = (await get(station, `/api/volunteers?teamId=${nanmenTeam.id}`)).json().items;
    expect(listed.find((volunteer: { id: number }) => volunteer.id === id).teams).toEqual(asStation.teams);

    const asHaishu = (await get(haishu, `/api/volunteers/${id}`)).json();
    expect(asHaishu.teams).toEqual([
      visible(nanmenTeam, true),
      visible(jiangxiaTeam, true),
      visible(yuyaoTeam, false),
    ]);
    expect(await statusOf(haishu, `/api/volunteer-teams/${jiangxiaTeam.id}`)).toBe(200);
    expect(await statusOf(haishu, `/api/volunteer-teams/${yuyaoTeam.id}`)).toBe(404);

    // The other way round: a 余姚 volunteer in a 海曙 team, as yuyao sees it.
    const fromYuyao = await city.request({
      method: "POST",
      url: "/api/volunteers",
      payload: {
        name: "引用测试余姚志愿者",
        idNumber: freshIdNumber(),
        regionCode: yuyaoStreet,
        teamIds: [yuyaoTeam.id, nanmenTeam.id],
      },
    });
    expect(fromYuyao.statusCode, fromYuyao.body).toBe(201);
    const asYuyao = (await get(yuyao, `/api/volunteers/${fromYuyao.json().id}`)).json();
    // Teams are listed by joining date, then by id.
    expect(asYuyao.teams).toEqual([visible(nanmenTeam, false), visible(yuyaoTeam, true)]);
    expect(await statusOf(yuyao, `/api/volunteer-teams/${nanmenTeam.id}`)).toBe(404);
    expect((await get(city, `/api/volunteers/${fromYuyao.json().id}`)).json().teams).toEqual([
      visible(nanmenTeam, true),
      visible(yuyaoTeam, true),
    ]);

    // An edit that keeps the memberships sends the invisible team's id back unchanged.
    const kept = await station.request({
      method: "PATCH",
      url: `/api/volunteers/${id}`,
      payload: { phone: "13900001111", teamIds: asStation.teams.map((team: Reference) => team.id) },
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().teams).toEqual(asStation.teams);
  });

  it("names a service record's team with isVisible", async () => {
    const created = await city.request({
      method: "POST",
      url: "/api/volunteers",
      payload: { name: "引用测试记录志愿者", idNumber: freshIdNumber(), regionCode: nanmen },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    for (const team of [nanmenTeam, yuyaoTeam]) {
      const recorded = await city.request({
        method: "POST",
        url: `/api/volunteers/${id}/service-records`,
        payload: {
          content: "走访慰问独居老人",
          serviceDate: "2026-11-20",
          place: "南门街道某社区",
          hours: 2,
          recordingOrganization: "南门街道社会工作服务站",
          confirmedBy: "李晓梅",
          teamId: team.id,
        },
      });
      expect(recorded.statusCode, recorded.body).toBe(201);
      expect(recorded.json().team).toEqual(visible(team, true));
    }
    const records = (await get(station, `/api/volunteers/${id}/service-records`)).json().items;
    expect(records.map((record: { team: Reference }) => record.team)).toEqual(
      expect.arrayContaining([visible(nanmenTeam, true), visible(yuyaoTeam, false)]),
    );
    expect(records).toHaveLength(2);
  });

  it("names a team's social organization with isVisible", async () => {
    const team = (await get(station, `/api/volunteer-teams/${nanmenTeam.id}`)).json();
    expect(team.socialOrganization).toEqual({ ...yuyaoOrganization, isVisible: false });
    expect(await statusOf(station, `/api/social-organizations/${yuyaoOrganization.id}`)).toBe(404);
    const inYuyao = (await get(yuyao, `/api/volunteer-teams/${yuyaoTeam.id}`)).json();
    expect(inYuyao.socialOrganization).toEqual({ ...nanmenOrganization, isVisible: false });
    expect(await statusOf(yuyao, `/api/social-organizations/${nanmenOrganization.id}`)).toBe(404);
    const listed = (await get(haishu, "/api/volunteer-teams?q=引用测试")).json().items;
    expect(
      listed.map((row: { id: number; socialOrganization: Reference }) => [row.id, row.socialOrganization]),
    ).toEqual(
      expect.arrayContaining([
        [nanmenTeam.id, { ...yuyaoOrganization, isVisible: false }],
        [jiangxiaTeam.id, { ...nanmenOrganization, isVisible: true }],
      ]),
    );
    expect(await statusOf(haishu, `/api/social-organizations/${nanmenOrganization.id}`)).toBe(200);
  });

  it("names a platform's operator organization with isVisible", async () => {
    const community = (
      await t.ctx.db
        .selectFrom("regions")
        .select("code")
        .where("parent_code", "=", nanmen)
        .orderBy("code")
        .executeTakeFirstOrThrow()
    ).code;
    const created = await city.request({
      method: "POST",
      url: "/api/platforms",
      payload: {
        kind: "room",
        name: "引用测试社会工作服务室",
        regionCode: community,
        facilities: [],
        operatorOrganizationId: yuyaoOrganization.id,
        status: "operating",
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const platform = created.json();
    expect(platform.operatorOrganization).toEqual({ ...yuyaoOrganization, isVisible: true });
    const asStation = (await get(station, `/api/platforms/${platform.id}`)).json();
    expect(asStation.operatorOrganization).toEqual({ ...yuyaoOrganization, isVisible: false });
    const listed = (await get(haishu, `/api/platforms?q=引用测试`)).json().items;
    expect(listed.map((row: { operatorOrganization: Reference }) => row.operatorOrganization)).toEqual([
      { ...yuyaoOrganization, isVisible: false },
    ]);
    expect(await statusOf(haishu, `/api/social-organizations/${yuyaoOrganization.id}`)).toBe(404);
    expect(await statusOf(yuyao, `/api/social-organizations/${yuyaoOrganization.id}`)).toBe(200);
  });

  it("names a social worker's employer with isVisible, also after the employer moved out of scope", async () => {
    const platformId = await makePlatform(t.ctx.db, "引用测试南门社工站", nanmen);
    const created = await city.request({
      method: "POST",
      url: "/api/social-workers",
      payload: workerBody({ platformId, idNumber: validIdNumber("330203", "19880808", "357") }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const employer = { kind: "platform", id: platformId, name: "引用测试南门社工站" };
    expect((await get(station, `/api/social-workers/${id}`)).json().employer).toEqual({
      ...employer,
      isVisible: true,
    });
    expect(await statusOf(station, `/api/platforms/${platformId}`)).toBe(200);

    const moved = await city.request({
      method: "PATCH",
      url: `/api/platforms/${platformId}`,
      payload: { regionCode: yuyaoStreet },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await get(station, `/api/social-workers/${id}`)).json().employer).toEqual({
      ...employer,
      isVisible: false,
    });
    const listed = (await get(haishu, `/api/social-workers?platformId=${platformId}`)).json().items;
    expect(listed.map((worker: { employer: unknown }) => worker.employer)).toEqual([
      {
        ...employer,
        isVisible: false,
      },
    ]);
    expect(await statusOf(station, `/api/platforms/${platformId}`)).toBe(404);
    expect(await statusOf(city, `/api/platforms/${platformId}`)).toBe(200);
  });
});
