import { defaultStarThresholds } from "@xinqiao/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cityWithoutDemoData,
  newVolunteerTeam,
  newVolunteer as registeredVolunteer,
  signedInAs,
} from "../../../test/factories.ts";
import { dialects, type Session, type TestApp } from "../../../test/harness.ts";
import { freshIdNumber } from "./volunteers.testing.ts";

const haishuDistrict = "330203000000";
const nanmen = "330203001000";
const jiangxia = "330203002000";
const organization = "南门街道社会工作服务站";

describe.each(dialects)("volunteer hours, certificates and teams on %s", (dialect) => {
  let t: TestApp;
  let haishu: Session;
  let station: Session;
  let worker: Session;
  let leader: Session;
  let yuyao: Session;
  let jiangbei: Session;

  // Nothing here needs the demo city: the users and records each test is about are made for it.
  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    haishu = await signedInAs(t, "district_officer", haishuDistrict);
    station = await signedInAs(t, "station_staff", nanmen);
    worker = await signedInAs(t, "social_worker", nanmen);
    leader = await signedInAs(t, "leader", "330200000000");
    yuyao = await signedInAs(t, "district_officer", "330281000000");
    jiangbei = await signedInAs(t, "district_officer", "330205000000");
  });
  afterAll(() => t.close());

  // biome-ignore lint/suspicious/noExplicitAny: the tests read the answer's fields as the API sends them.
  const newVolunteer = (overrides: Record<string, unknown> = {}, session = haishu): Promise<any> =>
    registeredVolunteer(session, nanmen, overrides);
  const record = (session: Session, volunteerId: number, payload: Record<string, unknown>) =>
    session.request({
      method: "POST",
      url: `/api/volunteers/${volunteerId}/service-records`,
      payload: {
        content: "走访慰问独居老人",
        serviceDate: "2026-11-20",
        place: "南门街道某社区党群服务中心",
        hours: 4,
        recordingOrganization: organization,
        confirmedBy: "李晓梅",
        ...payload,
      },
    });
  const detailOf = async (id: number, session = haishu) =>
    (await session.request({ method: "GET", url: `/api/volunteers/${id}` })).json();

  it("adds service records to the ledger: cumulative hours and star level move in the same transaction", async () => {
    const volunteer = await newVolunteer();
    const first = await record(worker, volunteer.id, { hours: 3.5 });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      entryKind: "earned",
      hours: 3.5,
      recordingOrganization: organization,
    });
    await record(worker, volunteer.id, { hours: 24, serviceDate: "2026-10-02" });
    const detail = await detailOf(volunteer.id);
    expect(detail).toMatchObject({ totalHours: 27.5, balanceHours: 27.5, recordCount: 2, starLevel: 0 });
    expect(detail.nextStarAt).toBe(defaultStarThresholds[0]);
    expect(detail.recordingOrganizations).toEqual([{ name: organization, hours: 27.5 }]);
    const ledger = (
      await haishu.request({ method: "GET", url: `/api/volunteers/${volunteer.id}/service-records` })
    ).json();
    expect(ledger.total).toBe(2);
    expect(ledger.items[0].serviceDate).toBe("2026-11-20");
    const audits = await t.ctx.db
      .selectFrom("audit_log")
      .select("after_json")
      .where("entity", "=", "volunteer")
      .where("entity_id", "=", String(volunteer.id))
      .where("action", "=", "volunteer.hours.record")
      .execute();
    expect(audits).toHaveLength(2);
    expect(JSON.parse(audits[1]?.after_json ?? "{}")).toMatchObject({
      hours: 24,
      totalHours: 27.5,
      confirmedBy: "李晓梅",
    });

    // Star levels follow the configured thresholds when the setting exists.
    await t.ctx.db
      .insertInto("settings")
      .values({
        key: "volunteer.starThresholds",
        value_json: "[10, 20, 30, 40, 50]",
        updated_at: "2026-11-30T08:00:00.000Z",
        updated_by: null,
      })
      .execute();
    try {
      const configured = await detailOf(volunteer.id);
      expect(configured).toMatchObject({
        starLevel: 2,
        nextStarAt: 30,
        starThresholds: [10, 20, 30, 40, 50],
      });
      const listed = (
        await haishu.request({
          method: "GET",
          url: `/api/volunteers?starLevel=2&q=${encodeURIComponent("孙丽华")}&pageSize=200`,
        })
      ).json();
      expect(listed.items.map((v: { id: number }) => v.id)).toContain(volunteer.id);
    } finally {
      await t.ctx.db.deleteFrom("settings").where("key", "=", "volunteer.starThresholds").execute();
    }
    expect((await detailOf(volunteer.id)).starLevel).toBe(0);
  });

  it("validates each record as 民政部令第67号 requires", async () => {
    const volunteer = await newVolunteer();
    const tooLong = await record(haishu, volunteer.id, { hours: 24.5 });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.fields).toEqual([
      { path: "hours", message: "时长：单条服务记录不能超过 24 小时" },
    ]);
    const missing = await record(haishu, volunteer.id, { content: "", place: "", confirmedBy: "", hours: 0 });
    const messages = missing.json().error.fields.map((f: { message: string }) => f.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "服务内容：不能为空",
        "服务地点：不能为空",
        "确认人：不能为空",
        "时长：须大于 0",
      ]),
    );
    const future = await record(haishu, volunteer.id, { serviceDate: "2026-12-31" });
    expect(future.json().error.fields).toEqual([{ path: "serviceDate", message: "服务日期：不能晚于今天" }]);
    // freshIdNumber's volunteers are born 1985–1994: a certificate must not attest service before that.
    const beforeBirth = await record(haishu, volunteer.id, { serviceDate: "1980-01-01" });
    expect(beforeBirth.statusCode).toBe(400);
    expect(beforeBirth.json().error.fields).toEqual([
      { path: "serviceDate", message: "服务日期：不能早于志愿者的出生日期" },
    ]);
    expect((await record(leader, volunteer.id, {})).statusCode).toBe(403);
    expect((await detailOf(volunteer.id)).totalHours).toBe(0);
  });

  it("redeems time-bank hours within the balance only, without lowering cumulative hours", async () => {
    const volunteer = await newVolunteer();
    await record(haishu, volunteer.id, { hours: 10 });
    const tooMuch = await record(haishu, volunteer.id, {
      entryKind: "redeemed",
      hours: 10.5,
      content: "兑换助餐服务",
    });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().error.fields).toEqual([
      { path: "hours", message: "时长：兑换时长不能超过可用余额 10 小时" },
    ]);
    const redeemed = await record(haishu, volunteer.id, {
      entryKind: "redeemed",
      hours: 6,
      content: "兑换助餐服务",
    });
    expect(redeemed.statusCode, redeemed.body).toBe(201);
    expect(redeemed.json()).toMatchObject({ entryKind: "redeemed", hours: -6 });
    expect(await detailOf(volunteer.id)).toMatchObject({ totalHours: 10, redeemedHours: 6, balanceHours: 4 });
    const again = await record(haishu, volunteer.id, {
      entryKind: "redeemed",
      hours: 5,
      content: "兑换理发",
    });
    expect(again.statusCode).toBe(400);
    const onlyRedemptions = (
      await haishu.request({
        method: "GET",
        url: `/api/volunteers/${volunteer.id}/service-records?entryKind=redeemed`,
      })
    ).json();
    expect(onlyRedemptions.total).toBe(1);
  });

  it("issues certificates numbered per year, by the organization that recorded the hours", async () => {
    const volunteer = await newVolunteer({ name: "证明测试员" });
    await record(haishu, volunteer.id, { hours: 6, serviceDate: "2026-03-01" });
    await record(haishu, volunteer.id, { hours: 4, serviceDate: "2026-09-01" });
    await record(haishu, volunteer.id, {
      hours: 5,
      serviceDate: "2026-09-02",
      recordingOrganization: "海曙区志愿者协会",
    });
    const issue = (payload: Record<string, unknown>, session = haishu) =>
      session.request({ method: "POST", url: `/api/volunteers/${volunteer.id}/certificates`, payload });

    const first = await issue({ issuingOrganization: organization });
    expect(first.statusCode, first.body).toBe(201);
    const certificate = first.json();
    expect(certificate.certificateNumber).toMatch(/^ZYFW-2026-\d{6}$/);
    expect(certificate).toMatchObject({
      issuedOn: "2026-11-30",
      issuingOrganization: organization,
      totalHours: 10,
      recordCount: 2,
      volunteer: {
        name: "证明测试员",
        idNumber: volunteer.idNumber,
        volunteerNumber: volunteer.volunteerNumber,
      },
    });
    expect(certificate.records.map((r: { hours: number }) => r.hours)).toEqual([6, 4]);
    expect(certificate.yearSummary).toEqual([{ year: "2026", count: 2, hours: 10 }]);
    expect(certificate.mainContents).toEqual(["走访慰问独居老人"]);

    const second = (
      await issue(
        { issuingOrganization: organization, periodFrom: "2026-06-01", periodTo: "2026-10-31" },
        station,
      )
    ).json();
    expect(Number(second.certificateNumber.slice(-6))).toBe(
      Number(certificate.certificateNumber.slice(-6)) + 1,
    );
    expect(second).toMatchObject({
      totalHours: 4,
      periodFrom: "2026-06-01",
      periodTo: "2026-10-31",
      recordCount: 1,
    });

    const notRecorder = await issue({ issuingOrganization: "某个没有记录的组织" });
    expect(notRecorder.statusCode).toBe(400);
    expect(notRecorder.json().error.fields[0].message).toMatch(/^出具组织：该组织在所选期间没有记录/);
    const badPeriod = await issue({
      issuingOrganization: organization,
      periodFrom: "2026-10-01",
      periodTo: "2026-01-01",
    });
    expect(badPeriod.json().error.fields).toEqual([
      { path: "periodTo", message: "截止日期：不能早于起始日期" },
    ]);

    // A record added later does not change what an issued certificate shows.
    t.clock.advance(60);
    await record(haishu, volunteer.id, { hours: 2, serviceDate: "2026-05-01" });
    const printed = (
      await haishu.request({
        method: "GET",
        url: `/api/volunteers/${volunteer.id}/certificates/${certificate.id}`,
      })
    ).json();
    expect(printed).toMatchObject({ totalHours: 10, recordCount: 2 });
    const listed = (
      await haishu.request({ method: "GET", url: `/api/volunteers/${volunteer.id}/certificates` })
    ).json();
    expect(listed.map((c: { id: number }) => c.id)).toEqual([second.id, certificate.id]);
    const history = (
      await haishu.request({ method: "GET", url: `/api/volunteers/${volunteer.id}/history` })
    ).json();
    expect(
      history.filter((e: { action: string }) => e.action === "volunteer.certificate.issue"),
    ).toHaveLength(2);

    // Outside the scope the certificate does not exist.
    const hidden = await yuyao.request({
      method: "GET",
      url: `/api/volunteers/${volunteer.id}/certificates/${certificate.id}`,
    });
    expect(hidden.statusCode).toBe(404);
    expect((await issue({ issuingOrganization: organization }, leader)).statusCode).toBe(403);
  });

  it("manages teams: create, members in and out, counts and hours, scope, duplicate names, deactivate", async () => {
    const created = await haishu.request({
      method: "POST",
      url: "/api/volunteer-teams",
      payload: {
        name: "南门街道测试志愿服务队",
        regionCode: nanmen,
        leaderName: "王队长",
        foundedOn: "2020-01-01",
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const team = created.json();
    expect(team).toMatchObject({ memberCount: 0, totalHours: 0, abilities: { manageMembers: true } });
    const duplicate = await haishu.request({
      method: "POST",
      url: "/api/volunteer-teams",
      payload: { name: "南门街道测试志愿服务队", regionCode: nanmen },
    });
    expect(duplicate.statusCode).toBe(409);
    const a = await newVolunteer({ name: "队员甲" });
    const b = await newVolunteer({ name: "队员乙", teamIds: [team.id] });
    expect(b.teams).toEqual([{ id: team.id, name: "南门街道测试志愿服务队", isVisible: true }]);
    await record(haishu, a.id, { hours: 5, teamId: team.id });
    await record(haishu, b.id, { hours: 3 });
    const otherStreet = await newVolunteer({ name: "队员丙", regionCode: jiangxia });

    const added = await station.request({
      method: "POST",
      url: `/api/volunteer-teams/${team.id}/members`,
      payload: { volunteerIds: [a.id, b.id, otherStreet.id, 999999] },
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().results).toEqual([
      { volunteerId: a.id, ok: true, message: "added" },
      { volunteerId: b.id, ok: true, message: "already_member" },
      { volunteerId: otherStreet.id, ok: false, message: "志愿者不存在或不在您的管辖范围内" },
      { volunteerId: 999999, ok: false, message: "志愿者不存在或不在您的管辖范围内" },
    ]);
    const detail = (await haishu.request({ method: "GET", url: `/api/volunteer-teams/${team.id}` })).json();
    expect(detail).toMatchObject({ memberCount: 2, totalHours: 8, hoursWithTeam: 5 });
    const members = (
      await haishu.request({ method: "GET", url: `/api/volunteers?teamId=${team.id}` })
    ).json();
    expect(members.items.map((v: { id: number }) => v.id).sort()).toEqual([a.id, b.id].sort());
    const teams = (await haishu.request({ method: "GET", url: "/api/volunteer-teams?q=nmjdcs" })).json();
    expect(teams.items.map((x: { id: number }) => x.id)).toContain(team.id);

    const removed = await haishu.request({
      method: "DELETE",
      url: `/api/volunteer-teams/${team.id}/members/${b.id}`,
    });
    expect(removed.statusCode).toBe(204);
    expect((await detailOf(b.id)).teams).toEqual([]);
    const again = await haishu.request({
      method: "DELETE",
      url: `/api/volunteer-teams/${team.id}/members/${b.id}`,
    });
    expect(again.statusCode).toBe(404);

    const jiangbeiTeam = (await newVolunteerTeam(jiangbei, "330205001000")).id;
    expect(
      (await haishu.request({ method: "GET", url: `/api/volunteer-teams/${jiangbeiTeam}` })).statusCode,
    ).toBe(404);
    const joinForeign = await haishu.request({
      method: "POST",
      url: "/api/volunteers",
      payload: { name: "外队", idNumber: freshIdNumber(), regionCode: nanmen, teamIds: [jiangbeiTeam] },
    });
    expect(joinForeign.statusCode).toBe(400);
    expect(joinForeign.json().error.fields[0].path).toBe("teamIds.0");

    const off = (
      await haishu.request({ method: "POST", url: `/api/volunteer-teams/${team.id}/deactivate` })
    ).json();
    expect(off).toMatchObject({ isActive: false, abilities: { activate: true, manageMembers: false } });
    const closed = await haishu.request({
      method: "POST",
      url: `/api/volunteer-teams/${team.id}/members`,
      payload: { volunteerIds: [b.id] },
    });
    expect(closed.statusCode).toBe(400);
    const history = (
      await haishu.request({ method: "GET", url: `/api/volunteer-teams/${team.id}/history` })
    ).json();
    expect(history.map((e: { action: string }) => e.action)).toEqual([
      "volunteerTeam.deactivate",
      "volunteerTeam.members.remove",
      "volunteerTeam.members.add",
      "volunteerTeam.create",
    ]);
    const exported = await haishu.request({ method: "GET", url: "/api/volunteer-teams/export?q=nmjdcs" });
    expect(exported.statusCode).toBe(200);
  });
});
