import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, newClient, newVolunteer, signedInAs } from "../../../test/factories.ts";
import { failInsertsInto } from "../../../test/failureInjection.ts";
import { dialects, requestUserOf, type Session, type TestApp } from "../../../test/harness.ts";
import { loadWorkbook } from "../../platform/excel/testing.ts";
import { insertCaseRow } from "./cases.testing.ts";
import type { CaseTable } from "./casework.tables.ts";

const nanmen = "330203001001";
const jiangbei = "330205001001";
const today = "2026-11-30"; // the test clock's day in China

/**
 * Service records over cases written straight into the table (how cases reach their stages is
 * tested with the cases): the ledger in the record's transaction, corrections, who sees what.
 */
describe.each(dialects)("service records (服务记录) on %s", (dialect) => {
  let t: TestApp;
  let station: Session;
  let worker: Session;
  let otherWorker: Session;
  let supervisor: Session;
  let haishu: Session;
  let jiangbeiStation: Session;
  let leader: Session;
  const ids: Record<string, number> = {};

  const idOf = async (session: Session) => (await requestUserOf(t, session)).id;

  function insertCase(fields: Partial<Omit<CaseTable, "id">>): Promise<number> {
    return insertCaseRow(t.ctx.db, t.clock.now(), {
      client_id: ids.client ?? 0,
      region_code: nanmen,
      stage: "intervention",
      stage_entered_on: today,
      plan_approval: "approved",
      opened_on: today,
      assigned_worker_id: ids.worker ?? null,
      ...fields,
    });
  }

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    station = await signedInAs(t, "station_staff", "330203001000");
    worker = await signedInAs(t, "social_worker", "330203001000");
    otherWorker = await signedInAs(t, "social_worker", "330203002000");
    supervisor = await signedInAs(t, "supervisor", "330203000000");
    haishu = await signedInAs(t, "district_officer", "330203000000");
    jiangbeiStation = await signedInAs(t, "station_staff", "330205001000");
    leader = await signedInAs(t, "leader", "330200000000");
    ids.station = await idOf(station);
    ids.worker = await idOf(worker);
    ids.otherWorker = await idOf(otherWorker);
    ids.client = (await newClient(station, nanmen)).id;
    ids.minorClient = (
      await newClient(station, nanmen, {
        name: "李小明",
        idNumber: null,
        birthDate: "2016-05-01",
        sex: "male",
        guardianName: "李强",
        guardianRelation: "父子",
      })
    ).id;
    ids.volunteer = (await newVolunteer(station, nanmen)).id;
    ids.volunteer2 = (await newVolunteer(station, nanmen, { name: "王志强" })).id;
    ids.jiangbeiVolunteer = (await newVolunteer(jiangbeiStation, jiangbei)).id;
    ids.case = await insertCase({});
    ids.minorCase = await insertCase({ client_id: ids.minorClient, involves_minor: 1 });
    ids.closedCase = await insertCase({ stage: "closed", ended_on: today });
  });
  afterAll(() => t.close());

  const standalone = (overrides: Record<string, unknown> = {}) => ({
    regionCode: nanmen,
    serviceDate: today,
    minutes: 90,
    method: "casework",
    type: "探访",
    domain: "养老服务",
    place: "服务对象家中",
    notes: "老人近来情绪低落，独居，子女在外地。",
    clientIds: [ids.client],
    workerIds: [ids.worker],
    volunteers: [{ volunteerId: ids.volunteer, hours: 2 }],
    ...overrides,
  });
  const record = async (session: Session, payload: Record<string, unknown>) => {
    const response = await session.request({ method: "POST", url: "/api/service-records", payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const totalHours = async (volunteerId: number) =>
    Number(
      (
        await t.ctx.db
          .selectFrom("volunteers")
          .select("total_hours")
          .where("id", "=", volunteerId)
          .executeTakeFirstOrThrow()
      ).total_hours,
    );
  const ledgerOf = (recordId: number) =>
    t.ctx.db
      .selectFrom("volunteer_service_records")
      .selectAll()
      .where("source_kind", "=", "caseServiceRecord")
      .where("source_id", "=", recordId)
      .orderBy("id")
      .execute();
  const caseCount = async (caseId: number) =>
    (
      await t.ctx.db
        .selectFrom("cases")
        .select("service_record_count")
        .where("id", "=", caseId)
        .executeTakeFirstOrThrow()
    ).service_record_count;

  it("records a standalone service: the volunteer's hours reach the ledger (67号令 fields) and the cumulative hours, notes encrypted at rest", async () => {
    const before = await totalHours(ids.volunteer as number);
    const created = await record(station, standalone());
    expect(created).toMatchObject({
      case: null,
      region: { code: nanmen },
      minutes: 90,
      type: "探访",
      clients: [{ id: ids.client }],
      workers: [{ id: ids.worker }],
      volunteers: [{ id: ids.volunteer, hours: 2 }],
      volunteerHours: 2,
      abilities: { correct: true, void: true },
    });
    expect(await totalHours(ids.volunteer as number)).toBe(before + 2);
    const [entry] = await ledgerOf(created.id);
    expect(entry).toMatchObject({
      volunteer_id: ids.volunteer,
      entry_kind: "earned",
      content: "探访（服务对象家中）",
      service_date: today,
      place: "服务对象家中",
      hours: 2,
      confirmed_by: expect.stringMatching(/^测试用户/),
    });
    expect(entry?.recording_organization).toBeTruthy();
    expect(created.volunteers[0].ledgerEntryId).toBe(entry?.id);

    const raw = await t.ctx.db
      .selectFrom("service_records")
      .selectAll()
      .where("id", "=", created.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(raw)).not.toContain("情绪低落");
    expect(t.ctx.cipher.decrypt(raw.notes_cipher ?? "")).toContain("情绪低落");
    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .select(["action", "after_json"])
      .where("entity", "=", "caseServiceRecord")
      .where("entity_id", "=", String(created.id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["caseServiceRecord.create"]);
    expect(audit[0]?.after_json).not.toContain("情绪低落");
  });

  it("offers as workers the active caseworkers in the user's scope only", async () => {
    const options = await station.request({ method: "GET", url: "/api/service-records/worker-options" });
    expect(options.statusCode).toBe(200);
    const offered = (options.json() as { id: number }[]).map((o) => o.id);
    expect(offered).toContain(ids.worker);
    expect(offered).not.toContain(ids.otherWorker);
    const refused = await leader.request({ method: "GET", url: "/api/service-records/worker-options" });
    expect(refused.statusCode).toBe(403);
  });

  it("reading a record's notes is audited; the list and the export never carry them", async () => {
    const created = await record(station, standalone({ notes: "案主提到家庭矛盾" }));
    const detail = await worker.request({ method: "GET", url: `/api/service-records/${created.id}` });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().notes).toBe("案主提到家庭矛盾");
    const views = await t.ctx.db
      .selectFrom("audit_log")
      .select("actor_id")
      .where("action", "=", "caseServiceRecord.notes.view")
      .where("entity_id", "=", String(created.id))
      .execute();
    expect(views.map((v) => v.actor_id)).toEqual([ids.worker]);
    const list = await station.request({ method: "GET", url: "/api/service-records?pageSize=200" });
    expect(list.body).not.toContain("家庭矛盾");
    const exported = await station.request({ method: "GET", url: "/api/service-records/export" });
    expect(exported.statusCode).toBe(200);
    const sheet = (await loadWorkbook(exported.rawPayload)).worksheets[0];
    const cells: unknown[] = [];
    sheet?.eachRow((row) => cells.push(...(row.values as unknown[])));
    expect(cells.join("|")).not.toContain("家庭矛盾");
    expect(cells.join("|")).toContain("服务对象家中");
  });

  it("records a service on a case: the case's count goes up; a closed case, another's case and a district officer are refused", async () => {
    const count = await caseCount(ids.case as number);
    const created = await record(worker, standalone({ caseId: ids.case, regionCode: null }));
    expect(created.case).toMatchObject({ id: ids.case });
    expect(await caseCount(ids.case as number)).toBe(count + 1);

    const closed = await worker.request({
      method: "POST",
      url: "/api/service-records",
      payload: standalone({ caseId: ids.closedCase }),
    });
    expect(closed.statusCode).toBe(400);
    expect(closed.json().error.fields[0].path).toBe("caseId");

    const notTheirs = await otherWorker.request({
      method: "POST",
      url: "/api/service-records",
      payload: standalone({ caseId: ids.case, workerIds: [ids.otherWorker] }),
    });
    expect(notTheirs.statusCode).toBe(404);
    const officer = await haishu.request({
      method: "POST",
      url: "/api/service-records",
      payload: standalone({ caseId: ids.case }),
    });
    expect(officer.statusCode).toBe(403);
    const outOfScope = await station.request({
      method: "POST",
      url: "/api/service-records",
      payload: standalone({ volunteers: [{ volunteerId: ids.jiangbeiVolunteer, hours: 1 }] }),
    });
    expect(outOfScope.statusCode).toBe(400);
    expect(outOfScope.json().error.fields.map((f: { path: string }) => f.path)).toEqual(["volunteers"]);
    const leaderTry = await leader.request({
      method: "POST",
      url: "/api/service-records",
      payload: standalone(),
    });
    expect(leaderTry.statusCode).toBe(403);
  });

  it("shows a record only to those who may see it: other street's worker, a district officer for a minor's case and a leader see nothing", async () => {
    const minors = await record(station, standalone({ caseId: ids.minorCase, clientIds: [ids.minorClient] }));
    const solo = await record(station, standalone({ workerIds: [ids.station], place: "社工站活动室" }));
    const seen = async (session: Session, id: number) => {
      const detail = await session.request({ method: "GET", url: `/api/service-records/${id}` });
      const list = await session.request({ method: "GET", url: "/api/service-records?pageSize=200" });
      const exported = await session.request({ method: "GET", url: `/api/service-records/export?ids=${id}` });
      if (detail.statusCode === 403) {
        expect(list.statusCode).toBe(403);
        expect(exported.statusCode).toBe(403);
        return "forbidden";
      }
      const listed = (list.json().items as { id: number }[]).some((item) => item.id === id);
      expect(listed).toBe(detail.statusCode === 200);
      // Not every role exports (a social worker does not); those who do export what they see.
      if (exported.statusCode !== 403) {
        expect(exported.statusCode, exported.body).toBe(200);
        const rows = ((await loadWorkbook(exported.rawPayload)).worksheets[0]?.actualRowCount ?? 1) - 1;
        expect(rows).toBe(detail.statusCode === 200 ? 1 : 0);
      }
      if (detail.statusCode === 404) expect(detail.body).not.toContain("测试个案");
      return detail.statusCode;
    };
    expect(await seen(worker, minors.id)).toBe(200); // assigned
    expect(await seen(station, minors.id)).toBe(200);
    expect(await seen(supervisor, minors.id)).toBe(200);
    // A supervisor attached to another street of the district supervises the district.
    const streetSupervisor = await signedInAs(t, "supervisor", "330203002000");
    expect(await seen(streetSupervisor, minors.id)).toBe(200);
    expect(await seen(haishu, minors.id)).toBe(404); // a minor's case: not the district officer
    expect(await seen(otherWorker, minors.id)).toBe(404);
    expect(await seen(jiangbeiStation, minors.id)).toBe(404);
    expect(await seen(leader, minors.id)).toBe("forbidden");
    // A standalone record: the region, and a social worker only their own.
    expect(await seen(haishu, solo.id)).toBe(200);
    expect(await seen(worker, solo.id)).toBe(404);
    expect(await seen(otherWorker, solo.id)).toBe(404);
    expect(await seen(jiangbeiStation, solo.id)).toBe(404);
    const searched = await haishu.request({ method: "GET", url: "/api/service-records?q=社工站活动" });
    expect((searched.json().items as { id: number }[]).map((i) => i.id)).toEqual([solo.id]);
    const byCase = await haishu.request({
      method: "GET",
      url: `/api/service-records?caseId=${ids.minorCase}`,
    });
    expect(byCase.json().total).toBe(0);
  });

  it("rolls the whole record back when a write after the ledger posting fails: no record, link, ledger entry or hours remain", async () => {
    const volunteerId = ids.volunteer2 as number;
    const hoursBefore = await totalHours(volunteerId);
    const countBefore = await caseCount(ids.case as number);
    const recordsBefore = await t.ctx.db
      .selectFrom("service_records")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const undo = await failInsertsInto(t, "audit_log", "NEW.action = 'caseServiceRecord.create'");
    try {
      const failed = await worker.request({
        method: "POST",
        url: "/api/service-records",
        payload: standalone({ caseId: ids.case, volunteers: [{ volunteerId, hours: 3 }] }),
      });
      expect(failed.statusCode).toBe(500);
    } finally {
      await undo();
    }
    expect(await totalHours(volunteerId)).toBe(hoursBefore);
    expect(await caseCount(ids.case as number)).toBe(countBefore);
    const after = await t.ctx.db
      .selectFrom("service_records")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(recordsBefore.n));
    const entries = await t.ctx.db
      .selectFrom("volunteer_service_records")
      .select("id")
      .where("volunteer_id", "=", volunteerId)
      .execute();
    expect(entries).toEqual([]);
    const links = await t.ctx.db
      .selectFrom("service_record_volunteers")
      .select("record_id")
      .where("volunteer_id", "=", volunteerId)
      .execute();
    expect(links).toEqual([]);
    const posted = await t.ctx.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "volunteer.hours.record")
      .where("entity_id", "=", String(volunteerId))
      .execute();
    expect(posted).toEqual([]);
  });

  it("corrects a record by an audited update (notes' words kept out of the log) and voids it by reversing its ledger entries", async () => {
    const created = await record(worker, standalone({ caseId: ids.case, regionCode: null }));
    const count = await caseCount(ids.case as number);
    const hours = await totalHours(ids.volunteer as number);
    const patched = await worker.request({
      method: "PATCH",
      url: `/api/service-records/${created.id}`,
      payload: { startTime: "09:00", endTime: "10:30", type: "精神慰藉", notes: "新的内容：案主同意就医" },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ minutes: 90, type: "精神慰藉", startTime: "09:00" });
    const [update] = await t.ctx.db
      .selectFrom("audit_log")
      .select(["before_json", "after_json"])
      .where("action", "=", "caseServiceRecord.update")
      .where("entity_id", "=", String(created.id))
      .execute();
    expect(JSON.parse(update?.before_json ?? "{}")).toMatchObject({ type: "探访" });
    expect(JSON.parse(update?.after_json ?? "{}")).toMatchObject({ type: "精神慰藉", startTime: "09:00" });
    expect(update?.after_json).not.toContain("就医");
    const otherEdits = await otherWorker.request({
      method: "PATCH",
      url: `/api/service-records/${created.id}`,
      payload: { place: "别处" },
    });
    expect(otherEdits.statusCode).toBe(404);

    const voided = await worker.request({
      method: "POST",
      url: `/api/service-records/${created.id}/void`,
      payload: { reason: "重复登记" },
    });
    expect(voided.statusCode, voided.body).toBe(200);
    expect(voided.json()).toMatchObject({
      isVoided: true,
      voidReason: "重复登记",
      abilities: { void: false },
    });
    expect(voided.json().volunteers[0].reversedByEntryId).toBeTypeOf("number");
    expect(await totalHours(ids.volunteer as number)).toBe(hours - 2);
    expect(await caseCount(ids.case as number)).toBe(count - 1);
    const entries = await ledgerOf(created.id);
    expect(entries.map((e) => e.hours)).toEqual([2, -2]);
    expect(entries[1]?.reverses_id).toBe(entries[0]?.id);
    const again = await worker.request({
      method: "POST",
      url: `/api/service-records/${created.id}/void`,
      payload: { reason: "重复登记" },
    });
    expect(again.statusCode).toBe(409);
    const listed = await worker.request({ method: "GET", url: `/api/service-records?caseId=${ids.case}` });
    expect((listed.json().items as { id: number }[]).map((i) => i.id)).not.toContain(created.id);
  });

  it("keeps the ledger equal to the standing records' volunteer hours over any sequence of records and voids (property)", async () => {
    const volunteers = [ids.volunteer as number, ids.volunteer2 as number];
    const op = fc.oneof(
      fc.record({
        kind: fc.constant("create" as const),
        hours: fc.subarray(
          volunteers.map((v) => v),
          { minLength: 0 },
        ),
        amount: fc.integer({ min: 1, max: 16 }).map((n) => n / 4),
      }),
      fc.record({ kind: fc.constant("void" as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        const created: number[] = [];
        for (const step of ops) {
          if (step.kind === "create") {
            const body = await record(
              station,
              standalone({
                workerIds: [ids.station],
                volunteers: step.hours.map((volunteerId) => ({ volunteerId, hours: step.amount })),
              }),
            );
            created.push(body.id);
          } else if (created.length > 0) {
            const id = created[step.pick % created.length];
            await station.request({
              method: "POST",
              url: `/api/service-records/${id}/void`,
              payload: { reason: "属性测试" },
            });
          }
        }
        const posted = await t.ctx.db
          .selectFrom("volunteer_service_records")
          .select((eb) => eb.fn.sum<number>("hours").as("h"))
          .where("source_kind", "=", "caseServiceRecord")
          .executeTakeFirstOrThrow();
        const standing = await t.ctx.db
          .selectFrom("service_record_volunteers as l")
          .innerJoin("service_records as r", "r.id", "l.record_id")
          .select((eb) => eb.fn.sum<number>("l.hours").as("h"))
          .where("r.voided_at", "is", null)
          .executeTakeFirstOrThrow();
        expect(Number(posted.h ?? 0)).toBeCloseTo(Number(standing.h ?? 0), 6);
        for (const volunteerId of volunteers) {
          const earned = await t.ctx.db
            .selectFrom("volunteer_service_records")
            .select((eb) => eb.fn.sum<number>("hours").as("h"))
            .where("volunteer_id", "=", volunteerId)
            .where("entry_kind", "=", "earned")
            .executeTakeFirstOrThrow();
          expect(await totalHours(volunteerId)).toBeCloseTo(Number(earned.h ?? 0), 6);
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
