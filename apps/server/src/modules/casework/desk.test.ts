import { addIsoDays } from "@xinqiao/shared";
import type { Insertable } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, newClient, signedInAs } from "../../../test/factories.ts";
import { failInsertsInto } from "../../../test/failureInjection.ts";
import { dialects, type Session, type TestApp } from "../../../test/harness.ts";
import { insertCaseRow } from "./cases.testing.ts";
import type { CaseTable } from "./casework.tables.ts";
import { scheduleFollowUpOnClosing } from "./followUps.service.ts";

const nanmen = "330203001001";
const jiangbei = "330205001001";
const today = "2026-11-30"; // the test clock's day in China

/**
 * The desk, follow-ups and settings over cases written straight into the table: what is tested
 * here is what each user is shown and may do, not how cases got into their stages.
 */
describe.each(dialects)("the worker's desk, follow-ups and settings on %s", (dialect) => {
  let t: TestApp;
  let station: Session;
  let worker: Session;
  let otherWorker: Session;
  let supervisor: Session;
  let haishu: Session;
  let jiangbeiStation: Session;
  let leader: Session;
  const ids: Record<string, number> = {};
  const idOf = (name: string): number => ids[name] ?? Number.NaN;
  const userIds: Record<string, number> = {};

  const userId = async (session: Session) => {
    const me = await session.request({ method: "GET", url: "/api/auth/me" });
    return Number(me.json().user?.id ?? me.json().id);
  };

  async function insertCase(name: string, clientId: number, fields: Partial<Insertable<CaseTable>>) {
    ids[name] = await insertCaseRow(t.ctx.db, t.clock.now(), {
      client_id: clientId,
      region_code: nanmen,
      stage_entered_on: today,
      opened_on: today,
      ...fields,
    });
  }

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    station = await signedInAs(t, "station_staff", "330203001000");
    worker = await signedInAs(t, "social_worker", "330203001000");
    otherWorker = await signedInAs(t, "social_worker", "330203001000");
    supervisor = await signedInAs(t, "supervisor", "330203000000");
    haishu = await signedInAs(t, "district_officer", "330203000000");
    jiangbeiStation = await signedInAs(t, "station_staff", "330205001000");
    leader = await signedInAs(t, "leader", "330200000000");
    userIds.worker = await userId(worker);
    userIds.otherWorker = await userId(otherWorker);
    const client = await newClient(station, nanmen);
    const child = await newClient(station, nanmen, {
      idNumber: undefined,
      birthDate: "2015-03-01",
      sex: "female",
    });
    const elsewhere = await newClient(jiangbeiStation, jiangbei);
    const w = userIds.worker;
    await insertCase("overdue", client.id, {
      stage: "assessment",
      stage_entered_on: addIsoDays(today, -20),
      assigned_worker_id: w,
    });
    await insertCase("awaitingPlan", client.id, {
      stage: "planning",
      plan_approval: "pending",
      assigned_worker_id: w,
    });
    await insertCase("transferred", client.id, {
      stage: "intervention",
      assigned_worker_id: userIds.otherWorker,
      pending_transfer_to: w,
    });
    await insertCase("closed", client.id, { stage: "closed", ended_on: today, assigned_worker_id: w });
    await insertCase("minor", child.id, { involves_minor: 1, assigned_worker_id: userIds.otherWorker });
    await insertCase("jiangbei", elsewhere.id, {
      region_code: jiangbei,
      stage: "assessment",
      stage_entered_on: addIsoDays(today, -30),
    });
    const at = t.clock.now().toISOString();
    for (const [dueOn, plan] of [
      [addIsoDays(today, 3), "电话回访，了解独居生活情况"],
      [addIsoDays(today, 60), "上门回访"],
    ] as const) {
      await scheduleFollowUpOnClosing(
        t.ctx.db,
        t.ctx,
        idOf("closed"),
        { closedOn: today, followUp: { plan, dueOn } },
        { userId: w, at },
      );
    }
  });
  afterAll(() => t.close());

  // biome-ignore lint/suspicious/noExplicitAny: the tests read the answer's fields as the API sends them.
  const get = async (session: Session, url: string): Promise<any> => {
    const response = await session.request({ method: "GET", url });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const stagesOf = (desk: { casesByStage: { stage: string; count: number }[] }) =>
    Object.fromEntries(desk.casesByStage.map((row) => [row.stage, row.count]));

  it("shows a worker their own cases, their overdue stage, the transfer to accept and the follow-up due", async () => {
    const desk = await get(worker, "/api/desk");
    expect(stagesOf(desk)).toEqual({ assessment: 1, planning: 1, closed: 1 });
    expect(desk.overdueStages.count).toBe(1);
    expect(desk.overdueStages.items[0]).toMatchObject({ caseId: ids.overdue, since: addIsoDays(today, -20) });
    expect(desk.approvals.count).toBe(0);
    expect(desk.transfers).toMatchObject({ count: 1, items: [{ caseId: ids.transferred }] });
    expect(desk.followUps).toMatchObject({ count: 1, items: [{ caseId: ids.closed, status: "due" }] });
  });

  it("shows the station head and the supervisor the plan waiting for approval; the district officer no minor's case", async () => {
    const stationDesk = await get(station, "/api/desk");
    expect(stationDesk.approvals).toMatchObject({
      count: 1,
      items: [{ caseId: ids.awaitingPlan, of: "plan" }],
    });
    expect(stationDesk.overdueStages.items.map((item: { caseId: number }) => item.caseId)).toEqual([
      ids.overdue,
    ]);
    expect(stagesOf(stationDesk)).toEqual({
      intake: 1,
      assessment: 1,
      planning: 1,
      intervention: 1,
      closed: 1,
    });
    expect((await get(supervisor, "/api/desk")).approvals.count).toBe(1);
    const officerDesk = await get(haishu, "/api/desk");
    expect(officerDesk.approvals.count).toBe(0);
    expect(stagesOf(officerDesk).intake).toBeUndefined();
    // Another street's station sees only its own case, overdue by its district's limits.
    const other = await get(jiangbeiStation, "/api/desk");
    expect(stagesOf(other)).toEqual({ assessment: 1 });
    expect(other.overdueStages.count).toBe(1);
  });

  it("is closed to a leader, who sees aggregates only", async () => {
    expect((await leader.request({ method: "GET", url: "/api/desk" })).statusCode).toBe(403);
    expect((await leader.request({ method: "GET", url: "/api/follow-ups" })).statusCode).toBe(403);
  });

  it("lets a district set its own stage limits, audited, without touching another district", async () => {
    const limits = { intake: 3, assessment: 30, planning: 14, intervention: 180, evaluation: 14 };
    const body = { stageTimeLimitDays: limits, reopenWindowDays: 60, highRiskVisitDays: 14 };
    expect(
      (await station.request({ method: "PUT", url: "/api/casework/settings", payload: body })).statusCode,
    ).toBe(403);
    const elsewhere = await haishu.request({
      method: "PUT",
      url: "/api/casework/settings?regionCode=330205000000",
      payload: body,
    });
    expect(elsewhere.statusCode).toBe(404);
    const bad = await haishu.request({
      method: "PUT",
      url: "/api/casework/settings",
      payload: { ...body, reopenWindowDays: 0 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].message).toContain("可重开期限");
    const saved = await haishu.request({ method: "PUT", url: "/api/casework/settings", payload: body });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ source: "own", settings: body, mayEdit: true });
    // The station reads its district's settings; the worker's 20-day assessment is no longer late.
    expect(await get(station, "/api/casework/settings")).toMatchObject({ source: "own", mayEdit: false });
    expect((await get(worker, "/api/desk")).overdueStages.count).toBe(0);
    expect((await get(jiangbeiStation, "/api/desk")).overdueStages.count).toBe(1);
    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .select(["entity_id", "after_json"])
      .where("action", "=", "caseworkSettings.update")
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.entity_id).toBe("330203000000");
    // Back to the defaults for the tests after this one.
    const defaults = {
      stageTimeLimitDays: { ...limits, assessment: 14 },
      reopenWindowDays: 90,
      highRiskVisitDays: 30,
    };
    await haishu.request({ method: "PUT", url: "/api/casework/settings", payload: defaults });
  });

  it("lists follow-ups with their cases' visibility; the plan is read on its page, audited", async () => {
    const mine = await get(worker, "/api/follow-ups?status=due");
    expect(mine.total).toBe(2);
    expect(mine.items[0]).toMatchObject({ caseId: ids.closed, status: "due", mayComplete: true });
    expect(mine.items[0].plan).toBeUndefined();
    expect((await get(otherWorker, "/api/follow-ups")).total).toBe(0);
    expect((await get(jiangbeiStation, "/api/follow-ups")).total).toBe(0);
    const detail = await get(worker, `/api/follow-ups/${mine.items[0].id}`);
    expect(detail.plan).toBe("电话回访，了解独居生活情况");
    const stored = await t.ctx.db
      .selectFrom("case_follow_ups")
      .select("plan_cipher")
      .where("id", "=", mine.items[0].id)
      .executeTakeFirstOrThrow();
    expect(stored.plan_cipher).not.toContain("回访");
    const views = await t.ctx.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "case.followUp.view")
      .execute();
    expect(views.length).toBeGreaterThan(0);
    const hidden = await otherWorker.request({ method: "GET", url: `/api/follow-ups/${mine.items[0].id}` });
    expect(hidden.statusCode).toBe(404);
  });

  it("completes a follow-up once, by the case's worker; a failed audit write leaves it open", async () => {
    const [first] = (await get(worker, "/api/follow-ups?status=due")).items;
    const body = { doneOn: today, method: "phone", outcome: "stable", result: "生活稳定，无新需求" };
    const url = `/api/follow-ups/${first.id}/complete`;
    expect((await otherWorker.request({ method: "POST", url, payload: body })).statusCode).toBe(404);
    const late = await worker.request({
      method: "POST",
      url,
      payload: { ...body, doneOn: addIsoDays(today, 1) },
    });
    expect(late.statusCode).toBe(400);

    const undo = await failInsertsInto(t, "audit_log", "NEW.action = 'case.followUp.complete'");
    try {
      expect((await worker.request({ method: "POST", url, payload: body })).statusCode).toBe(500);
    } finally {
      await undo();
    }
    expect((await get(worker, `/api/follow-ups/${first.id}`)).status).toBe("due");

    const done = await worker.request({ method: "POST", url, payload: body });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: "done", result: "生活稳定，无新需求", mayComplete: false });
    expect((await worker.request({ method: "POST", url, payload: body })).statusCode).toBe(409);
    expect((await get(worker, "/api/desk")).followUps.count).toBe(0);
  });

  it("names the high-risk clients nobody has served lately, until a service is recorded", async () => {
    const atRisk = await newClient(station, nanmen, { name: "危秀兰", riskLevel: "high" });
    await insertCase("atRisk", atRisk.id, { stage: "intervention", assigned_worker_id: userIds.worker });
    const names = (desk: { highRiskClients: { items: { name: string }[] } }) =>
      desk.highRiskClients.items.map((item) => item.name);
    expect(names(await get(worker, "/api/desk"))).toEqual(["危秀兰"]);
    expect(names(await get(station, "/api/desk"))).toContain("危秀兰");
    expect(names(await get(otherWorker, "/api/desk"))).toEqual([]);
    expect(names(await get(jiangbeiStation, "/api/desk"))).toEqual([]);
    const served = await worker.request({
      method: "POST",
      url: "/api/service-records",
      payload: {
        caseId: idOf("atRisk"),
        serviceDate: addIsoDays(today, -3),
        minutes: 45,
        method: "casework",
        type: "探访",
        domain: "养老服务",
        place: "服务对象家中",
        clientIds: [atRisk.id],
        workerIds: [userIds.worker],
      },
    });
    expect(served.statusCode, served.body).toBe(201);
    expect(names(await get(worker, "/api/desk"))).toEqual([]);
  });

  it("schedules another follow-up only for a closed case the user handles", async () => {
    const plan = { caseId: ids.closed, dueOn: addIsoDays(today, 10), plan: "再次上门" };
    const scheduled = await worker.request({ method: "POST", url: "/api/follow-ups", payload: plan });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    const open = await worker.request({
      method: "POST",
      url: "/api/follow-ups",
      payload: { ...plan, caseId: ids.overdue },
    });
    expect(open.statusCode).toBe(400);
    const stranger = await jiangbeiStation.request({ method: "POST", url: "/api/follow-ups", payload: plan });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.fields[0].message).toContain("不存在或不在您的管辖范围内");
  });
});
