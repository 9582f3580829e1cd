import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, newVolunteer, signedInAs } from "../../../test/factories.ts";
import { dialects, type Session, type TestApp } from "../../../test/harness.ts";

const nanmen = "330203001000";
const organization = "南门街道社会工作服务站";

/** Corrections of the hours ledger (issue 9): a reversing entry with a reason, never an edit. */
describe.each(dialects)("corrections of volunteer service records on %s", (dialect) => {
  let t: TestApp;
  let haishu: Session;
  let station: Session;
  let yuyao: Session;
  let supervisor: Session;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    haishu = await signedInAs(t, "district_officer", "330203000000");
    station = await signedInAs(t, "station_staff", nanmen);
    yuyao = await signedInAs(t, "district_officer", "330281000000");
    // A role that reads registries but may not record hours.
    supervisor = await signedInAs(t, "supervisor", nanmen);
  });
  afterAll(() => t.close());

  const volunteer = () => newVolunteer(haishu, nanmen);
  // biome-ignore lint/suspicious/noExplicitAny: the tests read the answer's fields as the API sends them.
  const record = async (volunteerId: number, payload: Record<string, unknown> = {}): Promise<any> => {
    const response = await haishu.request({
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
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const reverse = (
    volunteerId: number,
    recordId: number,
    reason: unknown = "服务日期录错，重复登记",
    session = haishu,
    headers: Record<string, string> = {},
  ) =>
    session.request({
      method: "POST",
      url: `/api/volunteers/${volunteerId}/service-records/${recordId}/reversal`,
      payload: { reason },
      headers,
    });
  const detailOf = async (id: number) =>
    (await haishu.request({ method: "GET", url: `/api/volunteers/${id}` })).json();
  const ledgerOf = async (id: number, query = "") =>
    (
      await haishu.request({
        method: "GET",
        url: `/api/volunteers/${id}/service-records?pageSize=100${query}`,
      })
    ).json();
  const storedRow = (id: number) =>
    t.ctx.db
      .selectFrom("volunteer_service_records")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();

  it("reverses an earned record: totals and star level drop, audited with the reason, the original kept and marked", async () => {
    const { id } = await volunteer();
    for (const serviceDate of ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04"]) {
      await record(id, { hours: 24, serviceDate });
    }
    const wrong = await record(id, { hours: 4 });
    expect(await detailOf(id)).toMatchObject({ totalHours: 100, starLevel: 1, balanceHours: 100 });
    const storedBefore = await storedRow(wrong.id);

    t.clock.advance(60);
    const response = await reverse(id, wrong.id);
    expect(response.statusCode, response.body).toBe(201);
    const reversal = response.json();
    expect(reversal).toMatchObject({
      entryKind: "earned",
      hours: -4,
      serviceDate: "2026-11-30",
      content: "走访慰问独居老人",
      recordingOrganization: organization,
      reverses: { id: wrong.id, date: "2026-11-20" },
      reversalReason: "服务日期录错，重复登记",
      reversedBy: null,
      abilities: { reverse: false },
    });
    expect(await detailOf(id)).toMatchObject({
      totalHours: 96,
      starLevel: 0,
      nextStarAt: 100,
      balanceHours: 96,
      recordCount: 6,
      recordingOrganizations: [{ name: organization, hours: 96 }],
    });

    // The original is never edited: the same row, now marked as corrected.
    expect(await storedRow(wrong.id)).toEqual(storedBefore);
    const ledger = await ledgerOf(id);
    expect(ledger.total).toBe(6);
    const original = ledger.items.find((item: { id: number }) => item.id === wrong.id);
    expect(original).toMatchObject({
      hours: 4,
      reverses: null,
      reversedBy: { id: reversal.id, reason: "服务日期录错，重复登记", date: "2026-11-30" },
      abilities: { reverse: false },
    });
    expect(ledger.items[0]).toMatchObject({ id: reversal.id });
    // The kind filter keeps a pair together: a reversal carries its original's kind.
    expect((await ledgerOf(id, "&entryKind=earned")).total).toBe(6);
    expect((await ledgerOf(id, "&entryKind=redeemed")).total).toBe(0);

    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .select(["before_json", "after_json", "actor_id"])
      .where("action", "=", "volunteer.hours.reverse")
      .where("entity_id", "=", String(id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_id).not.toBeNull();
    expect(JSON.parse(audit[0]?.before_json ?? "{}")).toMatchObject({
      recordId: wrong.id,
      hours: 4,
      totalHours: 100,
      balanceHours: 100,
    });
    expect(JSON.parse(audit[0]?.after_json ?? "{}")).toMatchObject({
      recordId: reversal.id,
      reversesId: wrong.id,
      reason: "服务日期录错，重复登记",
      hours: -4,
      totalHours: 96,
      balanceHours: 96,
    });
    const history = (await haishu.request({ method: "GET", url: `/api/volunteers/${id}/history` })).json();
    expect(history[0].action).toBe("volunteer.hours.reverse");
  });

  it("reverses an entry once, never a reversal, and asks for a reason naming 更正理由", async () => {
    const { id } = await volunteer();
    const entry = await record(id, { hours: 3 });
    const missing = await haishu.request({
      method: "POST",
      url: `/api/volunteers/${id}/service-records/${entry.id}/reversal`,
      payload: {},
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual([{ path: "reason", message: "更正理由：不能为空" }]);
    const short = await reverse(id, entry.id, " 错 ");
    expect(short.json().error.fields).toEqual([{ path: "reason", message: "更正理由：至少 2 个字符" }]);
    const long = await reverse(id, entry.id, "错".repeat(201));
    expect(long.json().error.fields).toEqual([
      { path: "reason", message: "更正理由：长度不能超过 200 个字符" },
    ]);
    const english = await reverse(id, entry.id, "x", haishu, { "accept-language": "en-US" });
    expect(english.json().error.fields).toEqual([
      { path: "reason", message: "Reason for the correction: must be at least 2 characters" },
    ]);

    const first = await reverse(id, entry.id, "  时长录错  ");
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().reversalReason).toBe("时长录错");
    const twice = await reverse(id, entry.id, "再次更正");
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: "CONFLICT", message: "该记录已更正，不能重复更正" });
    const ofReversal = await reverse(id, first.json().id, "撤销更正");
    expect(ofReversal.statusCode).toBe(400);
    expect(ofReversal.json().error.message).toBe("更正记录不能再更正；如更正有误，请重新登记正确的记录");
    const englishConflict = await reverse(id, entry.id, "再次更正", haishu, { "accept-language": "en" });
    expect(englishConflict.json().error.message).toBe(
      "This entry has already been corrected; it cannot be corrected twice",
    );
    expect((await detailOf(id)).totalHours).toBe(0);
    expect((await ledgerOf(id)).total).toBe(2);
  });

  it("refuses a correction that would leave the time-bank balance negative, naming the amounts", async () => {
    const { id } = await volunteer();
    const earned = await record(id, { hours: 10 });
    const redeemed = await record(id, { entryKind: "redeemed", hours: 8, content: "兑换助餐服务" });
    const refused = await reverse(id, earned.id);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe(
      "不能更正：撤销 10 小时后时间银行余额将为负（可用余额 2 小时），请先更正相关兑换记录",
    );
    expect(
      (await reverse(id, earned.id, "时长录错", haishu, { "accept-language": "en-US" })).json().error.message,
    ).toBe(
      "Cannot correct: taking back 10 h would make the time-bank balance negative (balance 2 h); correct the redemptions first",
    );
    expect(await detailOf(id)).toMatchObject({ totalHours: 10, redeemedHours: 8, balanceHours: 2 });

    // Reversing the redemption gives the hours back without touching cumulative hours.
    const back = await reverse(id, redeemed.id, "兑换未实际发生");
    expect(back.statusCode, back.body).toBe(201);
    expect(back.json()).toMatchObject({ entryKind: "redeemed", hours: 8 });
    expect(await detailOf(id)).toMatchObject({ totalHours: 10, redeemedHours: 0, balanceHours: 10 });
    expect((await ledgerOf(id, "&entryKind=redeemed")).total).toBe(2);
    expect((await reverse(id, earned.id)).statusCode).toBe(201);
    expect(await detailOf(id)).toMatchObject({ totalHours: 0, redeemedHours: 0, balanceHours: 0 });
  });

  it("answers 404 outside the scope or for another volunteer's record and 403 without the permission, changing nothing", async () => {
    const { id } = await volunteer();
    const other = await volunteer();
    const entry = await record(id, { hours: 5 });
    const countOf = async () =>
      (
        await t.ctx.db
          .selectFrom("volunteer_service_records")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("volunteer_id", "in", [id, other.id])
          .executeTakeFirstOrThrow()
      ).n;
    const before = Number(await countOf());

    expect((await reverse(id, entry.id, "越权更正", yuyao)).statusCode).toBe(404);
    const wrongVolunteer = await reverse(other.id, entry.id);
    expect(wrongVolunteer.statusCode).toBe(404);
    expect(wrongVolunteer.json().error.message).toBe("服务记录不存在");
    expect((await reverse(id, 99_999_999)).statusCode).toBe(404);
    expect((await reverse(id, entry.id, "无权限更正", supervisor)).statusCode).toBe(403);
    expect(Number(await countOf())).toBe(before);
    expect((await detailOf(id)).totalHours).toBe(5);
    const audits = await t.ctx.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "volunteer.hours.reverse")
      .where("entity_id", "=", String(id))
      .execute();
    expect(audits).toEqual([]);

    // Who may read but not correct sees the entry without the ability.
    const seen = (
      await supervisor.request({ method: "GET", url: `/api/volunteers/${id}/service-records` })
    ).json();
    expect(seen.items[0].abilities).toEqual({ reverse: false });
    expect((await ledgerOf(id)).items[0].abilities).toEqual({ reverse: true });
    // A station user of the volunteer's street may correct it too.
    expect((await reverse(id, entry.id, "重复登记", station)).statusCode).toBe(201);
  });

  it("keeps an issued certificate as it was; a new one leaves the reversed pair out", async () => {
    const { id } = await volunteer();
    await record(id, { hours: 6, serviceDate: "2026-03-01" });
    const wrong = await record(id, { hours: 4, serviceDate: "2026-09-01", content: "社区环境整治" });
    const issue = () =>
      haishu.request({
        method: "POST",
        url: `/api/volunteers/${id}/certificates`,
        payload: { issuingOrganization: organization },
      });
    const first = (await issue()).json();
    expect(first).toMatchObject({ totalHours: 10, recordCount: 2 });

    t.clock.advance(60);
    expect((await reverse(id, wrong.id)).statusCode).toBe(201);
    t.clock.advance(60);
    const printed = (
      await haishu.request({ method: "GET", url: `/api/volunteers/${id}/certificates/${first.id}` })
    ).json();
    expect(printed).toMatchObject({ totalHours: 10, recordCount: 2 });
    expect(printed.records.map((r: { hours: number }) => r.hours)).toEqual([6, 4]);
    expect(printed.yearSummary).toEqual([{ year: "2026", count: 2, hours: 10 }]);

    const second = await issue();
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ totalHours: 6, recordCount: 1 });
    expect(second.json().records.map((r: { hours: number }) => r.hours)).toEqual([6]);
    expect(second.json().mainContents).toEqual(["走访慰问独居老人"]);
  });

  it("keeps stored totals equal to a recount of the ledger for any sequence of records, redemptions and corrections", async () => {
    const operation = fc.oneof(
      fc.record({ op: fc.constant("earn" as const), quarters: fc.integer({ min: 1, max: 96 }) }),
      fc.record({ op: fc.constant("redeem" as const), quarters: fc.integer({ min: 1, max: 60 }) }),
      fc.record({ op: fc.constant("reverse" as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 8 }), async (operations) => {
        const { id } = await volunteer();
        const entries: number[] = [];
        for (const step of operations) {
          if (step.op === "reverse") {
            const target = entries[step.pick % Math.max(entries.length, 1)];
            if (target === undefined) continue;
            const response = await reverse(id, target);
            // Refusals (already corrected, a correction, a negative balance) leave the ledger alone.
            expect([201, 400, 409], response.body).toContain(response.statusCode);
            if (response.statusCode === 201) entries.push(response.json().id);
            continue;
          }
          const response = await haishu.request({
            method: "POST",
            url: `/api/volunteers/${id}/service-records`,
            payload: {
              entryKind: step.op === "earn" ? "earned" : "redeemed",
              content: "走访慰问独居老人",
              serviceDate: "2026-11-20",
              place: "南门街道某社区",
              hours: step.quarters / 4,
              recordingOrganization: organization,
              confirmedBy: "李晓梅",
            },
          });
          if (response.statusCode === 201) entries.push(response.json().id);
        }
        const rows = await t.ctx.db
          .selectFrom("volunteer_service_records")
          .select(["entry_kind", "hours"])
          .where("volunteer_id", "=", id)
          .execute();
        const sum = (kind: string) =>
          rows.filter((row) => row.entry_kind === kind).reduce((total, row) => total + row.hours, 0);
        const earned = Math.round(sum("earned") * 100) / 100;
        // "+ 0" turns the -0 of an empty sum into the 0 the API sends.
        const redeemed = Math.round(-sum("redeemed") * 100) / 100 + 0;
        const stored = await t.ctx.db
          .selectFrom("volunteers")
          .select("total_hours")
          .where("id", "=", id)
          .executeTakeFirstOrThrow();
        expect(Math.round(stored.total_hours * 100) / 100).toBe(earned);
        expect(earned - redeemed).toBeGreaterThanOrEqual(0);
        expect(await detailOf(id)).toMatchObject({
          totalHours: earned,
          redeemedHours: redeemed,
          balanceHours: Math.round((earned - redeemed) * 100) / 100,
          recordCount: rows.length,
        });
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
