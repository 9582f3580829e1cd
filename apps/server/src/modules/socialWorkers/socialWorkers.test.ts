import { parseIdNumber } from "@xinqiao/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, login, type Session, type TestApp } from "../../../test/harness.ts";
import { loadWorkbook, rowValues } from "../../platform/excel/testing.ts";
import {
  departmentId,
  jiangbei,
  jiangbeiStreet,
  jiangxia,
  makePlatform,
  nanmen,
  validIdNumber,
  workerBody,
  wrongCheckIdNumber,
} from "./socialWorkers.testing.ts";

describe.each(dialects)("social workers on %s", (dialect) => {
  let t: TestApp;
  let haishu: Session;
  let city: Session;
  let station: Session;
  let nanmenPlatform: number;
  let jiangxiaPlatform: number;
  let jiangbeiPlatform: number;
  let closedPlatform: number;
  let haishuDepartment: number;
  let jiangbeiDepartment: number;
  let zhangsanId: number;
  let jiangbeiWorkerId: number;
  let jiangxiaWorkerId: number;
  let degreeWorkerId: number;
  const zhangsanIdNumber = validIdNumber("330203", "19900101", "123");
  const jiangbeiIdNumber = validIdNumber("330205", "19850512", "246");

  beforeAll(async () => {
    t = await createTestApp(dialect);
    [haishu, city, station] = await Promise.all([
      login(t.app, "haishu"),
      login(t.app, "city"),
      login(t.app, "station"),
    ]);
    nanmenPlatform = await makePlatform(t.ctx.db, "测试南门社工站", nanmen);
    jiangxiaPlatform = await makePlatform(t.ctx.db, "测试江厦社工站", jiangxia);
    jiangbeiPlatform = await makePlatform(t.ctx.db, "测试江北社工站", jiangbeiStreet);
    closedPlatform = await makePlatform(t.ctx.db, "测试已停用社工站", nanmen, { isActive: false });
    haishuDepartment = await departmentId(t.ctx.db, "330203000000");
    jiangbeiDepartment = await departmentId(t.ctx.db, jiangbei);
  });
  afterAll(() => t.close());

  const create = (session: Session, payload: Record<string, unknown>) =>
    session.request({ method: "POST", url: "/api/social-workers", payload });

  it("creates a worker: sex and birth date from the ID number, region from the employer, derived facts", async () => {
    const response = await create(
      haishu,
      workerBody({ platformId: nanmenPlatform, idNumber: ` ${zhangsanIdNumber.toLowerCase()} ` }),
    );
    expect(response.statusCode).toBe(201);
    const worker = response.json();
    zhangsanId = worker.id;
    expect(worker).toMatchObject({
      name: "张三",
      idNumber: `330***********${zhangsanIdNumber.slice(-4)}`,
      phone: "138****5678",
      sex: "male",
      birthMonth: "1990-01",
      age: 36,
      region: { code: nanmen, name: "南门街道" },
      district: { code: "330203000000", name: "海曙区" },
      employer: { kind: "platform", id: nanmenPlatform, name: "测试南门社工站" },
      registrationExpiry: "2027-03-01",
      isCertified: true,
      isHighLevel: false,
      // 社会工作师 + 心理咨询师 = 2 professional certificates.
      professionalCertificateCount: 2,
      isComposite: true,
      educationHours: {
        cycleStart: "2024-03-01",
        cycleEnd: "2027-03-01",
        completedHours: 0,
        requiredHours: 90,
        isMet: false,
      },
      isRegistrationExpiringSoon: false,
      daysUntilRegistrationExpiry: 91,
      isActive: true,
      isDemo: false,
      abilities: { edit: true, deactivate: true, activate: false, reveal: true, recordEducationHours: true },
    });
    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "socialWorker.create")
      .where("entity_id", "=", String(zhangsanId))
      .executeTakeFirstOrThrow();
    expect(audit.after_json).toContain("330***********");
    expect(audit.after_json).not.toContain(zhangsanIdNumber);
    expect(audit.after_json).not.toContain("13812345678");
    // Neither the birth date (which with the masked number gives most of it away) nor the clear number.
    expect(audit.after_json).not.toContain("1990-01-01");
    const stored = await t.ctx.db
      .selectFrom("social_workers")
      .selectAll()
      .where("id", "=", zhangsanId)
      .executeTakeFirstOrThrow();
    expect(stored.id_number_cipher).not.toContain(zhangsanIdNumber);
    expect(t.ctx.cipher.decrypt(stored.id_number_cipher)).toBe(zhangsanIdNumber);

    const other = await create(
      city,
      workerBody({
        name: "李江北",
        idNumber: jiangbeiIdNumber,
        employerKind: "department",
        departmentId: jiangbeiDepartment,
        qualificationLevel: "none",
        certificateNumber: null,
        certificateDate: null,
        registrationDate: null,
        otherCertificates: [],
      }),
    );
    expect(other.statusCode).toBe(201);
    jiangbeiWorkerId = other.json().id;
    expect(other.json()).toMatchObject({
      region: { code: jiangbei },
      isCertified: false,
      isComposite: false,
      educationHours: null,
    });

    const sibling = await create(
      haishu,
      workerBody({
        name: "王江厦",
        idNumber: validIdNumber("330203", "19920304", "028"),
        platformId: jiangxiaPlatform,
      }),
    );
    expect(sibling.statusCode).toBe(201);
    jiangxiaWorkerId = sibling.json().id;
    expect(sibling.json()).toMatchObject({ sex: "female", region: { code: jiangxia } });
  });

  it("refuses invalid input with zh-CN messages naming the field", async () => {
    const badId = await create(
      haishu,
      workerBody({ platformId: nanmenPlatform, idNumber: wrongCheckIdNumber("330203", "19900101", "555") }),
    );
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.fields).toContainEqual({
      path: "idNumber",
      message: "身份证号：校验位不正确，请核对号码",
    });

    const several = await create(
      haishu,
      workerBody({
        platformId: null,
        idNumber: "",
        phone: "12345",
        certificateNumber: "",
        registrationDate: "2019-01-01",
        joinedOn: "2099-01-01",
        education: "phd",
      }),
    );
    expect(several.statusCode).toBe(400);
    const messages = several.json().error.fields.map((field: { message: string }) => field.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "身份证号：不能为空",
        "手机号：应为 11 位手机号码，以 13–19 开头",
        expect.stringMatching(/^学历：取值无效/),
      ]),
    );

    const rules = await create(
      haishu,
      workerBody({
        platformId: null,
        idNumber: validIdNumber("330203", "19910101", "111"),
        certificateNumber: "",
        registrationDate: "2019-01-01",
        joinedOn: "2099-01-01",
      }),
    );
    expect(rules.statusCode).toBe(400);
    expect(rules.json().error.fields).toEqual(
      expect.arrayContaining([
        { path: "platformId", message: "请选择服务平台" },
        { path: "certificateNumber", message: "证书编号：持证人员须填写证书编号" },
        { path: "registrationDate", message: "登记日期：不能早于发证日期" },
        { path: "joinedOn", message: "入职日期：不能晚于今天" },
      ]),
    );

    const uncertified = await create(
      haishu,
      workerBody({
        platformId: nanmenPlatform,
        idNumber: validIdNumber("330203", "19910101", "131"),
        qualificationLevel: "none",
      }),
    );
    expect(uncertified.json().error.fields).toContainEqual({
      path: "certificateNumber",
      message: "证书编号：资格等级为“无”时不应填写",
    });

    const outOfScopeEmployer = await create(
      haishu,
      workerBody({
        idNumber: validIdNumber("330203", "19910101", "151"),
        employerKind: "department",
        departmentId: jiangbeiDepartment,
      }),
    );
    expect(outOfScopeEmployer.statusCode).toBe(400);
    expect(outOfScopeEmployer.json().error.fields).toEqual([
      { path: "departmentId", message: "社会工作部门：不存在或不在您的管辖范围内" },
    ]);

    const otherDistrictPlatform = await create(
      haishu,
      workerBody({ idNumber: validIdNumber("330203", "19910101", "161"), platformId: jiangbeiPlatform }),
    );
    expect(otherDistrictPlatform.json().error.fields).toEqual([
      { path: "platformId", message: "服务平台：不存在或不在您的管辖范围内" },
    ]);

    const closed = await create(
      haishu,
      workerBody({ idNumber: validIdNumber("330203", "19910101", "171"), platformId: closedPlatform }),
    );
    expect(closed.json().error.fields).toEqual([
      { path: "platformId", message: "服务平台：已停用，不能作为工作单位" },
    ]);
  });

  it("refuses a duplicate ID number, naming the existing worker only inside the user's scope", async () => {
    const again = await create(haishu, workerBody({ name: "张三丰", platformId: nanmenPlatform }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(
      `系统中已存在该社会工作者：张三（330***********${zhangsanIdNumber.slice(-4)}，海曙区南门街道）`,
    );
    expect(again.json().error.fields[0].path).toBe("idNumber");

    // A 15-digit legacy form of the same number is the same person.
    const legacy = zhangsanIdNumber.slice(0, 6) + zhangsanIdNumber.slice(8, 17);
    expect(
      (await create(haishu, workerBody({ platformId: nanmenPlatform, idNumber: legacy }))).statusCode,
    ).toBe(409);

    const outside = await create(
      haishu,
      workerBody({ name: "冒名", platformId: nanmenPlatform, idNumber: jiangbeiIdNumber }),
    );
    expect(outside.statusCode).toBe(409);
    expect(outside.json().error.message).toBe(
      "系统中已存在该身份证号的社会工作者（不在您的管辖范围内），请联系上级部门",
    );
    expect(outside.body).not.toContain("李江北");
  });

  it("keeps every path inside the user's region scope", async () => {
    expect(
      (await haishu.request({ method: "GET", url: `/api/social-workers/${jiangbeiWorkerId}` })).statusCode,
    ).toBe(404);
    expect(
      (await haishu.request({ method: "GET", url: `/api/social-workers/${jiangbeiWorkerId}/history` }))
        .statusCode,
    ).toBe(404);
    const edit = await haishu.request({
      method: "PATCH",
      url: `/api/social-workers/${jiangbeiWorkerId}`,
      payload: { position: "站长" },
    });
    expect(edit.statusCode).toBe(404);
    expect(
      (await haishu.request({ method: "POST", url: `/api/social-workers/${jiangbeiWorkerId}/deactivate` }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await haishu.request({
          method: "POST",
          url: `/api/social-workers/${jiangbeiWorkerId}/reveal`,
          payload: { field: "idNumber" },
        })
      ).statusCode,
    ).toBe(404);

    const list = (
      await haishu.request({ method: "GET", url: "/api/social-workers?pageSize=200&q=lijiangbei" })
    ).json();
    expect(list.total).toBe(0);
    const explicit = (
      await haishu.request({ method: "GET", url: `/api/social-workers?regionCode=${jiangbei}` })
    ).json();
    expect(explicit.total).toBe(0);
    const cityView = (await city.request({ method: "GET", url: "/api/social-workers?q=ljb" })).json();
    expect(cityView.items.map((w: { id: number }) => w.id)).toContain(jiangbeiWorkerId);

    const exported = await haishu.request({
      method: "GET",
      url: "/api/social-workers/export?q=%E6%9D%8E%E6%B1%9F%E5%8C%97",
    });
    expect(exported.statusCode).toBe(200);
    const sheet = (await loadWorkbook(exported.rawPayload)).worksheets[0];
    expect(sheet?.rowCount).toBe(1);

    // The street user sees the street's workers, not the sibling street's.
    expect(
      (await station.request({ method: "GET", url: `/api/social-workers/${jiangxiaWorkerId}` })).statusCode,
    ).toBe(404);
    expect(
      (await station.request({ method: "GET", url: `/api/social-workers/${zhangsanId}` })).statusCode,
    ).toBe(200);
    const streetList = (
      await station.request({ method: "GET", url: "/api/social-workers?pageSize=200" })
    ).json();
    expect(
      streetList.items.every((w: { region: { code: string } }) => w.region.code.startsWith("330203001")),
    ).toBe(true);
    expect(streetList.items.map((w: { id: number }) => w.id)).not.toContain(jiangxiaWorkerId);
    const options = (
      await station.request({ method: "GET", url: "/api/social-workers/employer-options?kind=platform" })
    ).json();
    expect(options.map((o: { name: string }) => o.name)).toContain("测试南门社工站");
    expect(options.map((o: { name: string }) => o.name)).not.toContain("测试江厦社工站");
    expect(options.map((o: { name: string }) => o.name)).not.toContain("测试已停用社工站");
    const siblingEmployer = await create(
      station,
      workerBody({ idNumber: validIdNumber("330203", "19930101", "191"), platformId: jiangxiaPlatform }),
    );
    expect(siblingEmployer.statusCode).toBe(400);
  });

  it("finds workers by name, full pinyin and pinyin initials, and filters by derived facts", async () => {
    for (const q of ["zs", "zhangsan", "张三", "zhang"]) {
      const page = (
        await haishu.request({
          method: "GET",
          url: `/api/social-workers?q=${encodeURIComponent(q)}&pageSize=200`,
        })
      ).json();
      expect(
        page.items.map((w: { id: number }) => w.id),
        q,
      ).toContain(zhangsanId);
    }
    const ids = async (query: string) =>
      (
        await haishu.request({
          method: "GET",
          url: `/api/social-workers?regionCode=${nanmen}&pageSize=200&${query}`,
        })
      )
        .json()
        .items.map((w: { id: number }) => w.id);
    expect(await ids("isComposite=true")).toContain(zhangsanId);
    expect(await ids("isCertified=true&qualificationLevel=intermediate")).toContain(zhangsanId);
    expect(await ids("isHighLevel=true")).not.toContain(zhangsanId);
    expect(await ids("domain=%E5%85%BB%E8%80%81%E6%9C%8D%E5%8A%A1")).toContain(zhangsanId);
    // Registration ends 2027-03-01, 91 days after 2026-11-30: outside the 90-day window.
    expect(await ids("expiringWithinDays=90")).not.toContain(zhangsanId);
    expect(await ids("expiringWithinDays=91")).toContain(zhangsanId);
    const bad = await haishu.request({ method: "GET", url: "/api/social-workers?sort=-idNumber" });
    expect(bad.statusCode).toBe(400);
  });

  it("finds a worker by full ID number (spaces, lower-case x, legacy 15 digits) only inside the user's scope", async () => {
    // A number ending in X, so the lower-case form is exercised too.
    let sequence = 100;
    while (!validIdNumber("110101", "19870615", String(sequence)).endsWith("X")) sequence += 1;
    const idNumber = validIdNumber("110101", "19870615", String(sequence));
    const created = await create(
      haishu,
      workerBody({ name: "证号查找", idNumber, platformId: nanmenPlatform, otherCertificates: [] }),
    );
    expect(created.statusCode).toBe(201);
    const workerId = created.json().id;
    const search = async (session: Session, q: string) =>
      (
        await session.request({
          method: "GET",
          url: `/api/social-workers?q=${encodeURIComponent(q)}&pageSize=200`,
        })
      ).json();

    const spaced = `${idNumber.slice(0, 6)} ${idNumber.slice(6, 14)} ${idNumber.slice(14).toLowerCase()}`;
    for (const q of [idNumber, spaced, ` ${idNumber.toLowerCase()} `]) {
      const page = await search(haishu, q);
      expect(page.total, q).toBe(1);
      expect(page.items[0].id, q).toBe(workerId);
    }
    expect((await search(haishu, jiangbeiIdNumber)).total).toBe(0);
    expect((await search(city, jiangbeiIdNumber)).items.map((w: { id: number }) => w.id)).toEqual([
      jiangbeiWorkerId,
    ]);
    // The legacy 15-digit form of 张三's number (born in the 1900s) is the same person.
    const legacy = zhangsanIdNumber.slice(0, 6) + zhangsanIdNumber.slice(8, 17);
    expect((await search(haishu, legacy)).items.map((w: { id: number }) => w.id)).toEqual([zhangsanId]);

    const yuyao = await login(t.app, "yuyao");
    expect((await search(yuyao, idNumber)).total).toBe(0);
    const exported = await yuyao.request({
      method: "GET",
      url: `/api/social-workers/export?q=${idNumber}`,
    });
    expect((await loadWorkbook(exported.rawPayload)).worksheets[0]?.rowCount).toBe(1);
    // The export's audit entry keeps the search, but never the number in clear.
    const entries = await t.ctx.db
      .selectFrom("audit_log")
      .select("after_json")
      .where("action", "=", "socialWorker.export")
      .where("entity", "=", "socialWorker")
      .execute();
    const logged = entries.map((entry) => entry.after_json ?? "").join("\n");
    expect(logged).not.toContain(idNumber);
    expect(logged).toContain(`${idNumber.slice(0, 3)}***********${idNumber.slice(-4)}`);
  });

  it("sorts education and qualification level by level, not by the stored code", async () => {
    const platform = await makePlatform(t.ctx.db, "测试排序社工站", nanmen);
    const uncertified = { certificateNumber: null, certificateDate: null, registrationDate: null };
    // Created out of order, with a tie on each column so the id tie-breaker shows.
    const workers: [string, string, Record<string, unknown>][] = [
      ["master", "assistant", {}],
      ["high_school", "none", uncertified],
      ["doctorate", "senior", {}],
      ["bachelor", "intermediate", {}],
      ["junior_college", "none", uncertified],
      ["bachelor", "senior", {}],
    ];
    const ids: number[] = [];
    for (const [index, [education, qualificationLevel, extra]] of workers.entries()) {
      const response = await create(
        haishu,
        workerBody({
          name: `排序测试${index}`,
          idNumber: validIdNumber("110101", "19750101", String(300 + index)),
          platformId: platform,
          education,
          qualificationLevel,
          ...extra,
        }),
      );
      expect(response.statusCode).toBe(201);
      ids.push(response.json().id);
    }
    const sorted = async (sort: string) =>
      (
        await haishu.request({
          method: "GET",
          url: `/api/social-workers?platformId=${platform}&sort=${sort}&pageSize=200`,
        })
      )
        .json()
        .items.map((w: { id: number; education: string; qualificationLevel: string }) => [
          w.education,
          w.qualificationLevel,
          w.id,
        ]);
    const expected = (order: number[]) => order.map((i) => [...(workers[i] ?? []).slice(0, 2), ids[i]]);

    const byEducation = expected([1, 4, 3, 5, 0, 2]);
    expect(await sorted("education")).toEqual(byEducation);
    expect(await sorted("-education")).toEqual([...byEducation].reverse());
    const byLevel = expected([1, 4, 0, 3, 2, 5]);
    expect(await sorted("qualificationLevel")).toEqual(byLevel);
    expect(await sorted("-qualificationLevel")).toEqual([...byLevel].reverse());
  });

  it("edits a worker with the same rules on the merged record, and keeps the change history", async () => {
    const patch = (payload: Record<string, unknown>) =>
      haishu.request({ method: "PATCH", url: `/api/social-workers/${zhangsanId}`, payload });
    const senior = await patch({
      qualificationLevel: "senior",
      education: "master",
      registrationDate: "2023-12-20",
    });
    expect(senior.statusCode).toBe(200);
    expect(senior.json()).toMatchObject({
      isHighLevel: true,
      registrationExpiry: "2026-12-20",
      daysUntilRegistrationExpiry: 20,
      isRegistrationExpiringSoon: true,
    });
    const expiring = (
      await haishu.request({ method: "GET", url: "/api/social-workers?expiringWithinDays=90&pageSize=200" })
    ).json();
    expect(expiring.items.map((w: { id: number }) => w.id)).toContain(zhangsanId);

    const contradiction = await patch({ qualificationLevel: "none" });
    expect(contradiction.statusCode).toBe(400);
    expect(contradiction.json().error.fields).toContainEqual({
      path: "certificateNumber",
      message: "证书编号：资格等级为“无”时不应填写",
    });

    const moved = await patch({
      employerKind: "department",
      departmentId: haishuDepartment,
      phone: "13912345678",
    });
    expect(moved.json()).toMatchObject({
      region: { code: "330203000000" },
      employer: { kind: "department", id: haishuDepartment },
      phone: "139****5678",
    });
    const back = await patch({ employerKind: "platform", platformId: nanmenPlatform });
    expect(back.json().region.code).toBe(nanmen);

    // Same masked form, different number: the change is still saved.
    await patch({ phone: "13912340000" });
    await patch({ phone: "13955550000" });
    const revealed = await haishu.request({
      method: "POST",
      url: `/api/social-workers/${zhangsanId}/reveal`,
      payload: { field: "phone" },
    });
    expect(revealed.json()).toEqual({ field: "phone", value: "13955550000" });

    const unchanged = await patch({ idNumber: zhangsanIdNumber });
    expect(unchanged.statusCode).toBe(200);
    const taken = await patch({ idNumber: validIdNumber("330203", "19920304", "028") });
    expect(taken.statusCode).toBe(409);

    const history = (
      await haishu.request({ method: "GET", url: `/api/social-workers/${zhangsanId}/history` })
    ).json();
    const actions = history.map((entry: { action: string }) => entry.action);
    expect(actions).toContain("socialWorker.create");
    expect(actions).toContain("socialWorker.update");
    const levelChange = history.find(
      (entry: { after: Record<string, unknown> | null }) => entry.after?.qualificationLevel === "senior",
    );
    expect(levelChange.before).toMatchObject({ qualificationLevel: "intermediate", education: "bachelor" });
    expect(JSON.stringify(history)).not.toContain("13955550000");
  });

  it("records continuing-education hours and counts the current cycle against the requirement", async () => {
    const add = (payload: Record<string, unknown>) =>
      haishu.request({ method: "POST", url: `/api/social-workers/${zhangsanId}/education-hours`, payload });
    // Registered 2023-12-20: the current cycle is 2023-12-20 … 2026-12-20.
    expect(
      (await add({ completedOn: "2024-05-10", hours: 60, description: "个案管理专题培训" })).statusCode,
    ).toBe(201);
    expect(
      (await add({ completedOn: "2023-06-01", hours: 40, description: "上一周期的培训" })).statusCode,
    ).toBe(201);
    const afterTwo = (
      await add({ completedOn: "2026-10-01", hours: 29.5, description: "社会工作督导能力提升班" })
    ).json();
    expect(afterTwo.status).toEqual({
      cycleStart: "2023-12-20",
      cycleEnd: "2026-12-20",
      completedHours: 89.5,
      requiredHours: 90,
      isMet: false,
    });
    expect(afterTwo.items.map((item: { isInCurrentCycle: boolean }) => item.isInCurrentCycle)).toEqual([
      true,
      true,
      false,
    ]);
    const met = (await add({ completedOn: "2026-11-01", hours: 0.5, description: "网络课程" })).json();
    expect(met.status).toMatchObject({ completedHours: 90, isMet: true });
    expect(
      (await haishu.request({ method: "GET", url: `/api/social-workers/${zhangsanId}` })).json()
        .educationHours.isMet,
    ).toBe(true);

    const invalid = await add({ completedOn: "2099-01-01", hours: 0.3, description: "" });
    expect(invalid.statusCode).toBe(400);
    expect(
      invalid
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(["completedOn", "description", "hours"]);
    const supervisor = await login(t.app, "supervisor");
    expect(
      (
        await supervisor.request({
          method: "POST",
          url: `/api/social-workers/${zhangsanId}/education-hours`,
          payload: { completedOn: "2026-01-01", hours: 2, description: "x" },
        })
      ).statusCode,
    ).toBe(403);
    const audit = await t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "socialWorker")
      .where("entity_id", "=", String(zhangsanId))
      .where("action", "=", "socialWorker.educationHours.add")
      .execute();
    expect(audit).toHaveLength(4);
  });

  it("counts a degree completed in the cycle as 90 h: a 社会工作师 with only a degree meets the requirement", async () => {
    const worker = await create(
      haishu,
      workerBody({
        name: "赵学历",
        idNumber: validIdNumber("330203", "19880808", "135"),
        platformId: jiangxiaPlatform,
      }),
    );
    expect(worker.json()).toMatchObject({
      qualificationLevel: "intermediate",
      registrationDate: "2024-03-01",
    });
    degreeWorkerId = worker.json().id;
    const url = `/api/social-workers/${degreeWorkerId}/education-hours`;
    // A 社会工作师 registered 2024-03-01: the current cycle is 2024-03-01 … 2027-03-01.
    const degree = await haishu.request({
      method: "POST",
      url,
      // Hours typed for a degree are ignored: the degree counts 90 h.
      payload: {
        kind: "degree",
        completedOn: "2026-06-30",
        hours: 3,
        description: "社会工作硕士学位（MSW）",
      },
    });
    expect(degree.statusCode).toBe(201);
    expect(degree.json()).toEqual({
      status: {
        cycleStart: "2024-03-01",
        cycleEnd: "2027-03-01",
        completedHours: 90,
        requiredHours: 90,
        isMet: true,
      },
      items: [
        expect.objectContaining({
          kind: "degree",
          completedOn: "2026-06-30",
          hours: 90,
          description: "社会工作硕士学位（MSW）",
          isInCurrentCycle: true,
        }),
      ],
    });
    const detail = (
      await haishu.request({ method: "GET", url: `/api/social-workers/${degreeWorkerId}` })
    ).json();
    expect(detail.educationHours).toMatchObject({ completedHours: 90, isMet: true });
    const listed = (await haishu.request({ method: "GET", url })).json();
    expect(listed.items.map((item: { kind: string }) => item.kind)).toEqual(["degree"]);
    // The list page counts it too (its hours are read for many workers at once).
    const page = (
      await haishu.request({ method: "GET", url: `/api/social-workers?regionCode=${jiangxia}&pageSize=200` })
    ).json();
    expect(page.items.find((w: { id: number }) => w.id === degreeWorkerId).educationHours).toMatchObject({
      completedHours: 90,
      isMet: true,
    });

    // Entries recorded as before are training, counted as entered.
    const zhangsan = (
      await haishu.request({ method: "GET", url: `/api/social-workers/${zhangsanId}/education-hours` })
    ).json();
    expect(new Set(zhangsan.items.map((item: { kind: string }) => item.kind))).toEqual(new Set(["training"]));

    const entry = await t.ctx.db
      .selectFrom("audit_log")
      .select("after_json")
      .where("action", "=", "socialWorker.educationHours.add")
      .where("entity_id", "=", String(degreeWorkerId))
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.after_json ?? "{}")).toMatchObject({
      kind: "degree",
      completedOn: "2026-06-30",
      hours: 90,
    });
  });

  it("refuses a degree from a user outside the worker's scope, and names the fields in zh-CN", async () => {
    const url = `/api/social-workers/${degreeWorkerId}/education-hours`;
    const payload = { kind: "degree", completedOn: "2026-07-01", description: "社会工作本科学历" };
    // The street user (南门街道) does not see a worker of the sibling street (江厦街道).
    expect((await station.request({ method: "POST", url, payload })).statusCode).toBe(404);
    const yuyao = await login(t.app, "yuyao");
    expect((await yuyao.request({ method: "POST", url, payload })).statusCode).toBe(404);
    const stored = await t.ctx.db
      .selectFrom("social_worker_education_hours")
      .select("kind")
      .where("social_worker_id", "=", degreeWorkerId)
      .execute();
    expect(stored).toEqual([{ kind: "degree" }]);

    const badKind = await haishu.request({ method: "POST", url, payload: { ...payload, kind: "diploma" } });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.fields).toEqual([
      { path: "kind", message: "教育类型：取值无效，可选值：training、degree" },
    ]);
    const noHours = await haishu.request({
      method: "POST",
      url,
      payload: { kind: "training", completedOn: "2026-07-01", description: "督导培训" },
    });
    expect(noHours.statusCode).toBe(400);
    expect(noHours.json().error.fields).toEqual([{ path: "hours", message: "学时：不能为空" }]);
  });

  it("shows identifiers masked; revealing one needs personal.reveal and is audited", async () => {
    const detail = (await haishu.request({ method: "GET", url: `/api/social-workers/${zhangsanId}` })).json();
    expect(detail.idNumber).toMatch(/^330\*{11}\d{3}[\dX]$/);
    const revealed = await haishu.request({
      method: "POST",
      url: `/api/social-workers/${zhangsanId}/reveal`,
      payload: { field: "idNumber" },
    });
    expect(revealed.json()).toEqual({ field: "idNumber", value: zhangsanIdNumber });
    const entry = await t.ctx.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "socialWorker.personalData.reveal")
      .where("entity", "=", "socialWorker")
      .where("entity_id", "=", String(zhangsanId))
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.after_json ?? "{}")).toEqual({ field: "idNumber" });

    const leader = await login(t.app, "leader");
    const leaderDetail = (
      await leader.request({ method: "GET", url: `/api/social-workers/${zhangsanId}` })
    ).json();
    expect(leaderDetail.abilities).toEqual({
      edit: false,
      deactivate: false,
      activate: false,
      reveal: false,
      recordEducationHours: false,
    });
    expect(
      (
        await leader.request({
          method: "POST",
          url: `/api/social-workers/${zhangsanId}/reveal`,
          payload: { field: "idNumber" },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await leader.request({
          method: "PATCH",
          url: `/api/social-workers/${zhangsanId}`,
          payload: { position: "x" },
        })
      ).statusCode,
    ).toBe(403);
  });

  it("exports the filtered list masked by default; unmasked only with personal.export, both audited", async () => {
    const masked = await haishu.request({
      method: "GET",
      url: `/api/social-workers/export?regionCode=${nanmen}&q=zs`,
    });
    expect(masked.statusCode).toBe(200);
    const sheet = (await loadWorkbook(masked.rawPayload)).worksheets[0];
    const header = rowValues(sheet, 1);
    expect(header.slice(0, 4)).toEqual(["姓名", "身份证号", "性别", "出生日期"]);
    const row = rowValues(sheet, 2);
    expect(row[0]).toBe("张三");
    expect(row[1]).toBe(`330***********${zhangsanIdNumber.slice(-4)}`);
    expect(row[3]).toBe("1990-01");
    expect(row[header.indexOf("是否复合型人才")]).toBe("是");
    expect(row[header.indexOf("登记有效期至")]).toBe("2026-12-20");

    const unmasked = await haishu.request({
      method: "GET",
      url: `/api/social-workers/export?regionCode=${nanmen}&q=zs&unmasked=true`,
    });
    const clearRow = rowValues((await loadWorkbook(unmasked.rawPayload)).worksheets[0], 2);
    expect(clearRow[1]).toBe(zhangsanIdNumber);
    expect(clearRow[3]).toBe("1990-01-01");
    expect(
      (await station.request({ method: "GET", url: "/api/social-workers/export?unmasked=true" })).statusCode,
    ).toBe(403);
    const supervisor = await login(t.app, "supervisor");
    expect((await supervisor.request({ method: "GET", url: "/api/social-workers/export" })).statusCode).toBe(
      403,
    );
    const entries = await t.ctx.db
      .selectFrom("audit_log")
      .select(["action", "after_json"])
      .where("entity", "=", "socialWorker")
      .where("action", "in", ["socialWorker.export", "socialWorker.export.unmasked"])
      .orderBy("id")
      .execute();
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(["socialWorker.export", "socialWorker.export.unmasked"]),
    );
    expect(entries.at(-1)?.after_json).toContain(nanmen);
  });

  it("deactivates and activates without deleting, audited", async () => {
    const off = await haishu.request({
      method: "POST",
      url: `/api/social-workers/${jiangxiaWorkerId}/deactivate`,
    });
    expect(off.json()).toMatchObject({
      isActive: false,
      abilities: { deactivate: false, activate: true, recordEducationHours: false },
    });
    const inactive = (
      await haishu.request({ method: "GET", url: "/api/social-workers?isActive=false&pageSize=200" })
    ).json();
    expect(inactive.items.map((w: { id: number }) => w.id)).toContain(jiangxiaWorkerId);
    const active = (
      await haishu.request({
        method: "GET",
        url: `/api/social-workers?isActive=true&pageSize=200&regionCode=${jiangxia}`,
      })
    ).json();
    expect(active.items.map((w: { id: number }) => w.id)).not.toContain(jiangxiaWorkerId);
    const hours = await haishu.request({
      method: "POST",
      url: `/api/social-workers/${jiangxiaWorkerId}/education-hours`,
      payload: { completedOn: "2026-01-01", hours: 2, description: "培训" },
    });
    expect(hours.statusCode).toBe(400);
    const on = await haishu.request({
      method: "POST",
      url: `/api/social-workers/${jiangxiaWorkerId}/activate`,
    });
    expect(on.json().isActive).toBe(true);
    const actions = (
      await haishu.request({ method: "GET", url: `/api/social-workers/${jiangxiaWorkerId}/history` })
    )
      .json()
      .map((e: { action: string }) => e.action);
    expect(actions).toEqual(["socialWorker.activate", "socialWorker.deactivate", "socialWorker.create"]);
    expect(
      await t.ctx.db
        .selectFrom("social_workers")
        .select("id")
        .where("id", "=", jiangxiaWorkerId)
        .executeTakeFirst(),
    ).toBeDefined();
  });

  it("loads the demo city's workers: ~2,000, uneven between districts, valid distinct ID numbers", async () => {
    const demo = await t.ctx.db
      .selectFrom("social_workers")
      .select([
        "region_code",
        "qualification_level",
        "id_number_index",
        "id_number_cipher",
        "registration_expiry",
        "sex",
        "birth_date",
      ])
      .where("is_demo", "=", 1)
      .execute();
    expect(demo.length).toBeGreaterThanOrEqual(1900);
    expect(new Set(demo.map((w) => w.id_number_index)).size).toBe(demo.length);
    for (const worker of demo.slice(0, 200)) {
      const parsed = parseIdNumber(t.ctx.cipher.decrypt(worker.id_number_cipher), t.clock.now());
      expect(parsed.ok && parsed.birthDate === worker.birth_date && parsed.sex === worker.sex).toBe(true);
    }
    const certifiedShare = (prefix: string) => {
      const district = demo.filter((w) => w.region_code.startsWith(prefix));
      return district.filter((w) => w.qualification_level !== "none").length / district.length;
    };
    expect(certifiedShare("330203")).toBeGreaterThan(0.5);
    expect(certifiedShare("330226")).toBeLessThan(0.35);
    expect(demo.filter((w) => w.region_code.startsWith("330203")).length).toBeGreaterThan(
      2 * demo.filter((w) => w.region_code.startsWith("330225")).length,
    );
    const expiringSoon = demo.filter(
      (w) =>
        w.registration_expiry &&
        w.registration_expiry >= "2026-11-30" &&
        w.registration_expiry <= "2027-02-28",
    );
    expect(expiringSoon.length).toBeGreaterThan(0);
    expect(expiringSoon.length).toBeLessThan(60);
    const hours = await t.ctx.db
      .selectFrom("social_worker_education_hours")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(hours.n)).toBeGreaterThan(250);
    const demoDegrees = await t.ctx.db
      .selectFrom("social_worker_education_hours as h")
      .innerJoin("social_workers as w", "w.id", "h.social_worker_id")
      .select(["h.hours", "w.is_social_work_major"])
      .where("h.kind", "=", "degree")
      .where("w.is_demo", "=", 1)
      .execute();
    expect(demoDegrees.length).toBeGreaterThan(0);
    expect(demoDegrees.length).toBeLessThan(20);
    expect(demoDegrees.every((d) => Number(d.hours) === 90 && d.is_social_work_major === 1)).toBe(true);
    const page = (
      await city.request({ method: "GET", url: "/api/social-workers?pageSize=50&sort=name" })
    ).json();
    expect(page.total).toBeGreaterThanOrEqual(1900);
    expect(page.items).toHaveLength(50);
  });
});
