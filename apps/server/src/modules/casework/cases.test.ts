import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, newClient, signedInAs } from "../../../test/factories.ts";
import { dialects, requestUserOf, type Session, type TestApp } from "../../../test/harness.ts";
import { loadWorkbook } from "../../platform/excel/testing.ts";

const nanmenStreet = "330203001000";
const nanmenCommunity = "330203001001";
const otherStreet = "330203002000";

const forms = {
  accept: { acceptedOn: "2026-11-02" },
  completeAssessment: {
    assessedOn: "2026-11-05",
    problems: "独居，行动不便，近期跌倒一次",
    strengths: "邻里关系良好",
    riskLevel: "high",
    isEmergency: false,
    needs: [{ domain: "health", need: "定期就医陪同" }],
  },
  submitPlan: {
    startOn: "2026-11-10",
    endOn: "2027-03-31",
    goals: [{ key: "g1", goal: "按时就医", indicators: ["每月复诊一次"] }],
    tasks: [{ task: "联系社区医院", goalKey: "g1", dueOn: "2026-12-01" }],
  },
  startIntervention: { startedOn: "2026-11-20" },
  submitEvaluation: {
    evaluatedOn: "2026-11-28",
    goals: [{ goalKey: "g1", attainment: "achieved" }],
    satisfaction: 5,
  },
  submitClosing: {
    closedOn: "2026-11-29",
    summary: "目标达成，服务对象已能自行复诊",
    closeReason: "goalMet",
    followUp: { plan: "三个月后电话回访", dueOn: "2027-02-28" },
  },
  reason: { reason: "需要补充说明" },
  empty: {},
} as const;

