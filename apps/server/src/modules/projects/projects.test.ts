import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, signedInAs } from "../../../test/factories.ts";
import { failInsertsInto } from "../../../test/failureInjection.ts";
import { dialects, type Session, type TestApp } from "../../../test/harness.ts";
import {
  addLine,
  implementingProject,
  newProject,
  newStation,
  projectBody,
  step,
} from "./projects.testing.ts";

const haishuDistrict = "330203000000";
const nanmen = "330203001000";
const yuyaoDistrict = "330281000000";

describe.each(dialects)("projects: lifecycle, scope and money rules on %s", (dialect) => {
  let t: TestApp;
  let officer: Session; // district_officer: manage + approve + overspend
  let station: Session; // station_staff: manage + funds.record, no approve
  let leader: Session;
  let yuyao: Session; // a district officer of another district
  let supervisor: Session;
  let stationId: number;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    officer = await signedInAs(t, "district_officer", haishuDistrict);
    station = await signedInAs(t, "station_staff", nanmen);
    leader = await signedInAs(t, "leader", "330200000000");
    yuyao = await signedInAs(t, "district_officer", yuyaoDistrict);
    supervisor = await signedInAs(t, "supervisor", haishuDistrict);
    stationId = await newStation(officer, nanmen);
  });
  afterAll(() => t.close());

  const get = (session: Session, id: number) =>
    session.request({ method: "GET", url: `/api/projects/${id}` });

  it("creates a draft with its targets and milestones, audited; refuses bad input by field in zh-CN", async () => {
    const project = await newProject(station, stationId, nanmen);
    expect(project).toMatchObject({
      status: "draft",
      kind: "purchased",
      implementer: { id: stationId, isVisible: true },
      budgetFen: 0,
      targets: [{ indicator: "serviceVisits", targetValue: 1200, achievedValue: 0 }],
      milestones: [{ title: "完成需求评估", dueOn: "2026-03-31", doneOn: null }],
      abilities: { edit: true, transitions: ["apply"], budget: true, recordFunds: false },
    });
    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .select(["action"])
      .where("entity", "=", "project")
      .where("entity_id", "=", String(project.id))
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["project.create"]);

    const bad = await station.request({
      method: "POST",
      url: "/api/projects",
      payload: projectBody(stationId, nanmen, { kind: "x", periodEnd: "2025-01-01", domains: [] }),
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.fields.map((field: { path: string }) => field.path);
    expect(paths).toEqual(expect.arrayContaining(["kind", "periodEnd", "domains"]));
    expect(JSON.stringify(bad.json())).toContain("应不早于开始日期");

    const elsewhere = await officer.request({
      method: "POST",
      url: "/api/projects",
      payload: projectBody(stationId, yuyaoDistrict),
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.fields[0]).toMatchObject({ path: "regionCode" });
    const foreignImplementer = await yuyao.request({
      method: "POST",
      url: "/api/projects",
      payload: projectBody(stationId, yuyaoDistrict),
    });
    expect(foreignImplementer.json().error.fields[0]).toMatchObject({ path: "implementerId" });
  });

  it("allows each lifecycle step only to its role and status; a return carries its reason back", async () => {
    const project = await newProject(station, stationId, nanmen);
    // 立项 needs a budget line; the applicant budgets while drafting.
    expect((await addLine(station, project.id, "fiscal", "personnel", 100_000)).statusCode).toBe(201);

    const refusedByRole: [Session, string][] = [
      [leader, "apply"],
      [supervisor, "apply"],
    ];
    for (const [who, action] of refusedByRole)
      expect((await step(who, project.id, action)).statusCode).toBe(403);
    expect((await step(station, project.id, "pass")).statusCode).toBe(403);

    expect((await step(station, project.id, "apply")).statusCode).toBe(200);
    expect((await step(station, project.id, "apply")).json().error.message).toBe(
      "项目当前为“待审核”，不能提交申报",
    );
    // station_staff lacks projects.approve: review is refused whatever the status.
    const stationReview = await step(station, project.id, "pass");
    expect(stationReview.statusCode).toBe(403);

    const noReason = await step(officer, project.id, "return");
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0].message).toBe("原因：请填写退回原因");
    const returned = await step(officer, project.id, "return", { reason: "服务人次目标依据不足" });
    expect(returned.json()).toMatchObject({ status: "returned", returnedReason: "服务人次目标依据不足" });
    const seenByApplicant = (await get(station, project.id)).json();
    expect(seenByApplicant).toMatchObject({ returnedReason: "服务人次目标依据不足" });
    expect(seenByApplicant.abilities).toMatchObject({ edit: true, transitions: ["apply"] });
    const edited = await station.request({
      method: "PATCH",
      url: `/api/projects/${project.id}`,
      payload: { targets: [{ indicator: "serviceVisits", targetValue: 900 }] },
    });
    expect(edited.statusCode).toBe(200);

    const sequence: [Session, string, string, Record<string, unknown>?][] = [
      [station, "apply", "applied"],
      [officer, "pass", "approved"],
      [officer, "establish", "established"],
      [station, "start", "implementing"],
      [station, "midterm", "midterm", { note: "进度符合计划" }],
      [officer, "close", "closed"],
      [officer, "evaluate", "evaluated", { note: "良好" }],
    ];
    for (const [who, action, status, form] of sequence) {
      const other = who === station ? officer : station;
      // The applicant's steps are the officer's too (manage); review steps never the station's.
      if (who === officer) expect((await step(other, project.id, action, form)).statusCode).toBe(403);
      expect((await step(leader, project.id, action, form)).statusCode).toBe(403);
      const moved = await step(who, project.id, action, form);
      expect(moved.statusCode, `${action}: ${moved.body}`).toBe(200);
      expect(moved.json().status).toBe(status);
      // The reviewer sees why it was returned until passing it.
      expect(moved.json().returnedReason).toBe(action === "apply" ? "服务人次目标依据不足" : null);
    }
    const patchClosed = await station.request({
      method: "PATCH",
      url: `/api/projects/${project.id}`,
      payload: { name: "改名" },
    });
    expect(patchClosed.statusCode).toBe(409);
    const history = await t.ctx.db
      .selectFrom("audit_log")
      .select(["after_json"])
      .where("action", "=", "project.transition")
      .where("entity_id", "=", String(project.id))
      .orderBy("id")
      .execute();
    expect(history.map((row) => JSON.parse(row.after_json ?? "{}").status)).toEqual([
      "applied",
      "returned",
      "applied",
      "approved",
      "established",
      "implementing",
      "midterm",
      "closed",
      "evaluated",
    ]);
  });

  it("refuses 立项 without a budget line", async () => {
    const project = await newProject(station, stationId, nanmen);
    await step(station, project.id, "apply");
    await step(officer, project.id, "pass");
    const refused = await step(officer, project.id, "establish");
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe("尚未编制预算科目，不能立项");
  });

  it("refuses an over-spend with 409, unless a holder of funds.overspend gives a reason", async () => {
    const project = await implementingProject(station, officer, stationId, nanmen, [
      ["fiscal", "activity", 10_000],
      ["charity", "supplies", 5_000],
    ]);
    const [activityLine] = project.budgetLines;
    const spend = (who: Session, amountFen: number, extra: Record<string, unknown> = {}) =>
      who.request({
        method: "POST",
        url: `/api/projects/${project.id}/expenditures`,
        payload: {
          spentOn: "2026-05-01",
          budgetLineId: activityLine.id,
          amountFen,
          payee: "某印务公司",
          ...extra,
        },
      });
    expect((await spend(station, 9_999)).statusCode).toBe(201);
    const over = await spend(station, 2, { overspendReason: "临时加印" });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.message).toBe(
      "超出预算科目“活动·财政资金”的可用余额（剩余 0.01 元），超支须由有超支审批权限的人员登记并说明原因",
    );
    const withoutReason = await spend(officer, 2);
    expect(withoutReason.statusCode).toBe(409);
    expect(withoutReason.json().error.fields[0].path).toBe("overspendReason");
    expect((await spend(station, 1)).statusCode).toBe(201); // exactly the budget
    const allowed = await spend(officer, 500, { overspendReason: "物价上涨，经局务会同意" });
    expect(allowed.statusCode).toBe(201);
    const detail = allowed.json();
    expect(detail.budgetLines[0]).toMatchObject({
      budgetFen: 10_000,
      spentFen: 10_500,
      spentOfBudgetBp: 10500,
    });
    expect(detail.spentFen).toBe(10_500);
    expect(detail.expenditures.at(-1)).toMatchObject({ overspendReason: "物价上涨，经局务会同意" });
    const overspendAudit = await t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "projectExpenditure.overspend")
      .execute();
    expect(overspendAudit).toHaveLength(1);
    // The refused attempts left nothing behind.
    expect(detail.expenditures).toHaveLength(3);

    const lower = await officer.request({
      method: "PATCH",
      url: `/api/projects/${project.id}/budget-lines/${activityLine.id}`,
      payload: { amountFen: 10_000, reason: "压缩" },
    });
    expect(lower.statusCode).toBe(409);
  });

  it("checks concurrent expenditures on one line one after the other: the budget is never passed", async () => {
    const project = await implementingProject(station, officer, stationId, nanmen, [
      ["fiscal", "supplies", 1_000],
    ]);
    const [line] = project.budgetLines;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        station.request({
          method: "POST",
          url: `/api/projects/${project.id}/expenditures`,
          payload: { spentOn: "2026-05-01", budgetLineId: line.id, amountFen: 400, payee: "某超市" },
        }),
      ),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 201, 409, 409, 409]);
    const detail = (await get(station, project.id)).json();
    expect(detail.budgetLines[0]).toMatchObject({ budgetFen: 1_000, spentFen: 800 });
    expect(detail.expenditures).toHaveLength(2);
  });

  it("writes an expenditure and its reversal whole or not at all (a failure at the audit entry, after the line's total moved)", async () => {
    const project = await implementingProject(station, officer, stationId, nanmen, [
      ["fiscal", "supplies", 1_000],
    ]);
    const [line] = project.budgetLines;
    const spend = () =>
      station.request({
        method: "POST",
        url: `/api/projects/${project.id}/expenditures`,
        payload: { spentOn: "2026-05-01", budgetLineId: line.id, amountFen: 300, payee: "某超市" },
      });
    let undo = await failInsertsInto(t, "audit_log", "NEW.action = 'projectExpenditure.create'");
    expect((await spend()).statusCode).toBe(500);
    await undo();
    let detail = (await get(station, project.id)).json();
    expect(detail.expenditures).toHaveLength(0);
    expect(detail.budgetLines[0]).toMatchObject({ spentFen: 0 });
    expect(detail.spentFen).toBe(0);

    const spent = (await spend()).json();
    const entry = spent.expenditures[0];
    undo = await failInsertsInto(t, "audit_log", "NEW.action = 'projectExpenditure.reverse'");
    const reversal = await station.request({
      method: "POST",
      url: `/api/projects/${project.id}/expenditures/${entry.id}/reverse`,
      payload: { reason: "重复登记" },
    });
    expect(reversal.statusCode).toBe(500);
    await undo();
    detail = (await get(station, project.id)).json();
    expect(detail.expenditures).toHaveLength(1);
    expect(detail.budgetLines[0]).toMatchObject({ spentFen: 300 });
    expect(detail.spentFen).toBe(300);
  });

  it("reverses an entry once, with a reason, never deleting it; refuses money outside 立项…结项", async () => {
    const draft = await newProject(station, stationId, nanmen);
    const early = await station.request({
      method: "POST",
      url: `/api/projects/${draft.id}/receipts`,
      payload: { receivedOn: "2026-02-01", source: "fiscal", amountFen: 100, payer: "海曙区民政局" },
    });
    expect(early.statusCode).toBe(409);

    const project = await implementingProject(station, officer, stationId, nanmen, [
      ["fiscal", "personnel", 50_000],
    ]);
    const receive = (source: string, amountFen: number) =>
      station.request({
        method: "POST",
        url: `/api/projects/${project.id}/receipts`,
        payload: { receivedOn: "2026-02-01", source, amountFen, payer: "海曙区民政局" },
      });
    await receive("fiscal", 30_000);
    const second = (await receive("enterprise", 12_345)).json();
    const wrong = second.receipts.at(-1);
    const reverse = (id: number, reason?: string) =>
      station.request({
        method: "POST",
        url: `/api/projects/${project.id}/receipts/${id}/reverse`,
        payload: reason === undefined ? {} : { reason },
      });
    expect((await reverse(wrong.id)).statusCode).toBe(400);
    const reversed = await reverse(wrong.id, "金额录错");
    expect(reversed.statusCode).toBe(201);
    const after = reversed.json();
    expect(after.receivedFen).toBe(30_000);
    expect(after.receipts).toHaveLength(3);
    expect(after.receipts.find((r: { id: number }) => r.id === wrong.id).reversedById).toBeGreaterThan(0);
    expect(after.receipts.at(-1)).toMatchObject({
      amountFen: -12_345,
      reversesId: wrong.id,
      note: "金额录错",
    });
    expect(after.receivedBySource).toEqual([
      { source: "fiscal", amountFen: 30_000 },
      { source: "enterprise", amountFen: 0 },
    ]);
    expect((await reverse(wrong.id, "再冲一次")).statusCode).toBe(409);
    expect((await reverse(after.receipts.at(-1).id, "冲销冲销")).statusCode).toBe(409);
    expect(after.spentOfReceivedBp).toBe(0);
  });

  it("keeps an out-of-scope user from reading, listing or changing a project; the leader reads only", async () => {
    const project = await implementingProject(station, officer, stationId, nanmen, [
      ["fiscal", "personnel", 1_000],
    ]);
    const paths: [string, string, Record<string, unknown>?][] = [
      ["GET", `/api/projects/${project.id}`],
      ["PATCH", `/api/projects/${project.id}`, { name: "越权修改" }],
      ["POST", `/api/projects/${project.id}/transitions`, { action: "midterm", form: { note: "越权" } }],
      [
        "POST",
        `/api/projects/${project.id}/budget-lines`,
        { source: "fiscal", category: "other", amountFen: 1 },
      ],
      [
        "POST",
        `/api/projects/${project.id}/receipts`,
        { receivedOn: "2026-02-01", source: "fiscal", amountFen: 1, payer: "某" },
      ],
      [
        "POST",
        `/api/projects/${project.id}/expenditures`,
        { spentOn: "2026-02-01", budgetLineId: project.budgetLines[0].id, amountFen: 1, payee: "某" },
      ],
    ];
    for (const [method, url, payload] of paths) {
      const answer = await yuyao.request({ method: method as "GET", url, payload });
      expect(answer.statusCode, `${method} ${url}`).toBe(404);
    }
    const listed = (await yuyao.request({ method: "GET", url: "/api/projects?pageSize=200" })).json();
    expect(listed.items.map((p: { id: number }) => p.id)).not.toContain(project.id);
    const asked = await yuyao.request({ method: "GET", url: `/api/projects?regionCode=${haishuDistrict}` });
    expect(asked.json().total).toBe(0);
    const summary = await yuyao.request({
      method: "GET",
      url: `/api/projects/funding-summary?regionCode=${haishuDistrict}`,
    });
    expect(summary.statusCode).toBe(404);

    const seen = await get(leader, project.id);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().abilities).toEqual({
      edit: false,
      transitions: [],
      budget: false,
      recordFunds: false,
      reverseFunds: false,
      overspend: false,
      progress: false,
    });
    const leaderWrite = await leader.request({
      method: "POST",
      url: `/api/projects/${project.id}/receipts`,
      payload: { receivedOn: "2026-02-01", source: "fiscal", amountFen: 1, payer: "某" },
    });
    expect(leaderWrite.statusCode).toBe(403);
    const byName = (
      await officer.request({ method: "GET", url: "/api/projects?q=银龄&status=implementing" })
    ).json();
    expect(byName.items.map((p: { id: number }) => p.id)).toContain(project.id);
  });

  it("records progress with evidence after 实施", async () => {
    const project = await implementingProject(station, officer, stationId, nanmen, [
      ["fiscal", "personnel", 1_000],
    ]);
    const answer = await station.request({
      method: "POST",
      url: `/api/projects/${project.id}/progress`,
      payload: {
        targets: [{ id: project.targets[0].id, achievedValue: 640, evidenceNote: "服务记录台账 1–6 月" }],
        milestones: [{ id: project.milestones[0].id, doneOn: "2026-03-20" }],
      },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json().targets[0]).toMatchObject({
      achievedValue: 640,
      evidenceNote: "服务记录台账 1–6 月",
    });
    expect(answer.json().milestones[0].doneOn).toBe("2026-03-20");
    const noEvidence = await station.request({
      method: "POST",
      url: `/api/projects/${project.id}/progress`,
      payload: { targets: [{ id: project.targets[0].id, achievedValue: 1 }] },
    });
    expect(noEvidence.statusCode).toBe(400);
  });
});
