import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, signedInAs } from "../../../test/factories.ts";
import { dialects, type Session, type TestApp } from "../../../test/harness.ts";
import { jiangxia, makePlatform, nanmen, validIdNumber, workerBody } from "./socialWorkers.testing.ts";

/** Corrections of continuing-education hours (issue 9): a reversing entry with a reason, never an edit. */
describe.each(dialects)("corrections of continuing-education hours on %s", (dialect) => {
  let t: TestApp;
  let haishu: Session;
  let station: Session;
  let yuyao: Session;
  let socialWorker: Session;
  let nanmenPlatform: number;
  let jiangxiaPlatform: number;
  let sequence = 100;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    haishu = await signedInAs(t, "district_officer", "330203000000");
    station = await signedInAs(t, "station_staff", nanmen);
    yuyao = await signedInAs(t, "district_officer", "330281000000");
    // Reads the registry but may not manage workers (workers.manage).
    socialWorker = await signedInAs(t, "social_worker", nanmen);
    nanmenPlatform = await makePlatform(t.ctx.db, "更正测试南门社工站", nanmen);
    jiangxiaPlatform = await makePlatform(t.ctx.db, "更正测试江厦社工站", jiangxia);
  });
  afterAll(() => t.close());

  /** A 社会工作师 registered 2024-03-01: the current cycle is 2024-03-01 … 2027-03-01, 90 h required. */
  const newWorker = async (platformId = nanmenPlatform): Promise<number> => {
    sequence += 2;
    const response = await haishu.request({
      method: "POST",
      url: "/api/social-workers",
      payload: workerBody({ idNumber: validIdNumber("330203", "19900101", String(sequence)), platformId }),
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id;
  };
  // biome-ignore lint/suspicious/noExplicitAny: the tests read the answer's fields as the API sends them.
  const add = async (workerId: number, payload: Record<string, unknown>): Promise<any> => {
    const response = await haishu.request({
      method: "POST",
      url: `/api/social-workers/${workerId}/education-hours`,
      payload,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const reverse = (workerId: number, entryId: number, reason = "学时录错，重复登记", session = haishu) =>
    session.request({
      method: "POST",
      url: `/api/social-workers/${workerId}/education-hours/${entryId}/reversal`,
      payload: { reason },
    });
  const listOf = async (workerId: number, session = haishu) =>
    (await session.request({ method: "GET", url: `/api/social-workers/${workerId}/education-hours` })).json();
  const entryOf = (list: { items: { description: string }[] }, description: string) =>
    // biome-ignore lint/suspicious/noExplicitAny: the tests read the answer's fields as the API sends them.
    list.items.find((item) => item.description === description) as any;

  it("reverses an entry: the cycle's hours drop, audited with the reason, the original kept and marked", async () => {
    const id = await newWorker();
    await add(id, { completedOn: "2026-05-10", hours: 60, description: "个案管理专题培训" });
    const added = await add(id, { completedOn: "2026-10-01", hours: 40, description: "督导能力提升班" });
    expect(added.status).toMatchObject({ completedHours: 100, isMet: true });
    const wrong = entryOf(added, "督导能力提升班");
    const storedBefore = await t.ctx.db
      .selectFrom("social_worker_education_hours")
      .selectAll()
      .where("id", "=", wrong.id)
      .executeTakeFirstOrThrow();

    const response = await reverse(id, wrong.id);
    expect(response.statusCode, response.body).toBe(201);
    const list = response.json();
    expect(list.status).toMatchObject({ completedHours: 60, requiredHours: 90, isMet: false });
    expect(list.items).toHaveLength(3);
    const reversal = list.items.find((item: { reverses: unknown }) => item.reverses !== null);
    expect(reversal).toMatchObject({
      kind: "training",
      completedOn: "2026-11-30",
      hours: -40,
      description: "督导能力提升班",
      reverses: { id: wrong.id, date: "2026-10-01" },
      reversalReason: "学时录错，重复登记",
      reversedBy: null,
      isInCurrentCycle: false,
      abilities: { reverse: false },
    });
    expect(entryOf(list, "督导能力提升班") ?? null).not.toBeNull();
    expect(list.items.find((item: { id: number }) => item.id === wrong.id)).toMatchObject({
      hours: 40,
      reversedBy: { id: reversal.id, reason: "学时录错，重复登记", date: "2026-11-30" },
      isInCurrentCycle: false,
      abilities: { reverse: false },
    });
    expect(entryOf(list, "个案管理专题培训")).toMatchObject({
      isInCurrentCycle: true,
      abilities: { reverse: true },
    });
    const stored = await t.ctx.db
      .selectFrom("social_worker_education_hours")
      .selectAll()
      .where("id", "=", wrong.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual(storedBefore);

    // The detail and the list page count the same hours.
    const detail = (await haishu.request({ method: "GET", url: `/api/social-workers/${id}` })).json();
    expect(detail.educationHours).toMatchObject({ completedHours: 60, isMet: false });
    const page = (
      await haishu.request({ method: "GET", url: `/api/social-workers?regionCode=${nanmen}&pageSize=200` })
    ).json();
    expect(page.items.find((w: { id: number }) => w.id === id).educationHours).toMatchObject({
      completedHours: 60,
    });

    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .select(["before_json", "after_json"])
      .where("action", "=", "socialWorker.educationHours.reverse")
      .where("entity_id", "=", String(id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.before_json ?? "{}")).toMatchObject({
      recordId: wrong.id,
      completedOn: "2026-10-01",
      hours: 40,
      completedHours: 100,
    });
    expect(JSON.parse(audit[0]?.after_json ?? "{}")).toMatchObject({
      recordId: reversal.id,
      reversesId: wrong.id,
      reason: "学时录错，重复登记",
      completedOn: "2026-11-30",
      hours: -40,
      completedHours: 60,
    });
  });

  it("takes back the 90 h of a degree, and an entry of an earlier cycle leaves the current one alone", async () => {
    const id = await newWorker();
    const degree = entryOf(
      await add(id, { kind: "degree", completedOn: "2026-06-30", description: "社会工作硕士学位（MSW）" }),
      "社会工作硕士学位（MSW）",
    );
    const earlier = entryOf(
      await add(id, { completedOn: "2023-06-01", hours: 30, description: "上一周期的培训" }),
      "上一周期的培训",
    );
    await add(id, { completedOn: "2026-07-01", hours: 12, description: "伦理专题" });
    const afterDegree = (await reverse(id, degree.id, "学位证书未取得")).json();
    expect(afterDegree.status).toMatchObject({ completedHours: 12, isMet: false });
    expect(afterDegree.items.find((item: { reverses: unknown }) => item.reverses !== null)).toMatchObject({
      kind: "degree",
      hours: -90,
    });
    // Dated today, the reversal of an earlier cycle's entry would otherwise take 30 h from this one.
    const afterEarlier = (await reverse(id, earlier.id, "录入了错误的年份")).json();
    expect(afterEarlier.status).toMatchObject({ completedHours: 12 });
  });

  it("reverses an entry once and never a reversal", async () => {
    const id = await newWorker();
    const entry = entryOf(
      await add(id, { completedOn: "2026-01-05", hours: 8, description: "线上课程" }),
      "线上课程",
    );
    const short = await reverse(id, entry.id, "错");
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields).toEqual([{ path: "reason", message: "更正理由：至少 2 个字符" }]);
    const first = await reverse(id, entry.id);
    expect(first.statusCode).toBe(201);
    const twice = await reverse(id, entry.id, "再次更正");
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe("该记录已更正，不能重复更正");
    const reversal = first.json().items.find((item: { reverses: unknown }) => item.reverses !== null);
    const ofReversal = await reverse(id, reversal.id, "撤销更正");
    expect(ofReversal.statusCode).toBe(400);
    expect(ofReversal.json().error.message).toBe("更正记录不能再更正；如更正有误，请重新登记正确的记录");
    expect((await listOf(id)).items).toHaveLength(2);
  });

  it("answers 404 for a worker outside the scope or another worker's entry and 403 without workers.manage, changing nothing", async () => {
    const id = await newWorker(jiangxiaPlatform);
    const other = await newWorker();
    const entry = entryOf(
      await add(id, { completedOn: "2026-02-01", hours: 20, description: "专题培训" }),
      "专题培训",
    );
    // The 南门街道 station does not see a worker of 江厦街道; 余姚市 sees nothing of 海曙区.
    expect((await reverse(id, entry.id, "越权更正", station)).statusCode).toBe(404);
    expect((await reverse(id, entry.id, "越权更正", yuyao)).statusCode).toBe(404);
    const wrongWorker = await reverse(other, entry.id);
    expect(wrongWorker.statusCode).toBe(404);
    expect(wrongWorker.json().error.message).toBe("继续教育学时记录不存在");
    expect((await reverse(id, entry.id, "无权限更正", socialWorker)).statusCode).toBe(403);
    const list = await listOf(id);
    expect(list.items).toHaveLength(1);
    expect(list.status).toMatchObject({ completedHours: 20 });
    const audits = await t.ctx.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "socialWorker.educationHours.reverse")
      .where("entity_id", "in", [String(id), String(other)])
      .execute();
    expect(audits).toEqual([]);

    // Who may read but not correct sees the entries without the ability.
    const nanmenEntry = entryOf(
      await add(other, { completedOn: "2026-02-01", hours: 6, description: "读书会" }),
      "读书会",
    );
    expect(entryOf(await listOf(other, socialWorker), "读书会").abilities).toEqual({ reverse: false });
    expect(entryOf(await listOf(other, station), "读书会").abilities).toEqual({ reverse: true });
    expect((await reverse(other, nanmenEntry.id, "重复登记", station)).statusCode).toBe(201);
  });
});