describe.each(dialects)("cases (个案) on %s", (dialect) => {
  let t: TestApp;
  let station: Session;
  let worker: Session;
  let receiver: Session;
  let otherStreetWorker: Session;
  let supervisor: Session;
  let district: Session;
  let otherStation: Session;
  let leader: Session;
  const ids = new Map<Session, number>();

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    station = await signedInAs(t, "station_staff", nanmenStreet);
    worker = await signedInAs(t, "social_worker", nanmenStreet);
    receiver = await signedInAs(t, "social_worker", nanmenCommunity);
    otherStreetWorker = await signedInAs(t, "social_worker", otherStreet);
    supervisor = await signedInAs(t, "supervisor", "330203000000");
    district = await signedInAs(t, "district_officer", "330203000000");
    otherStation = await signedInAs(t, "station_staff", otherStreet);
    leader = await signedInAs(t, "leader", "330200000000");
    for (const session of [station, worker, receiver, otherStreetWorker, supervisor]) {
      ids.set(session, (await requestUserOf(t, session)).id);
    }
  });
  afterAll(() => t.close());

  const idOf = (session: Session) => ids.get(session) as number;
  // biome-ignore lint/suspicious/noExplicitAny: the tests read the answer's fields as the API sends them.
  const get = async (session: Session, url: string): Promise<any> => {
    const response = await session.request({ method: "GET", url });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const open = async (session: Session, clientId: number, extra: Record<string, unknown> = {}) => {
    const response = await session.request({
      method: "POST",
      url: "/api/cases",
      payload: { clientId, summary: "独居老人跌倒后需要陪同就医", ...extra },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const act = (session: Session, caseId: number, action: string, form: unknown = {}) =>
    session.request({ method: "POST", url: `/api/cases/${caseId}/transitions`, payload: { action, form } });
  const done = async (session: Session, caseId: number, action: string, form: unknown = {}) => {
    const response = await act(session, caseId, action, form);
    expect(response.statusCode, `${action}: ${response.body}`).toBe(200);
    return response.json();
  };
  const caseRow = (id: number) =>
    t.ctx.db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const auditOf = async (id: number) =>
    (
      await t.ctx.db
        .selectFrom("audit_log")
        .select("action")
        .where("entity", "=", "case")
        .where("entity_id", "=", String(id))
        .orderBy("id")
        .execute()
    ).map((row) => row.action);
  const minorClient = () =>
    newClient(station, nanmenCommunity, {
      name: "李小雨",
      idNumber: null,
      birthDate: "2016-05-01",
      sex: "female",
      guardianName: "李建国",
      guardianRelation: "父亲",
      categories: ["留守儿童"],
    });

  it("takes a case from 接案 to 结案 with the plan and the closing approved, a return on the way", async () => {
    const client = await newClient(station, nanmenCommunity, { riskLevel: "low" });
    const opened = await open(station, client.id, { assignedWorkerId: idOf(worker) });
    expect(opened).toMatchObject({
      stage: "intake",
      caseNumber: expect.stringMatching(/^GA330203-2026-\d{6}$/),
      assignedWorker: { id: idOf(worker) },
      involvesMinor: false,
      stageDueOn: "2026-12-03",
    });
    const id: number = opened.id;
    expect(
      (await get(worker, `/api/cases/${id}`)).availableTransitions.map((a: { action: string }) => a.action),
    ).toEqual(expect.arrayContaining(["accept", "decline", "suspend", "refer", "transfer"]));

    await done(worker, id, "accept", forms.accept);
    const assessed = await done(worker, id, "completeAssessment", forms.completeAssessment);
    expect(assessed.stage).toBe("planning");
    // The assessment's risk is the client's from now on.
    expect((await get(station, `/api/clients/${client.id}`)).riskLevel).toBe("high");

    await done(worker, id, "submitPlan", forms.submitPlan);
    // The worker does not sign their own plan; nothing moves before it is signed.
    expect((await act(worker, id, "approvePlan")).statusCode).toBe(403);
    const early = await act(worker, id, "startIntervention", forms.startIntervention);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain("计划尚未通过审批");

    const returned = await done(station, id, "returnPlan", { reason: "指标不够具体" });
    expect(returned).toMatchObject({
      planApproval: "returned",
      returnReason: "指标不够具体",
      stage: "planning",
    });
    expect((await act(supervisor, id, "approvePlan")).statusCode).toBe(409);
    await done(worker, id, "submitPlan", forms.submitPlan);
    expect(
      (await get(supervisor, "/api/cases?approval=pending")).items.map((c: { id: number }) => c.id),
    ).toContain(id);
    await done(supervisor, id, "approvePlan");
    await done(worker, id, "startIntervention", forms.startIntervention);

    const noRecords = await act(worker, id, "submitEvaluation", forms.submitEvaluation);
    expect(noRecords.statusCode).toBe(409);
    expect(noRecords.json().error.message).toContain("尚无服务记录");
    // The service records (another resource) keep this count.
    await t.ctx.db.updateTable("cases").set({ service_record_count: 2 }).where("id", "=", id).execute();
    const unjudged = await act(worker, id, "submitEvaluation", {
      ...forms.submitEvaluation,
      goals: [{ goalKey: "zz", attainment: "partial" }],
    });
    expect(unjudged.statusCode).toBe(400);
    await done(worker, id, "submitEvaluation", forms.submitEvaluation);
    await done(worker, id, "submitClosing", forms.submitClosing);
    await done(supervisor, id, "returnClosing", { reason: "小结过于简单" });
    await done(worker, id, "submitClosing", forms.submitClosing);
    const closed = await done(station, id, "approveClosing");
    expect(closed).toMatchObject({ stage: "closed", closingApproval: "approved", stageDueOn: null });
    expect(closed.forms.submitPlan.form.goals[0].key).toBe("g1");
    // The approved closing's follow-up plan is now a follow-up due on its date, for the worker.
    const followUps = await get(worker, `/api/follow-ups?caseId=${id}`);
    expect(followUps.items).toHaveLength(1);
    expect(followUps.items[0]).toMatchObject({
      dueOn: forms.submitClosing.followUp.dueOn ?? expect.any(String),
    });

    expect(await auditOf(id)).toEqual(
      expect.arrayContaining([
        "case.create",
        "case.accept",
        "case.assessment.complete",
        "case.plan.submit",
        "case.plan.return",
        "case.plan.approve",
        "case.intervention.start",
        "case.evaluation.submit",
        "case.closing.return",
        "case.closing.approve",
        "case.personalData.reveal",
      ]),
    );
    // Forms are case notes: encrypted at rest.
    const stored = await t.ctx.db
      .selectFrom("case_forms")
      .select("form_cipher")
      .where("case_id", "=", id)
      .execute();
    expect(stored.length).toBe(12);
    expect(JSON.stringify(stored)).not.toContain("独居");

    const timeline = await get(worker, `/api/cases/${id}/timeline?pageSize=5`);
    expect(timeline.total).toBe(13);
    expect(timeline.items[0]).toMatchObject({ action: "approveClosing", toStage: "closed" });
    expect(timeline.items).toHaveLength(5);
    const last = await get(worker, `/api/cases/${id}/timeline?pageSize=5&page=3`);
    expect(last.items.at(-1)).toMatchObject({ action: "open", targetUser: { id: idOf(worker) } });

    // 重开 within the window, not after it.
    await done(worker, id, "reopen", { reason: "服务对象再次跌倒" });
    const reopened = await caseRow(id);
    expect(reopened).toMatchObject({ stage: "assessment", plan_approval: "none", ended_on: null });
  });

  it("refuses 重开 after the window, as the case's state (409)", async () => {
    const client = await newClient(station, nanmenCommunity);
    const { id } = await open(station, client.id, { assignedWorkerId: idOf(worker) });
    await done(worker, id, "accept", forms.accept);
    // A worker may not refer without consent: that is the station's permission.
    expect(
      (
        await act(worker, id, "refer", {
          target: { kind: "department", name: "区民政局" },
          reason: "需要低保复核",
          consentGiven: false,
          overrideReason: "服务对象意识不清",
        })
      ).statusCode,
    ).toBe(403);
    await done(station, id, "refer", {
      target: { kind: "department", name: "区民政局" },
      reason: "需要低保复核",
      consentGiven: false,
      overrideReason: "服务对象意识不清",
    });
    expect(await auditOf(id)).toContain("case.refer.withoutConsent");
    // Referred 91 days ago: past the 90-day window.
    await t.ctx.db.updateTable("cases").set({ ended_on: "2026-08-31" }).where("id", "=", id).execute();
    const late = await act(worker, id, "reopen", { reason: "再次求助" });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain("不能重开");
    await t.ctx.db.updateTable("cases").set({ ended_on: "2026-09-01" }).where("id", "=", id).execute();
    expect((await done(worker, id, "reopen", { reason: "再次求助" })).stage).toBe("assessment");
  });

  it("refers with consent only when a referral consent is on record", async () => {
    const client = await newClient(station, nanmenCommunity);
    const { id } = await open(station, client.id, { assignedWorkerId: idOf(worker) });
    const referral = {
      target: { kind: "socialOrganization", name: "海曙区心理服务中心" },
      reason: "需要专业心理服务",
      consentGiven: true,
      consentOn: "2026-11-20",
    };
    const refused = await act(worker, id, "refer", referral);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0].path).toBe("form.consentGiven");
    expect((await caseRow(id)).stage).toBe("intake");
    const consent = await station.request({
      method: "POST",
      url: `/api/clients/${client.id}/consents`,
      payload: { kind: "referral", givenOn: "2026-11-20" },
    });
    expect(consent.statusCode, consent.body).toBe(201);
    expect((await done(worker, id, "refer", referral)).stage).toBe("referred");
    expect(await auditOf(id)).toContain("case.refer");
  });

  it("keeps a transferred case with the sender until the receiver accepts; a rejection leaves it there", async () => {
    const client = await newClient(station, nanmenCommunity);
    const { id } = await open(station, client.id, { assignedWorkerId: idOf(worker) });
    expect((await get(receiver, "/api/cases")).items.map((c: { id: number }) => c.id)).not.toContain(id);
    expect((await receiver.request({ method: "GET", url: `/api/cases/${id}` })).statusCode).toBe(404);

    const away = await act(worker, id, "transfer", {
      toWorkerId: String(idOf(otherStreetWorker)),
      reason: "工作调整",
    });
    expect(away.statusCode).toBe(400);
    expect(away.json().error.fields[0].path).toBe("form.toWorkerId");

    await done(worker, id, "transfer", { toWorkerId: String(idOf(receiver)), reason: "工作调整" });
    const pending = await get(receiver, `/api/cases/${id}`);
    expect(pending).toMatchObject({
      assignedWorker: { id: idOf(worker) },
      pendingTransferTo: { id: idOf(receiver) },
    });
    expect(pending.availableTransitions.map((a: { action: string }) => a.action)).toEqual([
      "acceptTransfer",
      "rejectTransfer",
    ]);
    // The receiver cannot work the case before accepting it.
    expect((await act(receiver, id, "accept", forms.accept)).statusCode).toBe(403);
    expect(
      (await act(worker, id, "transfer", { toWorkerId: String(idOf(receiver)), reason: "再次" })).statusCode,
    ).toBe(409);

    await done(receiver, id, "rejectTransfer", { reason: "个案量已满" });
    expect(await caseRow(id)).toMatchObject({ assigned_worker_id: idOf(worker), pending_transfer_to: null });
    expect((await receiver.request({ method: "GET", url: `/api/cases/${id}` })).statusCode).toBe(404);

    await done(worker, id, "transfer", { toWorkerId: String(idOf(receiver)), reason: "工作调整" });
    await done(receiver, id, "acceptTransfer");
    expect(await caseRow(id)).toMatchObject({
      assigned_worker_id: idOf(receiver),
      pending_transfer_to: null,
    });
    expect((await worker.request({ method: "GET", url: `/api/cases/${id}` })).statusCode).toBe(404);
    expect(await auditOf(id)).toEqual(
      expect.arrayContaining(["case.transfer.request", "case.transfer.reject", "case.transfer.accept"]),
    );
  });

  it("assigns only to an active social worker of the case's street, by those who assign", async () => {
    const client = await newClient(station, nanmenCommunity);
    const { id } = await open(station, client.id);
    expect((await caseRow(id)).assigned_worker_id).toBeNull();
    expect((await act(station, id, "assign", { workerId: String(idOf(otherStreetWorker)) })).statusCode).toBe(
      400,
    );
    expect((await act(station, id, "assign", { workerId: String(idOf(supervisor)) })).statusCode).toBe(400);
    await done(station, id, "assign", { workerId: String(idOf(worker)) });
    expect((await caseRow(id)).assigned_worker_id).toBe(idOf(worker));
    expect((await act(worker, id, "assign", { workerId: String(idOf(receiver)) })).statusCode).toBe(403);
    const workers = await get(station, `/api/cases/workers?regionCode=${nanmenCommunity}`);
    expect(workers.map((w: { id: number }) => w.id)).toEqual(
      expect.arrayContaining([idOf(worker), idOf(receiver)]),
    );
    expect(workers.map((w: { id: number }) => w.id)).not.toContain(idOf(otherStreetWorker));
  });

  it("hides a case from those who must not see it: 404 to read or change, 403 without cases.read", async () => {
    const adult = await newClient(station, nanmenCommunity);
    const minor = await minorClient();
    const adultCase = await open(station, adult.id, { assignedWorkerId: idOf(worker) });
    const minorCase = await open(station, minor.id, { assignedWorkerId: idOf(worker) });
    expect(minorCase.involvesMinor).toBe(true);

    for (const id of [adultCase.id, minorCase.id]) {
      expect((await otherStreetWorker.request({ method: "GET", url: `/api/cases/${id}` })).statusCode).toBe(
        404,
      );
      expect(
        (await otherStation.request({ method: "GET", url: `/api/cases/${id}/timeline` })).statusCode,
      ).toBe(404);
      const change = await act(otherStation, id, "suspend", { reason: "越权" });
      expect(change.statusCode).toBe(404);
      expect(change.body).not.toContain(adult.name);
      expect((await leader.request({ method: "GET", url: `/api/cases/${id}` })).statusCode).toBe(403);
    }
    // A minor's case: its worker, the station head and the supervisor, not the district officer.
    expect((await district.request({ method: "GET", url: `/api/cases/${adultCase.id}` })).statusCode).toBe(
      200,
    );
    expect((await district.request({ method: "GET", url: `/api/cases/${minorCase.id}` })).statusCode).toBe(
      404,
    );
    expect(
      (await act(district, minorCase.id, "assign", { workerId: String(idOf(receiver)) })).statusCode,
    ).toBe(404);
    for (const session of [worker, station, supervisor]) {
      expect((await session.request({ method: "GET", url: `/api/cases/${minorCase.id}` })).statusCode).toBe(
        200,
      );
    }
    const listed = await get(district, `/api/cases?pageSize=200&q=${encodeURIComponent(minor.name)}`);
    expect(listed.total).toBe(0);
    expect(
      (await get(station, `/api/cases?q=${encodeURIComponent(minorCase.caseNumber)}`)).items.map(
        (c: { id: number }) => c.id,
      ),
    ).toEqual([minorCase.id]);
    expect((await get(district, `/api/cases?q=${encodeURIComponent(minorCase.caseNumber)}`)).total).toBe(0);
    expect((await leader.request({ method: "GET", url: "/api/cases" })).statusCode).toBe(403);
    expect((await leader.request({ method: "GET", url: "/api/cases/export" })).statusCode).toBe(403);
    expect((await leader.request({ method: "GET", url: "/api/needs" })).statusCode).toBe(403);
    // The district officer may see the adult's case but is no party to its work.
    expect((await act(district, adultCase.id, "accept", forms.accept)).statusCode).toBe(403);
  });

  it("exports the visible cases, masked of notes, and counts the caseload per worker", async () => {
    const client = await newClient(station, nanmenCommunity);
    const mine = await open(station, client.id, { assignedWorkerId: idOf(worker) });
    const exported = await worker.request({ method: "GET", url: "/api/cases/export" });
    expect(exported.statusCode, exported.body).toBe(403); // a worker holds no registries.export
    const stationExport = await station.request({ method: "GET", url: `/api/cases/export?ids=${mine.id}` });
    expect(stationExport.statusCode, stationExport.body).toBe(200);
    const sheet = (await loadWorkbook(stationExport.rawPayload)).worksheets[0];
    expect(sheet?.actualRowCount).toBe(2);
    expect(JSON.stringify(sheet?.getRow(2).values)).toContain(mine.caseNumber);
    const otherExport = await otherStation.request({
      method: "GET",
      url: `/api/cases/export?ids=${mine.id}`,
    });
    expect((await loadWorkbook(otherExport.rawPayload)).worksheets[0]?.actualRowCount).toBe(1);

    // 接案 allows 3 days: entered 2026-11-20, it is overdue on 2026-11-30.
    await t.ctx.db
      .updateTable("cases")
      .set({ stage_entered_on: "2026-11-20" })
      .where("id", "=", mine.id)
      .execute();
    const overdue = await get(station, "/api/cases?overdue=true&pageSize=200");
    expect(overdue.items.find((c: { id: number }) => c.id === mine.id)).toMatchObject({
      isOverdue: true,
      stageDueOn: "2026-11-23",
    });
    const onTime = await get(station, "/api/cases?overdue=false&pageSize=200");
    expect(onTime.items.map((c: { id: number }) => c.id)).not.toContain(mine.id);
    const load = await get(station, "/api/cases/caseload");
    const row = load.find((entry: { worker: { id: number } | null }) => entry.worker?.id === idOf(worker));
    expect(row.open).toBeGreaterThanOrEqual(1);
    expect(row.overdue).toBeGreaterThanOrEqual(1);
    expect(row.byStage.intake).toBeGreaterThanOrEqual(1);
    expect((await worker.request({ method: "GET", url: "/api/cases/caseload" })).statusCode).toBe(403);
    expect(await get(otherStation, "/api/cases/caseload")).toEqual([]);
  });

  it("numbers cases opened at the same time in one district-year distinctly and consecutively", async () => {
    const client = await newClient(station, nanmenCommunity);
    const before = await t.ctx.db
      .selectFrom("case_number_sequences")
      .select("last_number")
      .where("district_code", "=", "330203")
      .where("year", "=", 2026)
      .executeTakeFirst();
    const start = Number(before?.last_number ?? 0);
    const opened = await Promise.all(Array.from({ length: 8 }, () => open(station, client.id)));
    const numbers = opened.map((c) => Number(String(c.caseNumber).slice(-6))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => start + i + 1));
  });

  it("writes nothing of a transition that fails half-way (state, form, event, audit)", async () => {
    const client = await newClient(station, nanmenCommunity);
    const { id } = await open(station, client.id, { assignedWorkerId: idOf(worker) });
    const count = async (table: "case_forms" | "audit_log") =>
      Number(
        (
          await t.ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = {
      row: await caseRow(id),
      forms: await count("case_forms"),
      audit: await count("audit_log"),
    };
    // The event's table goes missing after the state and the form are written.
    await sql`alter table case_events rename to case_events_away`.execute(t.ctx.db);
    try {
      const failed = await act(worker, id, "accept", forms.accept);
      expect(failed.statusCode).toBe(500);
    } finally {
      await sql`alter table case_events_away rename to case_events`.execute(t.ctx.db);
    }
    expect(await caseRow(id)).toEqual(before.row);
    expect(await count("case_forms")).toBe(before.forms);
    expect(await count("audit_log")).toBe(before.audit);
    expect((await done(worker, id, "accept", forms.accept)).stage).toBe("assessment");
  });

  it("takes in a need and triages it once: into a case, a one-off service, or closed with a reason", async () => {
    const client = await newClient(station, nanmenCommunity);
    const intake = {
      clientId: client.id,
      source: "phone",
      domain: "养老服务",
      urgency: "urgent",
      description: "老人独居，希望有人定期上门探访",
      receivedOn: "2026-11-29",
    };
    const created = await station.request({ method: "POST", url: "/api/needs", payload: intake });
    expect(created.statusCode, created.body).toBe(201);
    const need = created.json();
    expect(need).toMatchObject({
      status: "open",
      description: intake.description,
      abilities: { triage: true },
    });
    const stored = await t.ctx.db
      .selectFrom("needs")
      .selectAll()
      .where("id", "=", need.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain("定期上门");

    expect((await otherStation.request({ method: "GET", url: `/api/needs/${need.id}` })).statusCode).toBe(
      404,
    );
    expect(
      (
        await otherStation.request({
          method: "POST",
          url: `/api/needs/${need.id}/triage`,
          payload: { outcome: "closed", reason: "x" },
        })
      ).statusCode,
    ).toBe(404);
    // A worker sees the needs of their own clients only.
    expect((await receiver.request({ method: "GET", url: `/api/needs/${need.id}` })).statusCode).toBe(404);

    const triaged = await station.request({
      method: "POST",
      url: `/api/needs/${need.id}/triage`,
      payload: { outcome: "case", summary: "独居老人定期探访", assignedWorkerId: idOf(receiver) },
    });
    expect(triaged.statusCode, triaged.body).toBe(200);
    const { caseId } = triaged.json();
    expect(await caseRow(caseId)).toMatchObject({ need_id: need.id, assigned_worker_id: idOf(receiver) });
    expect((await get(receiver, `/api/needs/${need.id}`)).status).toBe("case");
    const again = await station.request({
      method: "POST",
      url: `/api/needs/${need.id}/triage`,
      payload: { outcome: "closed", reason: "重复" },
    });
    expect(again.statusCode).toBe(409);

    const second = (await station.request({ method: "POST", url: "/api/needs", payload: intake })).json();
    const closed = await station.request({
      method: "POST",
      url: `/api/needs/${second.id}/triage`,
      payload: { outcome: "closed", reason: "服务对象已由家属照顾" },
    });
    expect(closed.json()).toMatchObject({
      status: "closed",
      triageNote: "服务对象已由家属照顾",
      caseId: null,
    });
    const third = (await station.request({ method: "POST", url: "/api/needs", payload: intake })).json();
    const oneOff = await station.request({
      method: "POST",
      url: `/api/needs/${third.id}/triage`,
      payload: { outcome: "oneOff" },
    });
    expect(oneOff.json().status).toBe("oneOff");

    const list = await get(station, "/api/needs?status=open");
    expect(list.items.map((n: { id: number }) => n.id)).not.toContain(need.id);
    expect((await get(station, "/api/needs?status=case")).items.map((n: { id: number }) => n.id)).toContain(
      need.id,
    );
    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "need")
      .where("entity_id", "=", String(need.id))
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["need.create", "need.triage"]);
    const bad = await station.request({
      method: "POST",
      url: "/api/needs",
      payload: { ...intake, domain: "无" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].message).toContain("服务领域");
  });
});
