import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cityWithoutDemoData,
  newClient,
  newVolunteer,
  newVolunteerTeam,
  signedInAs,
} from "../../../test/factories.ts";
import { dialects, requestUserOf, type Session, type TestApp } from "../../../test/harness.ts";
import { confirmHours } from "./activitySignups.service.ts";

const haishuDistrict = "330203000000";
const nanmen = "330203001000";

describe.each(dialects)("activities and volunteer recruitment on %s", (dialect) => {
  let t: TestApp;
  let haishu: Session;
  let station: Session;
  let supervisor: Session;
  let leader: Session;
  let jiangbei: Session;
  let platformId: number;
  let community: string;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    haishu = await signedInAs(t, "district_officer", haishuDistrict);
    station = await signedInAs(t, "station_staff", nanmen);
    supervisor = await signedInAs(t, "supervisor", haishuDistrict);
    leader = await signedInAs(t, "leader", "330200000000");
    jiangbei = await signedInAs(t, "district_officer", "330205000000");
    community = (
      await t.ctx.db
        .selectFrom("regions")
        .select("code")
        .where("parent_code", "=", nanmen)
        .orderBy("code")
        .executeTakeFirstOrThrow()
    ).code;
    const platform = await haishu.request({
      method: "POST",
      url: "/api/platforms",
      payload: {
        kind: "station",
        name: "南门街道社会工作服务站",
        regionCode: nanmen,
        address: "南门街道测试路 1 号",
        floorArea: 60,
        facilities: ["办公场地"],
        operatorOrganizationId: null,
        openedOn: "2024-03-01",
        status: "operating",
      },
    });
    expect(platform.statusCode, platform.body).toBe(201);
    platformId = platform.json().id;
  });
  afterAll(() => t.close());

  // biome-ignore lint/suspicious/noExplicitAny: the tests read the answer's fields as the API sends them.
  const newActivity = async (overrides: Record<string, unknown> = {}, publish = true): Promise<any> => {
    const created = await station.request({
      method: "POST",
      url: "/api/activities",
      payload: {
        name: "长者健康互助小组",
        method: "group",
        domain: "养老服务",
        date: "2026-11-30",
        startTime: "09:00",
        endTime: "11:30",
        place: "南门街道社区活动室",
        regionCode: community,
        organizerKind: "platform",
        organizerId: platformId,
        volunteerPlaces: 2,
        volunteerSkills: ["陪伴探访"],
        recruitTarget: "area",
        recruitRegionCode: nanmen,
        ...overrides,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    if (!publish) return created.json();
    const published = await station.request({
      method: "POST",
      url: `/api/activities/${created.json().id}/publish`,
    });
    expect(published.statusCode, published.body).toBe(200);
    return published.json();
  };
  const signUp = (activityId: number, volunteerId: number) =>
    station.request({
      method: "POST",
      url: `/api/activities/${activityId}/signups`,
      payload: { volunteerId },
    });
  const attend = (activityId: number, signupId: number, payload: Record<string, unknown>) =>
    station.request({
      method: "POST",
      url: `/api/activities/${activityId}/signups/${signupId}/attendance`,
      payload,
    });
  const volunteerDetail = async (id: number) =>
    (await haishu.request({ method: "GET", url: `/api/volunteers/${id}` })).json();
  const ledgerOf = (volunteerId: number) =>
    t.ctx.db
      .selectFrom("volunteer_service_records")
      .selectAll()
      .where("volunteer_id", "=", volunteerId)
      .orderBy("id")
      .execute();

  it("creates, publishes and cancels an activity with its audit; a user outside the scope neither sees nor changes it", async () => {
    const client = await newClient(station, community);
    const activity = await newActivity({ participantIds: [client.id], unregisteredCount: 12 });
    expect(activity).toMatchObject({
      status: "published",
      organizer: { id: platformId, isVisible: true },
      participantCount: 1,
      participants: [{ id: client.id, name: client.name }],
      abilities: { signUp: true, confirmHours: true, publish: false },
    });
    const outside = await jiangbei.request({ method: "GET", url: `/api/activities/${activity.id}` });
    expect(outside.statusCode).toBe(404);
    expect(outside.body).not.toContain(activity.name);
    const change = await jiangbei.request({
      method: "PATCH",
      url: `/api/activities/${activity.id}`,
      payload: { name: "改名" },
    });
    expect(change.statusCode).toBe(404);
    const list = (await jiangbei.request({ method: "GET", url: "/api/activities" })).json();
    expect(list.items.map((item: { id: number }) => item.id)).not.toContain(activity.id);
    expect(
      (
        await supervisor.request({
          method: "POST",
          url: `/api/activities/${activity.id}/cancel`,
          payload: { reason: "改期" },
        })
      ).statusCode,
    ).toBe(403);
    // The leader reads the activity but not who took part (participants are clients).
    const seenByLeader = (
      await leader.request({ method: "GET", url: `/api/activities/${activity.id}` })
    ).json();
    expect(seenByLeader).toMatchObject({ participantCount: 1, participants: [] });
    expect(JSON.stringify(seenByLeader)).not.toContain(client.name);
    const cancelled = await station.request({
      method: "POST",
      url: `/api/activities/${activity.id}/cancel`,
      payload: { reason: "天气原因" },
    });
    expect(cancelled.json()).toMatchObject({ status: "cancelled", cancelReason: "天气原因" });
    const actions = await t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "activity")
      .where("entity_id", "=", String(activity.id))
      .orderBy("id")
      .execute();
    expect(actions.map((row) => row.action)).toEqual([
      "activity.create",
      "activity.publish",
      "activity.cancel",
    ]);
  });

  it("refuses an organizer, a participant or a region outside the scope, naming the field", async () => {
    const yuyaoStation = await t.ctx.db
      .selectFrom("regions")
      .select("code")
      .where("parent_code", "=", "330281000000")
      .orderBy("code")
      .executeTakeFirstOrThrow();
    const response = await station.request({
      method: "POST",
      url: "/api/activities",
      payload: {
        name: "越界活动",
        method: "community",
        domain: "社区建设",
        date: "2026-12-05",
        startTime: "14:00",
        endTime: "13:00",
        place: "某地",
        regionCode: yuyaoStation.code,
        organizerKind: "platform",
        organizerId: 999999,
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { path: string }) => f.path)).toEqual(["endTime"]);
    const scoped = await station.request({
      method: "POST",
      url: "/api/activities",
      payload: {
        name: "越界活动",
        method: "community",
        domain: "社区建设",
        date: "2026-12-05",
        startTime: "14:00",
        endTime: "16:00",
        place: "某地",
        regionCode: yuyaoStation.code,
        organizerKind: "platform",
        organizerId: 999999,
        participantIds: [999999],
      },
    });
    expect(scoped.statusCode).toBe(400);
    expect(scoped.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      "regionCode",
      "organizerId",
      "participantIds",
    ]);
  });

  it("enforces the volunteer places under concurrent sign-ups", async () => {
    const activity = await newActivity({ volunteerPlaces: 2 });
    // One after another: the sign-ups are what runs concurrently here.
    const volunteers: { id: number }[] = [];
    for (const n of "甲乙丙丁戊")
      volunteers.push(await newVolunteer(haishu, nanmen, { name: `报名志愿者${n}` }));
    const answers = await Promise.all(volunteers.map((volunteer) => signUp(activity.id, volunteer.id)));
    const codes = answers.map((answer) => answer.statusCode).sort();
    expect(codes).toEqual([201, 201, 409, 409, 409]);
    expect(answers.find((answer) => answer.statusCode === 409)?.json().error.message).toBe("志愿者名额已满");
    const row = await t.ctx.db
      .selectFrom("activity_signups")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("activity_id", "=", activity.id)
      .executeTakeFirstOrThrow();
    expect(Number(row.n)).toBe(2);
    const detail = (await station.request({ method: "GET", url: `/api/activities/${activity.id}` })).json();
    expect(detail.signedUpCount).toBe(2);
    // A withdrawal frees its place for the next volunteer.
    const withdrawn = await station.request({
      method: "POST",
      url: `/api/activities/${activity.id}/signups/${detail.signups[0].id}/withdraw`,
    });
    expect(withdrawn.json().signedUpCount).toBe(1);
    const refused = answers.findIndex((answer) => answer.statusCode === 409);
    expect((await signUp(activity.id, (volunteers[refused] as { id: number }).id)).statusCode).toBe(201);
  });

  it("offers the places to whom the activity was published for: the area's volunteers, or the named teams' members", async () => {
    const inArea = await newActivity({ recruitTarget: "area", recruitRegionCode: community });
    const otherCommunity = (
      await t.ctx.db
        .selectFrom("regions")
        .select("code")
        .where("parent_code", "=", nanmen)
        .where("code", "!=", community)
        .orderBy("code")
        .executeTakeFirstOrThrow()
    ).code;
    const elsewhere = await newVolunteer(haishu, otherCommunity, { name: "邻社区志愿者" });
    const refused = await signUp(inArea.id, elsewhere.id);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([
      { path: "volunteerId", message: "志愿者：不在本活动的招募区域内" },
    ]);
    const team = await newVolunteerTeam(haishu, nanmen);
    const member = await newVolunteer(haishu, nanmen, { name: "队员志愿者" });
    await haishu.request({
      method: "POST",
      url: `/api/volunteer-teams/${team.id}/members`,
      payload: { volunteerIds: [member.id] },
    });
    const forTeams = await newActivity({
      recruitTarget: "teams",
      recruitTeamIds: [team.id],
      recruitRegionCode: null,
    });
    expect((await signUp(forTeams.id, member.id)).statusCode).toBe(400);
    const withTeam = await station.request({
      method: "POST",
      url: `/api/activities/${forTeams.id}/signups`,
      payload: { volunteerId: member.id, teamId: team.id },
    });
    expect(withTeam.statusCode, withTeam.body).toBe(201);
    expect(withTeam.json().signups[0].team).toMatchObject({ id: team.id, isVisible: true });
  });

  it("confirms the hours into the ledger and the cumulative hours at once; twice is refused; a correction reverses", async () => {
    const activity = await newActivity();
    const volunteer = await newVolunteer(haishu, nanmen, { name: "时长志愿者" });
    const before = await volunteerDetail(volunteer.id);
    const signed = (await signUp(activity.id, volunteer.id)).json();
    const signupId = signed.signups[0].id;
    const attended = await attend(activity.id, signupId, { checkInAt: "09:00", checkOutAt: "11:20" });
    expect(attended.json().signups[0]).toMatchObject({
      checkInAt: "09:00",
      checkOutAt: "11:20",
      suggestedHours: 2.5,
    });
    const confirmed = await station.request({
      method: "POST",
      url: `/api/activities/${activity.id}/hours/confirm`,
      payload: { entries: [] },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({
      status: "done",
      abilities: { confirmHours: false, reverseHours: true },
    });
    const entry = confirmed.json().signups[0].ledgerEntry;
    expect(entry).toMatchObject({ hours: 2.5, isReversed: false });
    const ledger = await ledgerOf(volunteer.id);
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({
      id: entry.id,
      source_kind: "activity",
      source_id: activity.id,
      content: activity.name,
    });
    expect((await volunteerDetail(volunteer.id)).totalHours).toBe(before.totalHours + 2.5);

    const again = await station.request({
      method: "POST",
      url: `/api/activities/${activity.id}/hours/confirm`,
      payload: { entries: [] },
    });
    expect(again.statusCode).toBe(409);
    expect(await ledgerOf(volunteer.id)).toHaveLength(1);

    const reversal = await station.request({
      method: "POST",
      url: `/api/volunteers/${volunteer.id}/service-records/${entry.id}/reversal`,
      payload: { reason: "签退时间录错" },
    });
    expect(reversal.statusCode, reversal.body).toBe(201);
    const corrected = (
      await station.request({ method: "GET", url: `/api/activities/${activity.id}` })
    ).json();
    expect(corrected.signups[0].ledgerEntry.isReversed).toBe(true);
    expect((await volunteerDetail(volunteer.id)).totalHours).toBe(before.totalHours);
  });

  it("posts once when two confirmations arrive at the same moment", async () => {
    const activity = await newActivity();
    const volunteer = await newVolunteer(haishu, nanmen, { name: "并发确认志愿者" });
    const signupId = (await signUp(activity.id, volunteer.id)).json().signups[0].id;
    await attend(activity.id, signupId, { checkInAt: "09:00", checkOutAt: "10:00" });
    const confirm = () =>
      station.request({
        method: "POST",
        url: `/api/activities/${activity.id}/hours/confirm`,
        payload: { entries: [] },
      });
    const codes = (await Promise.all([confirm(), confirm()])).map((answer) => answer.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    expect(await ledgerOf(volunteer.id)).toHaveLength(1);
    expect((await volunteerDetail(volunteer.id)).totalHours).toBe(1);
  });

  it("takes hours edited before confirming, and leaves everything as it was when the confirmation fails half-way", async () => {
    const activity = await newActivity();
    const volunteer = await newVolunteer(haishu, nanmen, { name: "回滚志愿者" });
    const signupId = (await signUp(activity.id, volunteer.id)).json().signups[0].id;
    await attend(activity.id, signupId, { checkInAt: "09:00", checkOutAt: "10:00" });
    const user = await requestUserOf(t, station);
    const failing = {
      afterPosting: async () => {
        throw new Error("injected: the disk is full");
      },
    };
    await expect(
      confirmHours(t.ctx, user, activity.id, { entries: [{ signupId, hours: 3 }] }, null, failing),
    ).rejects.toThrow("injected");
    expect(await ledgerOf(volunteer.id)).toHaveLength(0);
    expect((await volunteerDetail(volunteer.id)).totalHours).toBe(0);
    const unchanged = (
      await station.request({ method: "GET", url: `/api/activities/${activity.id}` })
    ).json();
    expect(unchanged).toMatchObject({ status: "published", hoursConfirmedAt: null });
    expect(unchanged.signups[0].ledgerEntry).toBeNull();
    const audits = await t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "in", ["activity.hours.confirm", "volunteer.hours.record"])
      .where("after_json", "like", `%${activity.name}%`)
      .execute();
    expect(audits.filter((row) => row.action === "activity.hours.confirm")).toHaveLength(0);

    const confirmed = await station.request({
      method: "POST",
      url: `/api/activities/${activity.id}/hours/confirm`,
      payload: { entries: [{ signupId, hours: 3 }] },
    });
    expect(confirmed.json().signups[0].ledgerEntry.hours).toBe(3);
    expect((await volunteerDetail(volunteer.id)).totalHours).toBe(3);
  });

  it("checks in and out by the QR code's signed token; a forged or expired token is refused", async () => {
    const activity = await newActivity();
    const volunteer = await newVolunteer(haishu, nanmen, { name: "扫码志愿者", phone: "13912345678" });
    await signUp(activity.id, volunteer.id);
    const link = await station.request({
      method: "POST",
      url: `/api/activities/${activity.id}/checkin-link`,
    });
    expect(link.statusCode, link.body).toBe(200);
    const { token } = link.json();
    expect(
      (await leader.request({ method: "POST", url: `/api/activities/${activity.id}/checkin-link` }))
        .statusCode,
    ).toBe(403);

    const anonymous = t.app;
    const page = await anonymous.inject({
      method: "GET",
      url: `/api/activity-checkin?token=${encodeURIComponent(token)}`,
    });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ name: activity.name, startTime: "09:00" });
    const forged = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    const otherActivity = token.replace(/^\d+/, String(activity.id + 1000));
    for (const bad of [forged, otherActivity]) {
      const refused = await anonymous.inject({
        method: "GET",
        url: `/api/activity-checkin?token=${encodeURIComponent(bad)}`,
      });
      expect(refused.statusCode).toBe(404);
    }
    const post = (payload: Record<string, unknown>) =>
      anonymous.inject({ method: "POST", url: "/api/activity-checkin", payload: { token, ...payload } });
    const wrongPhone = await post({ volunteerNumber: volunteer.volunteerNumber, phoneLast4: "0000" });
    expect(wrongPhone.statusCode).toBe(404);
    const checkin = await post({ volunteerNumber: volunteer.volunteerNumber, phoneLast4: "5678" });
    expect(checkin.statusCode, checkin.body).toBe(200);
    expect(checkin.json()).toMatchObject({ action: "checkin", at: "16:00" });
    expect(checkin.json().volunteerName).not.toBe("扫码志愿者");
    // Less than the session idle time: the station reads the result afterwards.
    t.clock.advance(25 * 60);
    const checkout = await post({ volunteerNumber: volunteer.volunteerNumber, phoneLast4: "5678" });
    expect(checkout.json()).toMatchObject({ action: "checkout", at: "16:25" });
    expect((await post({ volunteerNumber: volunteer.volunteerNumber, phoneLast4: "5678" })).statusCode).toBe(
      409,
    );
    const detail = (await station.request({ method: "GET", url: `/api/activities/${activity.id}` })).json();
    expect(detail.signups[0]).toMatchObject({ checkInAt: "16:00", checkOutAt: "16:25", suggestedHours: 0.5 });
    const audited = await t.ctx.db
      .selectFrom("audit_log")
      .select(["action", "actor_id"])
      .where("entity", "=", "activity")
      .where("entity_id", "=", String(activity.id))
      .where("action", "in", ["activity.volunteer.checkin", "activity.volunteer.checkout"])
      .execute();
    expect(audited).toEqual([
      { action: "activity.volunteer.checkin", actor_id: null },
      { action: "activity.volunteer.checkout", actor_id: null },
    ]);
    t.clock.advance(8 * 3600);
    const expired = await anonymous.inject({
      method: "GET",
      url: `/api/activity-checkin?token=${encodeURIComponent(token)}`,
    });
    expect(expired.statusCode).toBe(404);
  });
});
