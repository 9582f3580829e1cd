import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, signedInAs } from "../../../test/factories.ts";
import { failInsertsInto } from "../../../test/failureInjection.ts";
import { createTestApp, dialects, type Session, type TestApp } from "../../../test/harness.ts";
import { loadWorkbook } from "../../platform/excel/testing.ts";
import {
  jiangxia,
  makePlatform,
  nanmen,
  validIdNumber,
  workerBody,
} from "../socialWorkers/socialWorkers.testing.ts";

const haishuDistrict = "330203000000";
const jiangbeiDistrict = "330205000000";
const jiangbeiStreet = "330205001000";

/**
 * Training courses: completion credits each worker's continuing-education ledger and moves the
 * cycle status, in one transaction; cancelling reverses it; the capacity holds under concurrent
 * enrolment; users outside the course's region neither read, list, export nor change it; the
 * compliance report on a hand-computed fixture.
 */
describe.each(dialects)("training courses on %s", (dialect) => {
  let t: TestApp;
  let haishu: Session;
  let station: Session;
  let jiangxiaStation: Session;
  let worker: Session;
  let leader: Session;
  let yuyao: Session;
  let jiangbei: Session;
  let nanmenPlatform: number;
  let sequence = 300;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    haishu = await signedInAs(t, "district_officer", haishuDistrict);
    station = await signedInAs(t, "station_staff", nanmen);
    jiangxiaStation = await signedInAs(t, "station_staff", jiangxia);
    worker = await signedInAs(t, "social_worker", nanmen);
    leader = await signedInAs(t, "leader", "330200000000");
    yuyao = await signedInAs(t, "district_officer", "330281000000");
    jiangbei = await signedInAs(t, "district_officer", jiangbeiDistrict);
    nanmenPlatform = await makePlatform(t.ctx.db, "培训测试南门社工站", nanmen);
  });
  afterAll(() => t.close());

  const newWorker = async (overrides: Record<string, unknown> = {}, session = haishu): Promise<number> => {
    sequence += 2;
    const response = await session.request({
      method: "POST",
      url: "/api/social-workers",
      payload: workerBody({
        idNumber: validIdNumber("330203", "19900101", String(sequence)),
        platformId: nanmenPlatform,
        ...overrides,
      }),
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id;
  };
  const addHours = async (workerId: number, completedOn: string, hours: number, session = haishu) => {
    const response = await session.request({
      method: "POST",
      url: `/api/social-workers/${workerId}/education-hours`,
      payload: { kind: "training", completedOn, hours, description: `既有培训 ${hours} 学时` },
    });
    expect(response.statusCode, response.body).toBe(201);
  };
  const cycleOf = async (workerId: number) =>
    (await haishu.request({ method: "GET", url: `/api/social-workers/${workerId}/education-hours` })).json();
  const courseBody = (overrides: Record<string, unknown> = {}) => ({
    name: "社区养老服务实务继续教育班",
    kind: "continuing",
    organizer: "南门街道社会工作服务站",
    regionCode: nanmen,
    startDate: "2026-11-10",
    endDate: "2026-11-20",
    sessions: [
      { date: "2026-11-10", startTime: "09:00", endTime: "12:00", topic: "老年人需求评估" },
      { date: "2026-11-20", startTime: "14:00", endTime: "17:00", topic: "个案管理与转介" },
    ],
    hours: 12,
    capacity: 30,
    targetLevels: ["assistant", "intermediate", "senior"],
    ...overrides,
  });
  // biome-ignore lint/suspicious/noExplicitAny: the tests read the answer's fields as the API sends them.
  const newCourse = async (overrides: Record<string, unknown> = {}, session = station): Promise<any> => {
    const response = await session.request({
      method: "POST",
      url: "/api/courses",
      payload: courseBody(overrides),
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const enrol = (courseId: number, socialWorkerId: number, session = station) =>
    session.request({
      method: "POST",
      url: `/api/courses/${courseId}/enrolments`,
      payload: { socialWorkerId },
    });
  const signIn = (courseId: number, sessionId: number, enrolmentIds: number[], session = station) =>
    session.request({
      method: "POST",
      url: `/api/courses/${courseId}/attendance`,
      payload: { sessionId, enrolmentIds },
    });
  const complete = (courseId: number, enrolmentIds: number[], session = station) =>
    session.request({
      method: "POST",
      url: `/api/courses/${courseId}/completion`,
      payload: { enrolmentIds },
    });
  const cancelCompletion = (courseId: number, enrolmentId: number, session = station) =>
    session.request({
      method: "POST",
      url: `/api/courses/${courseId}/enrolments/${enrolmentId}/completion/cancel`,
      payload: { reason: "签到记录有误" },
    });

  it("completion credits the hours to the ledger and meets the cycle; cancelling takes them back", async () => {
    // A 社会工作师 registered 2024-03-01: cycle 2024-03-01 … 2027-03-01, 90 h required.
    const workerId = await newWorker();
    await addHours(workerId, "2025-05-01", 80);
    expect((await cycleOf(workerId)).status).toMatchObject({
      completedHours: 80,
      requiredHours: 90,
      isMet: false,
    });

    const course = await newCourse();
    const enrolled = await enrol(course.id, workerId);
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    const enrolmentId = enrolled.json().enrolments[0].id;
    for (const session of course.sessions) {
      expect((await signIn(course.id, session.id, [enrolmentId])).statusCode).toBe(200);
    }
    const completed = await complete(course.id, [enrolmentId]);
    expect(completed.statusCode, completed.body).toBe(200);
    const enrolment = completed.json().enrolments[0];
    expect(enrolment).toMatchObject({ status: "completed", completedOn: "2026-11-20" });
    expect(enrolment.certificateNumber).toMatch(/^PX2026-\d{5}-\d{6}$/);
    expect(completed.json()).toMatchObject({ status: "completed", abilities: { cancelCompletion: true } });

    const after = await cycleOf(workerId);
    expect(after.status).toMatchObject({ completedHours: 92, isMet: true });
    const entry = after.items.find((item: { source: string }) => item.source === "training");
    expect(entry).toMatchObject({ hours: 12, completedOn: "2026-11-20", isInCurrentCycle: true });
    expect(entry.description).toContain(enrolment.certificateNumber);
    const worker = (await haishu.request({ method: "GET", url: `/api/social-workers/${workerId}` })).json();
    expect(worker.educationHours ?? worker.worker?.educationHours).toMatchObject({ isMet: true });

    const cancelled = await cancelCompletion(course.id, enrolmentId);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().enrolments[0]).toMatchObject({ status: "enrolled", certificateNumber: null });
    const reversed = await cycleOf(workerId);
    expect(reversed.status).toMatchObject({ completedHours: 80, isMet: false });
    const reversal = reversed.items.find((item: { reverses: unknown }) => item.reverses !== null);
    expect(reversal).toMatchObject({
      hours: -12,
      reverses: { id: entry.id },
      reversalReason: "签到记录有误",
    });
    expect((await cancelCompletion(course.id, enrolmentId)).statusCode).toBe(409);

    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .select(["action", "entity", "entity_id"])
      .where("action", "in", [
        "courseEnrolment.complete",
        "courseEnrolment.completionCancel",
        "socialWorker.educationHours.add",
        "socialWorker.educationHours.reverse",
      ])
      .execute();
    const actions = audit.map((row) => `${row.action}:${row.entity_id}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        `courseEnrolment.complete:${enrolmentId}`,
        `courseEnrolment.completionCancel:${enrolmentId}`,
        `socialWorker.educationHours.add:${workerId}`,
        `socialWorker.educationHours.reverse:${workerId}`,
      ]),
    );
  });

  it("writes a completion and its cancellation whole or not at all (a failure after the ledger entries)", async () => {
    const workerIds = [await newWorker(), await newWorker()];
    const course = await newCourse();
    const enrolmentIds: number[] = [];
    for (const workerId of workerIds)
      enrolmentIds.push((await enrol(course.id, workerId)).json().enrolments.at(-1).id);
    for (const session of course.sessions) await signIn(course.id, session.id, enrolmentIds);
    const trainingEntries = () =>
      t.ctx.db
        .selectFrom("social_worker_education_hours")
        .select(["id", "hours"])
        .where("social_worker_id", "in", workerIds)
        .execute();

    // The course's own audit entry comes after both workers' ledger entries.
    let undo = await failInsertsInto(t, "audit_log", "NEW.action = 'course.update'");
    expect((await complete(course.id, enrolmentIds)).statusCode).toBe(500);
    await undo();
    expect(await trainingEntries()).toHaveLength(0);
    const untouched = (await station.request({ method: "GET", url: `/api/courses/${course.id}` })).json();
    expect(untouched.status).toBe("open");
    expect(untouched.enrolments.map((e: { status: string }) => e.status)).toEqual(["enrolled", "enrolled"]);

    expect((await complete(course.id, enrolmentIds)).statusCode).toBe(200);
    expect(await trainingEntries()).toHaveLength(2);
    // The enrolment's audit entry comes after the reversing ledger entry.
    undo = await failInsertsInto(t, "audit_log", "NEW.action = 'courseEnrolment.completionCancel'");
    expect((await cancelCompletion(course.id, enrolmentIds[0] as number)).statusCode).toBe(500);
    await undo();
    expect(await trainingEntries()).toHaveLength(2);
    const still = (await station.request({ method: "GET", url: `/api/courses/${course.id}` })).json();
    expect(still.enrolments[0].status).toBe("completed");
  });

  it("completes only after the course ended and for workers signed in to every session", async () => {
    const workerId = await newWorker();
    const course = await newCourse();
    const enrolmentId = (await enrol(course.id, workerId)).json().enrolments[0].id;
    await signIn(course.id, course.sessions[0].id, [enrolmentId]);
    const missing = await complete(course.id, [enrolmentId]);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields[0].message).toContain("未签到全部课次");

    const future = await newCourse({
      startDate: "2026-12-10",
      endDate: "2026-12-10",
      sessions: [{ date: "2026-12-10", startTime: "09:00", endTime: "12:00", topic: "伦理" }],
    });
    const futureEnrolment = (await enrol(future.id, workerId)).json().enrolments[0].id;
    expect((await signIn(future.id, future.sessions[0].id, [futureEnrolment])).statusCode).toBe(400);
    expect((await complete(future.id, [futureEnrolment])).statusCode).toBe(409);
    // Nothing reached the ledger.
    expect((await cycleOf(workerId)).items).toHaveLength(0);
  });

  it("refuses a course with zh-CN messages naming the field", async () => {
    const response = await station.request({
      method: "POST",
      url: "/api/courses",
      payload: courseBody({ capacity: 0, endDate: "2026-11-01", targetLevels: [] }),
    });
    expect(response.statusCode).toBe(400);
    const messages = response.json().error.fields.map((f: { message: string }) => f.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining("名额"),
        expect.stringContaining("结束日期"),
        expect.stringContaining("面向资格等级"),
      ]),
    );
  });

  it("holds the capacity under concurrent enrolment (409 when full)", async () => {
    const course = await newCourse({ capacity: 2 });
    const workers = [await newWorker(), await newWorker(), await newWorker()];
    const answers = await Promise.all(workers.map((id) => enrol(course.id, id)));
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([201, 201, 409]);
    const refused = answers.find((a) => a.statusCode === 409);
    expect(refused?.json().error.message).toContain("名额已满");
    const detail = (await station.request({ method: "GET", url: `/api/courses/${course.id}` })).json();
    expect(detail.enrolledCount).toBe(2);
    expect(detail.enrolments).toHaveLength(2);
    // A withdrawal frees the place.
    const withdrawn = await station.request({
      method: "POST",
      url: `/api/courses/${course.id}/enrolments/${detail.enrolments[0].id}/withdraw`,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const third = workers.find(
      (id) => !detail.enrolments.some((e: { socialWorker: { id: number } }) => e.socialWorker.id === id),
    );
    expect((await enrol(course.id, third as number)).statusCode).toBe(201);
  });

  it("keeps a course from users outside its region; the leader and a social worker only read", async () => {
    const workerId = await newWorker();
    const course = await newCourse();
    for (const outsider of [yuyao, jiangxiaStation]) {
      expect((await outsider.request({ method: "GET", url: `/api/courses/${course.id}` })).statusCode).toBe(
        404,
      );
      const listed = (
        await outsider.request({ method: "GET", url: `/api/courses?regionCode=${nanmen}` })
      ).json();
      expect(listed.total).toBe(0);
      const patched = await outsider.request({
        method: "PATCH",
        url: `/api/courses/${course.id}`,
        payload: { name: "改名" },
      });
      expect(patched.statusCode).toBe(404);
      expect((await enrol(course.id, workerId, outsider)).statusCode).toBe(404);
      const report = (
        await outsider.request({ method: "GET", url: `/api/training/compliance?regionCode=${nanmen}` })
      ).json();
      expect(report.units).toHaveLength(0);
      const exported = await outsider.request({
        method: "GET",
        url: `/api/training/compliance/export?regionCode=${nanmen}`,
      });
      expect(exported.statusCode).toBe(200);
      expect((await loadWorkbook(exported.rawPayload)).worksheets[0]?.actualRowCount).toBe(1);
    }
    // A station's staff enrol only workers of their own scope.
    const ownCourse = await newCourse(
      { regionCode: jiangxia, organizer: "江厦街道社会工作服务站" },
      jiangxiaStation,
    );
    const foreign = await enrol(ownCourse.id, workerId, jiangxiaStation);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields[0].message).toContain("不在本人辖区内");

    for (const reader of [leader, worker]) {
      const read = await reader.request({ method: "GET", url: `/api/courses/${course.id}` });
      expect(read.statusCode).toBe(200);
      expect(Object.values(read.json().abilities).every((value) => value === false)).toBe(true);
      expect((await enrol(course.id, workerId, reader)).statusCode).toBe(403);
      const patched = await reader.request({
        method: "PATCH",
        url: `/api/courses/${course.id}`,
        payload: { name: "改名" },
      });
      expect(patched.statusCode).toBe(403);
    }
  });

  it("counts the cycle compliance by district and station, as computed by hand", async () => {
    const p1 = await makePlatform(t.ctx.db, "江北测试一站", jiangbeiStreet);
    const p2 = await makePlatform(t.ctx.db, "江北测试二站", jiangbeiStreet);
    const make = (overrides: Record<string, unknown>) => newWorker(overrides, jiangbei);
    // A: 社会工作师, cycle 2024-03-01 …, 90 h required, 90 h done → met.
    const a = await make({ platformId: p1 });
    await addHours(a, "2025-01-01", 90, jiangbei);
    // B: 助理, registered 2025-01-10, 72 h required, 50 h done → short 22.
    const b = await make({
      platformId: p1,
      qualificationLevel: "assistant",
      certificateDate: "2024-12-01",
      registrationDate: "2025-01-10",
    });
    await addHours(b, "2025-06-01", 50, jiangbei);
    // C: 高级, registered 2020-05-10: cycle 2026-05-10 …; 100 h in the last cycle do not count, 30 h do → short 60.
    const c = await make({
      platformId: p2,
      qualificationLevel: "senior",
      certificateDate: "2019-06-20",
      registrationDate: "2020-05-10",
    });
    await addHours(c, "2025-06-01", 100, jiangbei);
    await addHours(c, "2026-06-01", 30, jiangbei);
    // D: uncertified — no requirement, not counted.
    await make({
      platformId: p2,
      qualificationLevel: "none",
      certificateNumber: null,
      certificateDate: null,
      registrationDate: null,
    });

    const response = await jiangbei.request({ method: "GET", url: "/api/training/compliance" });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    const unit = (name: string) => report.units.find((u: { name: string }) => u.name === name);
    expect(report.units.find((u: { level: string }) => u.level === "district")).toMatchObject({
      code: jiangbeiDistrict,
      required: 3,
      met: 1,
      short: 2,
      shortHours: 82,
    });
    expect(unit("江北测试一站")).toMatchObject({ required: 2, met: 1, short: 1, shortHours: 22 });
    expect(unit("江北测试二站")).toMatchObject({ required: 1, met: 0, short: 1, shortHours: 60 });
    expect(
      report.shortWorkers.map((w: { id: number; shortBy: number; completedHours: number }) => [
        w.id,
        w.shortBy,
        w.completedHours,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [b, 22, 50],
        [c, 60, 30],
      ]),
    );
    expect(report.shortWorkers).toHaveLength(2);

    const exported = await jiangbei.request({ method: "GET", url: "/api/training/compliance/export" });
    expect(exported.statusCode).toBe(200);
    const sheet = (await loadWorkbook(exported.rawPayload)).worksheets[0];
    expect((sheet?.actualRowCount ?? 0) - 1).toBe(3);
    // The leader sees the same figures; Haishu's officer sees none of Jiangbei's.
    const haishuReport = (
      await haishu.request({ method: "GET", url: `/api/training/compliance?regionCode=${jiangbeiDistrict}` })
    ).json();
    expect(haishuReport.units).toHaveLength(0);
  });
});

describe.each(dialects)("the demo city's courses on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it("has courses whose completions each hold their ledger entry, and places counted within the capacity", async () => {
    const db = t.ctx.db;
    const courses = await db
      .selectFrom("courses")
      .select(["id", "hours", "capacity", "enrolled_count"])
      .execute();
    expect(courses.length).toBeGreaterThan(0);
    const enrolments = await db
      .selectFrom("course_enrolments as e")
      .leftJoin("social_worker_education_hours as h", "h.id", "e.ledger_entry_id")
      .select([
        "e.course_id",
        "e.status",
        "e.social_worker_id",
        "h.social_worker_id as entry_worker",
        "h.hours as entry_hours",
        "h.source",
      ])
      .execute();
    const hoursOf = new Map(courses.map((c) => [c.id, Number(c.hours)]));
    for (const e of enrolments.filter((row) => row.status === "completed")) {
      expect(e.entry_worker).toBe(e.social_worker_id);
      expect(Number(e.entry_hours)).toBe(hoursOf.get(e.course_id));
      expect(e.source).toBe("training");
    }
    const training = await db
      .selectFrom("social_worker_education_hours")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("source", "=", "training")
      .executeTakeFirstOrThrow();
    expect(Number(training.n)).toBe(enrolments.filter((row) => row.status === "completed").length);
    for (const course of courses) {
      const taken = enrolments.filter((e) => e.course_id === course.id && e.status !== "withdrawn").length;
      expect(course.enrolled_count).toBe(taken);
      expect(taken).toBeLessThanOrEqual(course.capacity);
    }
  });
});
