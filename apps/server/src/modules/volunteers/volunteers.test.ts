import { idNumberCheckCharacter } from "@xinqiao/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, login, type Session, type TestApp } from "../../../test/harness.ts";
import { loadWorkbook, rowValues } from "../../platform/excel/testing.ts";
import { pinyinOf } from "../../platform/pinyin.ts";
import { freshIdNumber, withWrongCheck } from "./volunteers.testing.ts";

const nanmen = "330203001000";
const jiangxia = "330203002000";
const jiangbei = "330205000000";

interface VolunteerBody {
  name: string;
  idNumber: string;
  phone?: string | null;
  volunteerNumber?: string | null;
  skills?: string[];
  availability?: string[];
  regionCode: string;
  teamIds?: number[];
  registeredOn?: string | null;
  guardianName?: string | null;
  guardianConsentOn?: string | null;
}

describe.each(dialects)("volunteers on %s", (dialect) => {
  let t: TestApp;
  let haishu: Session;
  let station: Session;
  let leader: Session;
  let yuyao: Session;
  let nanmenCommunity: string;
  let jiangxiaCommunity: string;
  let jiangbeiCommunity: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    haishu = await login(t.app, "haishu");
    station = await login(t.app, "station");
    leader = await login(t.app, "leader");
    yuyao = await login(t.app, "yuyao");
    const firstChild = async (parent: string) =>
      (
        await t.ctx.db
          .selectFrom("regions")
          .select("code")
          .where("parent_code", "=", parent)
          .orderBy("code")
          .executeTakeFirstOrThrow()
      ).code;
    nanmenCommunity = await firstChild(nanmen);
    jiangxiaCommunity = await firstChild(jiangxia);
    const jiangbeiStreet = await firstChild(jiangbei);
    jiangbeiCommunity = await firstChild(jiangbeiStreet);
  });
  afterAll(() => t.close());

  const body = (overrides: Partial<VolunteerBody> = {}): VolunteerBody => ({
    name: "林晓燕",
    idNumber: freshIdNumber(),
    phone: "13812345678",
    skills: ["陪伴探访", "心理疏导"],
    availability: ["周末"],
    regionCode: nanmenCommunity,
    teamIds: [],
    registeredOn: "2025-03-01",
    ...overrides,
  });
  const create = (session: Session, payload: Partial<VolunteerBody>) =>
    session.request({ method: "POST", url: "/api/volunteers", payload });
  const createOk = async (payload: Partial<VolunteerBody> = {}, session = haishu) => {
    const response = await create(session, body(payload));
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const auditOf = (entityId: number, action: string) =>
    t.ctx.db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity", "=", "volunteer")
      .where("entity_id", "=", String(entityId))
      .where("action", "=", action)
      .execute();

  it("loads ~20,000 demo volunteers in ~300 teams, uneven between districts, with ledgers that agree", async () => {
    const count = async (prefix: string) =>
      Number(
        (
          await t.ctx.db
            .selectFrom("volunteers")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("region_code", "like", `${prefix}%`)
            .where("is_demo", "=", 1)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const total = await count("3302");
    expect(total).toBeGreaterThan(19_000);
    expect(await count("330212")).toBeGreaterThan((await count("330225")) * 5);
    const teams = await t.ctx.db
      .selectFrom("volunteer_teams")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(teams.n)).toBeGreaterThan(250);
    // Cumulative hours equal the earned ledger, for every volunteer.
    const mismatches = await t.ctx.db
      .selectFrom("volunteers as v")
      .leftJoin(
        (eb) =>
          eb
            .selectFrom("volunteer_service_records")
            .select((e) => ["volunteer_id", e.fn.sum<number>("hours").as("earned")])
            .where("entry_kind", "=", "earned")
            .groupBy("volunteer_id")
            .as("l"),
        (join) => join.onRef("l.volunteer_id", "=", "v.id"),
      )
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where((eb) =>
        eb(eb.fn.coalesce("l.earned", eb.lit(0)), "<", eb("v.total_hours", "-", 0.001)).or(
          eb(eb.fn.coalesce("l.earned", eb.lit(0)), ">", eb("v.total_hours", "+", 0.001)),
        ),
      )
      .executeTakeFirstOrThrow();
    expect(Number(mismatches.n)).toBe(0);
    // Every star level occurs.
    const page = (await haishu.request({ method: "GET", url: "/api/volunteers?starLevel=5" })).json();
    const city = await login(t.app, "city");
    for (const level of ["1", "2", "3", "4", "5"]) {
      const answer = (
        await city.request({ method: "GET", url: `/api/volunteers?starLevel=${level}` })
      ).json();
      expect(answer.total, `level ${level}`).toBeGreaterThan(0);
      expect(answer.items.every((v: { starLevel: number }) => v.starLevel === Number(level))).toBe(true);
    }
    expect(page.items.every((v: { region: { code: string } }) => v.region.code.startsWith("330203"))).toBe(
      true,
    );
  });

  it("creates a volunteer: number generated, sex and birth date derived, personal data masked and audited masked", async () => {
    const idNumber = freshIdNumber("male");
    const created = await createOk({ idNumber, name: "欧阳志远" });
    expect(created.volunteerNumber).toMatch(/^NB330203\d{6}$/);
    expect(created.idNumber).toBe(`${idNumber.slice(0, 3)}***********${idNumber.slice(-4)}`);
    expect(created.phone).toBe("138****5678");
    expect(created.sex).toBe("male");
    // Year and month only while the ID number is masked.
    expect(created.birthDate).toBe(`${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}`);
    expect(created.region.code).toBe(nanmenCommunity);
    expect(created.regionPath.map((r: { name: string }) => r.name)).toContain("南门街道");
    expect(created).toMatchObject({
      totalHours: 0,
      starLevel: 0,
      isActive: true,
      skills: ["陪伴探访", "心理疏导"],
    });
    expect(created.abilities).toMatchObject({
      edit: true,
      deactivate: true,
      recordHours: true,
      reveal: true,
    });
    const [entry] = await auditOf(created.id, "volunteer.create");
    expect(entry?.after_json).toContain(created.volunteerNumber);
    expect(entry?.after_json).not.toContain(idNumber);
    expect(entry?.after_json).not.toContain("13812345678");
    const stored = await t.ctx.db
      .selectFrom("volunteers")
      .selectAll()
      .where("id", "=", created.id)
      .executeTakeFirstOrThrow();
    expect(stored.id_number_cipher).not.toContain(idNumber);
    expect(t.ctx.cipher.decrypt(stored.id_number_cipher)).toBe(idNumber);
    // The next generated number in the district follows on.
    const next = await createOk();
    expect(Number(next.volunteerNumber.slice(8))).toBe(Number(created.volunteerNumber.slice(8)) + 1);
  });

  it("refuses invalid input with zh-CN messages that name the field", async () => {
    const response = await create(
      haishu,
      body({
        name: " ",
        idNumber: withWrongCheck(freshIdNumber()),
        phone: "12345",
        regionCode: "330203000000",
        skills: ["唱歌"],
      }),
    );
    expect(response.statusCode).toBe(400);
    const messages = Object.fromEntries(
      response.json().error.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    expect(messages.name).toBe("姓名：不能为空");
    expect(messages.idNumber).toBe("身份证号：校验位不正确，请核对号码");
    expect(messages.phone).toBe("手机号：应为 11 位手机号码，以 13–19 开头");
    expect(messages.regionCode).toBe("所属区划：须为街道（乡镇）或社区（村）");
    expect(messages["skills.0"]).toMatch(/^技能特长：取值无效/);
    const future = await create(haishu, body({ idNumber: "110105209901010012" }));
    expect(future.json().error.fields[0].message).toMatch(/^身份证号：/);
    const outside = await create(haishu, body({ regionCode: jiangbeiCommunity }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields).toEqual([
      { path: "regionCode", message: "所属区划：不存在或不在您的管辖范围内" },
    ]);
  });

  it("refuses a duplicate ID number: naming the volunteer in scope, neutral outside it", async () => {
    const idNumber = freshIdNumber();
    const first = await createOk({ idNumber, name: "周雨婷" });
    const again = await create(haishu, body({ idNumber: ` ${idNumber.toLowerCase()} `, name: "周雨婷" }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(`该身份证号已登记为志愿者：周雨婷（${first.volunteerNumber}）`);
    expect(again.json().error.fields[0].path).toBe("idNumber");
    const yuyaoStreet = (
      await t.ctx.db
        .selectFrom("regions")
        .select("code")
        .where("parent_code", "=", "330281000000")
        .executeTakeFirstOrThrow()
    ).code;
    const elsewhere = await create(yuyao, body({ idNumber, regionCode: yuyaoStreet }));
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json().error.message).toBe(
      "该身份证号已登记为志愿者（不在您的管辖范围内），请联系上级部门",
    );
    expect(elsewhere.body).not.toContain("周雨婷");
    const takenNumber = await create(haishu, body({ volunteerNumber: first.volunteerNumber }));
    expect(takenNumber.statusCode).toBe(409);
    expect(takenNumber.json().error.fields[0].path).toBe("volunteerNumber");
  });

  it("keeps every path inside the region scope", async () => {
    const city = await login(t.app, "city");
    const inJiangbei = await createOk({ regionCode: jiangbeiCommunity, name: "江北志愿者" }, city);
    const inJiangxia = await createOk({ regionCode: jiangxiaCommunity, name: "江厦志愿者" });
    const inNanmen = await createOk({ name: "南门志愿者" });
    for (const url of [`/api/volunteers/${inJiangbei.id}`, `/api/volunteers/${inJiangbei.id}/history`]) {
      expect((await haishu.request({ method: "GET", url })).statusCode).toBe(404);
    }
    const edit = await haishu.request({
      method: "PATCH",
      url: `/api/volunteers/${inJiangbei.id}`,
      payload: { name: "改名" },
    });
    expect(edit.statusCode).toBe(404);
    const deactivate = await haishu.request({
      method: "POST",
      url: `/api/volunteers/${inJiangbei.id}/deactivate`,
    });
    expect(deactivate.statusCode).toBe(404);
    const listed = (
      await haishu.request({ method: "GET", url: `/api/volunteers?regionCode=${jiangbei}&pageSize=5` })
    ).json();
    expect(listed.total).toBe(0);
    const searched = (await haishu.request({ method: "GET", url: "/api/volunteers?q=江北志愿者" })).json();
    expect(searched.total).toBe(0);
    // The street user sees its own street and not the sibling street.
    expect((await station.request({ method: "GET", url: `/api/volunteers/${inNanmen.id}` })).statusCode).toBe(
      200,
    );
    expect(
      (await station.request({ method: "GET", url: `/api/volunteers/${inJiangxia.id}` })).statusCode,
    ).toBe(404);
    const stationList = (
      await station.request({ method: "GET", url: "/api/volunteers?pageSize=200" })
    ).json();
    expect(stationList.total).toBeGreaterThan(0);
    expect(
      stationList.items.every((v: { region: { code: string } }) => v.region.code.startsWith("330203001")),
    ).toBe(true);
    const siblingFilter = (
      await station.request({ method: "GET", url: `/api/volunteers?regionCode=${jiangxia}` })
    ).json();
    expect(siblingFilter.total).toBe(0);
    // Exports follow the same scope.
    const exported = await haishu.request({ method: "GET", url: "/api/volunteers/export?q=江北志愿者" });
    expect(exported.statusCode).toBe(200);
    const sheet = (await loadWorkbook(exported.rawPayload)).worksheets[0];
    expect(sheet?.rowCount).toBe(1);
  });

  it("searches by name, full pinyin, initials, volunteer number and ID number; counts with the same filters", async () => {
    const idNumber = freshIdNumber();
    const created = await createOk({ name: "司马晓琪", idNumber });
    const search = async (q: string) =>
      (
        await haishu.request({
          method: "GET",
          url: `/api/volunteers?q=${encodeURIComponent(q)}&pageSize=200`,
        })
      ).json();
    for (const q of [
      "司马晓琪",
      "晓琪",
      "simaxiaoqi",
      "simax",
      "smxq",
      "SMXQ",
      created.volunteerNumber,
      idNumber,
    ]) {
      const page = await search(q);
      expect(
        page.items.map((v: { id: number }) => v.id),
        q,
      ).toContain(created.id);
      expect(page.total).toBeGreaterThanOrEqual(page.items.length);
    }
    const initials = await search("smxq");
    expect(initials.items.every((v: { name: string }) => v.name.startsWith("司马"))).toBe(true);
    // The total is right on a full page, a short page and past the end alike.
    const everyone = (
      await haishu.request({ method: "GET", url: "/api/volunteers?regionCode=330203001000&pageSize=200" })
    ).json();
    const onePerPage = (
      await haishu.request({
        method: "GET",
        url: "/api/volunteers?regionCode=330203001000&pageSize=1&page=2",
      })
    ).json();
    const pastTheEnd = (
      await haishu.request({
        method: "GET",
        url: "/api/volunteers?regionCode=330203001000&pageSize=200&page=500",
      })
    ).json();
    expect(onePerPage.total).toBe(everyone.total);
    expect(pastTheEnd).toMatchObject({ items: [], total: everyone.total });
    const bySkill = (
      await haishu.request({
        method: "GET",
        url: "/api/volunteers?skill=心理疏导&regionCode=330203001000&pageSize=200",
      })
    ).json();
    expect(bySkill.items.every((v: { skills: string[] }) => v.skills.includes("心理疏导"))).toBe(true);
    const badSort = await haishu.request({ method: "GET", url: "/api/volunteers?sort=idNumber" });
    expect(badSort.statusCode).toBe(400);
    const sorted = (
      await haishu.request({ method: "GET", url: "/api/volunteers?sort=-totalHours&pageSize=5" })
    ).json();
    const hours = sorted.items.map((v: { totalHours: number }) => v.totalHours);
    expect(hours).toEqual([...hours].sort((a, b) => b - a));
  });

  it("pages an initials search inside the scope: slices of one ordered result, with its total", async () => {
    const get = async (url: string) => (await haishu.request({ method: "GET", url })).json();
    const all = await get("/api/volunteers?q=zs&sort=name&pageSize=200");
    expect(all.total).toBeGreaterThan(6);
    expect(all.total).toBe(all.items.length);
    expect(all.items.every((v: { region: { code: string } }) => v.region.code.startsWith("330203"))).toBe(
      true,
    );
    const pinyins = all.items.map((v: { name: string }) => pinyinOf(v.name).initials);
    expect(pinyins.every((initials: string) => initials.startsWith("zs"))).toBe(true);
    const second = await get("/api/volunteers?q=zs&sort=name&pageSize=3&page=2");
    expect(second.total).toBe(all.total);
    expect(second.items.map((v: { id: number }) => v.id)).toEqual(
      all.items.slice(3, 6).map((v: { id: number }) => v.id),
    );
    const inactiveOnly = await get("/api/volunteers?q=zs&isActive=false&pageSize=200");
    expect(inactiveOnly.total).toBe(inactiveOnly.items.length);
    expect(inactiveOnly.items.every((v: { isActive: boolean }) => !v.isActive)).toBe(true);
    const ofStreet = (
      await station.request({ method: "GET", url: "/api/volunteers?q=zs&pageSize=200" })
    ).json();
    expect(ofStreet.items.map((v: { id: number }) => v.id).sort()).toEqual(
      all.items
        .filter((v: { region: { code: string } }) => v.region.code.startsWith("330203001"))
        .map((v: { id: number }) => v.id)
        .sort(),
    );
    const cityWide = (await leader.request({ method: "GET", url: "/api/volunteers?q=zs&pageSize=1" })).json();
    expect(cityWide.total).toBeGreaterThan(all.total);
  });

  it("masks personal data and reveals it on request, with an audit entry; refused without the permission", async () => {
    const idNumber = freshIdNumber();
    const created = await createOk({ idNumber, phone: "13987654321" });
    const detail = (await haishu.request({ method: "GET", url: `/api/volunteers/${created.id}` })).json();
    expect(detail.idNumber).not.toContain(idNumber.slice(6, 14));
    expect(detail.phone).toBe("139****4321");
    const revealed = await haishu.request({
      method: "POST",
      url: `/api/volunteers/${created.id}/reveal`,
      payload: { field: "idNumber" },
    });
    expect(revealed.json()).toEqual({ field: "idNumber", value: idNumber });
    const phone = await haishu.request({
      method: "POST",
      url: `/api/volunteers/${created.id}/reveal`,
      payload: { field: "phone" },
    });
    expect(phone.json().value).toBe("13987654321");
    const entries = await auditOf(created.id, "volunteer.personalData.reveal");
    expect(entries.map((e) => JSON.parse(e.after_json ?? "{}").field).sort()).toEqual(["idNumber", "phone"]);
    const denied = await leader.request({
      method: "POST",
      url: `/api/volunteers/${created.id}/reveal`,
      payload: { field: "idNumber" },
    });
    expect(denied.statusCode).toBe(403);
    const leaderView = (await leader.request({ method: "GET", url: `/api/volunteers/${created.id}` })).json();
    expect(leaderView.abilities).toMatchObject({ edit: false, reveal: false, recordHours: false });
    expect(
      (await leader.request({ method: "POST", url: "/api/volunteers", payload: body() })).statusCode,
    ).toBe(403);
  });

  it("edits, deactivates and activates with audited before/after, and shows the history", async () => {
    const created = await createOk({ name: "陈静" });
    const edited = await haishu.request({
      method: "PATCH",
      url: `/api/volunteers/${created.id}`,
      payload: { name: "陈静怡", skills: ["法律咨询"], regionCode: jiangxiaCommunity },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ name: "陈静怡", skills: ["法律咨询"] });
    const found = (await haishu.request({ method: "GET", url: "/api/volunteers?q=cjy&pageSize=200" })).json();
    expect(found.items.map((v: { id: number }) => v.id)).toContain(created.id);
    const off = (
      await haishu.request({ method: "POST", url: `/api/volunteers/${created.id}/deactivate` })
    ).json();
    expect(off).toMatchObject({
      isActive: false,
      abilities: { activate: true, deactivate: false, recordHours: false },
    });
    const inactive = (
      await haishu.request({ method: "GET", url: "/api/volunteers?isActive=false&q=cjy&pageSize=200" })
    ).json();
    expect(inactive.items.map((v: { id: number }) => v.id)).toContain(created.id);
    const record = await haishu.request({
      method: "POST",
      url: `/api/volunteers/${created.id}/service-records`,
      payload: {
        content: "助老服务",
        serviceDate: "2026-11-01",
        place: "社区",
        hours: 2,
        recordingOrganization: "南门街道社会工作服务站",
        confirmedBy: "李晓梅",
      },
    });
    expect(record.statusCode).toBe(400);
    const on = (
      await haishu.request({ method: "POST", url: `/api/volunteers/${created.id}/activate` })
    ).json();
    expect(on.isActive).toBe(true);
    // Activating an active volunteer changes nothing and writes no audit entry.
    const again = await haishu.request({ method: "POST", url: `/api/volunteers/${created.id}/activate` });
    expect(again.statusCode).toBe(200);
    const history = (
      await haishu.request({ method: "GET", url: `/api/volunteers/${created.id}/history` })
    ).json();
    expect(history.map((e: { action: string }) => e.action)).toEqual([
      "volunteer.activate",
      "volunteer.deactivate",
      "volunteer.update",
      "volunteer.create",
    ]);
    const update = history[2];
    expect(update.before).toMatchObject({ name: "陈静", regionCode: nanmenCommunity });
    expect(update.after).toMatchObject({ name: "陈静怡", regionCode: jiangxiaCommunity });
    // The station user no longer sees the volunteer once it moved to the sibling street.
    expect((await station.request({ method: "GET", url: `/api/volunteers/${created.id}` })).statusCode).toBe(
      404,
    );
    const outOfScope = await station.request({
      method: "POST",
      url: `/api/volunteers/${created.id}/deactivate`,
    });
    expect(outOfScope.statusCode).toBe(404);
    expect(
      (await haishu.request({ method: "GET", url: `/api/volunteers/${created.id}` })).json().isActive,
    ).toBe(true);
  });

  it("registers a minor only with a guardian's consent on record, audited; an adult carries none", async () => {
    // Born 2012-03-04: 14 on the test clock's day (2026-11-30).
    const first17 = "11010520120304071";
    const minorId = first17 + idNumberCheckCharacter(first17);
    const refused = await create(haishu, body({ name: "周小雨", idNumber: minorId }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([
      { path: "guardianName", message: "监护人姓名：未满 18 周岁的志愿者须记录监护人同意" },
      { path: "guardianConsentOn", message: "监护人同意日期：未满 18 周岁的志愿者须记录监护人同意" },
    ]);
    const tooEarly = await create(
      haishu,
      body({ name: "周小雨", idNumber: minorId, guardianName: "周建国", guardianConsentOn: "2011-01-01" }),
    );
    expect(tooEarly.json().error.fields).toEqual([
      { path: "guardianConsentOn", message: "监护人同意日期：不能早于志愿者的出生日期" },
    ]);
    const afterRegistration = await create(
      haishu,
      body({
        name: "周小雨",
        idNumber: minorId,
        registeredOn: "2026-11-01",
        guardianName: "周建国",
        guardianConsentOn: "2026-11-20",
      }),
    );
    expect(afterRegistration.json().error.fields).toEqual([
      { path: "guardianConsentOn", message: "监护人同意日期：不能晚于注册日期" },
    ]);
    // Registered on body()'s 2025-03-01, the consent given a few days before.
    const minor = await createOk({
      name: "周小雨",
      idNumber: minorId,
      guardianName: "周建国",
      guardianConsentOn: "2025-02-20",
    });
    const detail = (await haishu.request({ method: "GET", url: `/api/volunteers/${minor.id}` })).json();
    expect(detail).toMatchObject({
      isMinorAtRegistration: true,
      guardianName: "周建国",
      guardianConsentOn: "2025-02-20",
    });
    const [created] = await auditOf(minor.id, "volunteer.create");
    expect(JSON.parse(created?.after_json ?? "{}")).toMatchObject({ guardianName: "周建国" });
    // The consent cannot be removed while the volunteer was a minor at registration.
    const cleared = await haishu.request({
      method: "PATCH",
      url: `/api/volunteers/${minor.id}`,
      payload: { guardianName: null },
    });
    expect(cleared.statusCode).toBe(400);
    const adult = await createOk({ guardianName: "某某", guardianConsentOn: "2026-11-20" });
    const adultDetail = (await haishu.request({ method: "GET", url: `/api/volunteers/${adult.id}` })).json();
    expect(adultDetail).toMatchObject({ isMinorAtRegistration: false, guardianName: null });
  });

  it("exports a scope of several keyset pages whole: every row once, by region, none outside", async () => {
    const listed = await haishu.request({ method: "GET", url: "/api/volunteers?pageSize=1" });
    const total = listed.json().total as number;
    expect(total).toBeGreaterThan(1000); // more than two pages of 500
    const exported = await haishu.request({ method: "GET", url: "/api/volunteers/export" });
    expect(exported.statusCode).toBe(200);
    const sheet = (await loadWorkbook(exported.rawPayload)).worksheets[0];
    const header = rowValues(sheet, 1);
    const numberColumn = header.indexOf("志愿者编号");
    const regionColumn = header.indexOf("所属区划代码");
    const rows = Array.from({ length: (sheet?.actualRowCount ?? 1) - 1 }, (_, i) => rowValues(sheet, i + 2));
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((row) => row[numberColumn])).size).toBe(total);
    const regions = rows.map((row) => String(row[regionColumn]));
    expect(regions.every((code) => code.startsWith("330203"))).toBe(true);
    expect(regions).toEqual([...regions].sort());
  });

  it("never lets an export's keyset cursor leave the scope", async () => {
    const { exportPage } = await import("./volunteers.repository.ts");
    const outside = { regionCode: jiangbeiCommunity, id: 0 };
    const page = await exportPage(t.ctx.db, { regionCode: nanmen }, outside, 50);
    expect(page.length).toBeGreaterThan(0);
    expect(page.every((row) => row.region_code.startsWith("330203001"))).toBe(true);
  });

  it("exports the filtered list masked by default; unmasked only with personal.export; audited", async () => {
    const idNumber = freshIdNumber();
    const created = await createOk({ name: "导出测试员", idNumber, phone: "13711112222" });
    const masked = await haishu.request({
      method: "GET",
      url: `/api/volunteers/export?q=${encodeURIComponent("导出测试员")}`,
    });
    expect(masked.statusCode).toBe(200);
    const sheet = (await loadWorkbook(masked.rawPayload)).worksheets[0];
    const header = rowValues(sheet, 1);
    expect(header.slice(0, 3)).toEqual(["志愿者编号", "姓名", "身份证号"]);
    const row = rowValues(sheet, 2);
    expect(row[0]).toBe(created.volunteerNumber);
    expect(row[2]).toBe(created.idNumber);
    expect(row).toContain("137****2222");
    const unmasked = await haishu.request({
      method: "GET",
      url: `/api/volunteers/export?q=${encodeURIComponent("导出测试员")}&unmasked=true`,
    });
    const clearRow = rowValues((await loadWorkbook(unmasked.rawPayload)).worksheets[0], 2);
    expect(clearRow[2]).toBe(idNumber);
    expect(clearRow).toContain("13711112222");
    const refused = await station.request({ method: "GET", url: "/api/volunteers/export?unmasked=true" });
    expect(refused.statusCode).toBe(403);
    const audits = await t.ctx.db
      .selectFrom("audit_log")
      .select(["action", "after_json"])
      .where("entity", "=", "volunteer")
      .where("action", "in", ["volunteer.export", "volunteer.export.unmasked"])
      .execute();
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(["volunteer.export", "volunteer.export.unmasked"]),
    );
  });
});
