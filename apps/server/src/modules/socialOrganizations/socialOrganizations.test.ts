import { type Permission, parseCreditCode, type RoleId, type WorkerEmploymentStatus } from "@xinqiao/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, dialects, login, type Session, type TestApp } from "../../../test/harness.ts";
import { loadWorkbook, rowValues } from "../../platform/excel/testing.ts";
import type { NewSocialWorker } from "../socialWorkers/socialWorkers.repository.ts";
import { codeFor, failingCode } from "./creditCodes.testing.ts";

const haishu = "330203000000";
const nanmen = "330203001000";
const jiangxia = "330203002000";
const jiangbei = "330205000000";

const body = (overrides: Record<string, unknown> = {}) => ({
  name: "海曙区测试社会工作服务中心",
  creditCode: codeFor("2", haishu, "MJ0000001"),
  orgType: "社会服务机构",
  registeringAuthority: "宁波市海曙区民政局",
  registeredOn: "2020-05-01",
  legalRepresentative: "王小明",
  domains: ["养老服务", "社会救助"],
  evaluationGrade: "4A",
  staffCount: 12,
  address: "海曙区中山西路 1 号",
  status: "active",
  regionCode: haishu,
  ...overrides,
});

type Grant = [RoleId, Permission];

describe.each(dialects)("social organizations on %s", (dialect) => {
  let t: TestApp;
  let officer: Session;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    officer = await login(t.app, "haishu");
    admin = await login(t.app, "admin");
  });
  afterAll(() => t.close());

  const create = (session: Session, payload: Record<string, unknown>) =>
    session.request({ method: "POST", url: "/api/social-organizations", payload });
  const firstOrganizationIn = async (regionCode: string) =>
    t.ctx.db
      .selectFrom("social_organizations")
      .selectAll()
      .where("region_code", "=", regionCode)
      .orderBy("id")
      .executeTakeFirstOrThrow();

  it("loads ~400 demo organizations with valid codes, a handful overridden with a reason", async () => {
    const rows = await t.ctx.db
      .selectFrom("social_organizations")
      .select(["credit_code", "credit_code_override_reason", "org_type", "region_code"])
      .where("is_demo", "=", 1)
      .execute();
    expect(rows.length).toBeGreaterThan(350);
    expect(rows.length).toBeLessThan(450);
    const failing = rows.filter((r) => {
      const parsed = parseCreditCode(r.credit_code);
      return !parsed.ok || !parsed.isCheckValid;
    });
    expect(failing.length).toBeGreaterThanOrEqual(3);
    expect(failing.every((r) => (r.credit_code_override_reason ?? "").length > 4)).toBe(true);
    for (const row of rows) {
      const parsed = parseCreditCode(row.credit_code);
      expect(parsed.ok && parsed.civilAffairsType).toBe(row.org_type);
    }
    const count = (prefix: string) => rows.filter((r) => r.region_code.startsWith(prefix)).length;
    expect(count("330212")).toBeGreaterThan(count("330225") * 3);
  });

  it("lists only the user's scope, with quick search by pinyin initials and filters", async () => {
    const page = (
      await officer.request({ method: "GET", url: "/api/social-organizations?pageSize=200" })
    ).json();
    expect(page.total).toBeGreaterThan(20);
    expect(page.items.every((o: { region: { code: string } }) => o.region.code.startsWith("330203"))).toBe(
      true,
    );
    const sample = await firstOrganizationIn(haishu);
    const byInitials = (
      await officer.request({
        method: "GET",
        url: `/api/social-organizations?q=${sample.pinyin_initials}&pageSize=200`,
      })
    ).json();
    expect(byInitials.items.map((o: { id: number }) => o.id)).toContain(sample.id);
    const byCode = (
      await officer.request({
        method: "GET",
        url: `/api/social-organizations?q=${sample.credit_code.slice(0, 12)}`,
      })
    ).json();
    expect(byCode.items.map((o: { id: number }) => o.id)).toContain(sample.id);
    const foundations = (
      await officer.request({
        method: "GET",
        url: `/api/social-organizations?orgType=${encodeURIComponent("基金会")}&pageSize=200`,
      })
    ).json();
    expect(foundations.items.every((o: { orgType: string }) => o.orgType === "基金会")).toBe(true);
    const sorted = (
      await officer.request({ method: "GET", url: "/api/social-organizations?sort=-staffCount&pageSize=5" })
    ).json();
    const staff = sorted.items.map((o: { staffCount: number }) => o.staffCount);
    expect([...staff].sort((a, b) => b - a)).toEqual(staff);
    const bad = await officer.request({ method: "GET", url: "/api/social-organizations?sort=secret" });
    expect(bad.statusCode).toBe(400);
  });

  it("creates an organization, audits it and shows it in the history", async () => {
    const response = await create(officer, body());
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      name: "海曙区测试社会工作服务中心",
      isCreditCodeCheckValid: true,
      creditCodeOverrideReason: null,
      workerCount: 0,
      isActive: true,
      abilities: { edit: true, deactivate: true, activate: false, overrideCreditCode: true },
    });
    expect(created.regionPath).toEqual([{ code: haishu, name: "海曙区" }]);
    const row = await t.ctx.db
      .selectFrom("social_organizations")
      .select(["pinyin_initials", "created_by"])
      .where("id", "=", created.id)
      .executeTakeFirstOrThrow();
    expect(row.pinyin_initials).toBe("hsqcsshgzfwzx");
    const history = (
      await officer.request({ method: "GET", url: `/api/social-organizations/${created.id}/history` })
    ).json();
    expect(history[0]).toMatchObject({ action: "socialOrganization.create", after: { name: created.name } });
  });

  it("rejects malformed input with zh-CN messages naming the field", async () => {
    const response = await create(officer, body({ name: "", creditCode: "12345", staffCount: -1 }));
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields as { path: string; message: string }[];
    const messageOf = (path: string) => fields.find((f) => f.path === path)?.message;
    expect(messageOf("creditCode")).toBe("统一社会信用代码：应为 18 位，当前 5 位");
    expect(messageOf("name")).toBe("名称：不能为空");
    expect(messageOf("staffCount")).toBe("从业人员数：不能为负数");
    const withI = await create(officer, body({ creditCode: "52330203MJI000001X" }));
    expect(withI.json().error.fields[0].message).toContain("不允许的字符“I”");
  });

  it("refuses an impossible registration date on create and edit, saving nothing", async () => {
    const count = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom("social_organizations")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    for (const registeredOn of ["2023-02-30", "2023-04-31", "2023-13-01"]) {
      const response = await create(
        officer,
        body({ name: "不存在日期测试中心", creditCode: codeFor("2", haishu, "MJ0000071"), registeredOn }),
      );
      expect(response.statusCode, registeredOn).toBe(400);
      expect(response.json().error).toMatchObject({
        code: "VALIDATION_FAILED",
        fields: [{ path: "registeredOn", message: "登记日期：不是有效日期" }],
      });
    }
    expect(await count()).toBe(before);

    const organization = await firstOrganizationIn(haishu);
    const patched = await officer.request({
      method: "PATCH",
      url: `/api/social-organizations/${organization.id}`,
      payload: { registeredOn: "2023-02-30" },
    });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().error.fields).toEqual([
      { path: "registeredOn", message: "登记日期：不是有效日期" },
    ]);
    expect((await firstOrganizationIn(haishu)).registered_on).toBe(organization.registered_on);
  });

  it("cross-checks the type with the code's second character", async () => {
    const response = await create(
      officer,
      body({ creditCode: codeFor("1", haishu, "MJ0000002"), orgType: "社会服务机构", name: "类型不符测试" }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { path: "orgType", message: "组织类型：与统一社会信用代码第 2 位“1”（社会团体）不符" },
    ]);
    const fixed = await create(
      officer,
      body({ creditCode: codeFor("1", haishu, "MJ0000002"), orgType: "社会团体", name: "类型相符测试协会" }),
    );
    expect(fixed.statusCode).toBe(201);
    const patched = await officer.request({
      method: "PATCH",
      url: `/api/social-organizations/${fixed.json().id}`,
      payload: { orgType: "基金会" },
    });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().error.fields[0].path).toBe("orgType");
  });

  /** Runs `body` on a deployment whose roles were given or refused grants (roles are data). */
  const withGrants = async (change: { add?: Grant[]; remove?: Grant[] }, body: () => Promise<void>) => {
    const rows = (pairs: Grant[] = []) => pairs.map(([role_id, permission]) => ({ role_id, permission }));
    const remove = async (pairs: Grant[] = []) => {
      for (const [role, permission] of pairs) {
        await t.ctx.db
          .deleteFrom("role_permissions")
          .where("role_id", "=", role)
          .where("permission", "=", permission)
          .execute();
      }
    };
    if (change.add?.length) await t.ctx.db.insertInto("role_permissions").values(rows(change.add)).execute();
    await remove(change.remove);
    await t.ctx.catalog.load(t.ctx.db);
    try {
      await body();
    } finally {
      await remove(change.add);
      if (change.remove?.length) {
        await t.ctx.db.insertInto("role_permissions").values(rows(change.remove)).execute();
      }
      await t.ctx.catalog.load(t.ctx.db);
    }
  };

  it("refuses a failed check character to a manager without the override, naming the expected character", async () => {
    const valid = codeFor("2", haishu, "MJ0000003");
    const code = failingCode(valid);
    // A deployment that kept the override to the city's officers.
    await withGrants({ remove: [["district_officer", "organizations.override_credit_code"]] }, async () => {
      const response = await create(
        officer,
        body({ creditCode: code, name: "校验位测试中心", creditCodeOverrideReason: "我确定没问题" }),
      );
      expect(response.statusCode).toBe(400);
      const fields = response.json().error.fields;
      expect(fields).toHaveLength(1);
      expect(fields[0].path).toBe("creditCode");
      expect(fields[0].message).toContain(`应为“${valid.slice(17)}”`);
      expect(fields[0].message).toMatch(/^统一社会信用代码：校验位不正确/);
    });
  });

  it("lets the district officer who registers organizations accept a failed check character with a reason, and audits it", async () => {
    const valid = codeFor("2", haishu, "MJ0000004");
    const code = failingCode(valid);
    const withoutReason = await create(officer, body({ creditCode: code, name: "例外测试中心" }));
    expect(withoutReason.statusCode).toBe(400);
    expect(withoutReason.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      "creditCode",
      "creditCodeOverrideReason",
    ]);
    const reason = "已核对登记证书原件，代码与证书一致";
    const accepted = await create(
      officer,
      body({ creditCode: code, name: "例外测试中心", creditCodeOverrideReason: reason }),
    );
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toMatchObject({
      creditCode: code,
      isCreditCodeCheckValid: false,
      creditCodeOverrideReason: reason,
    });
    const entry = await t.ctx.db
      .selectFrom("audit_log")
      .select(["action", "after_json", "actor_username"])
      .where("entity", "=", "socialOrganization")
      .where("entity_id", "=", String(accepted.json().id))
      .executeTakeFirstOrThrow();
    expect(entry.action).toBe("socialOrganization.create.override");
    expect(entry.actor_username).toBe("haishu");
    expect(JSON.parse(entry.after_json ?? "{}").creditCodeOverrideReason).toBe(reason);
    // The city's officer may edit other fields of the accepted record without re-deciding the code.
    const city = await login(t.app, "city");
    const edited = await city.request({
      method: "PATCH",
      url: `/api/social-organizations/${accepted.json().id}`,
      payload: { staffCount: 30, creditCode: code.toLowerCase() },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ staffCount: 30, creditCodeOverrideReason: reason });
    // The system administrator registers nothing, overridden or not (accounts, not the registry).
    const byAdmin = await create(
      admin,
      body({ creditCode: failingCode(codeFor("2", haishu, "MJ0000007")), creditCodeOverrideReason: reason }),
    );
    expect(byAdmin.statusCode).toBe(403);
    // Where a deployment grants the override alone, it is no licence to register ordinary organizations.
    await withGrants({ add: [["leader", "organizations.override_credit_code"]] }, async () => {
      const leader = await login(t.app, "leader");
      const ordinary = await create(
        leader,
        body({ creditCode: codeFor("2", haishu, "MJ0000005"), name: "领导" }),
      );
      expect(ordinary.statusCode).toBe(403);
      const overridden = await create(
        leader,
        body({
          creditCode: failingCode(codeFor("2", haishu, "MJ0000008")),
          name: "领导例外",
          creditCodeOverrideReason: reason,
        }),
      );
      expect(overridden.statusCode).toBe(201);
    });
  });

  it("refuses a duplicate code, naming the holder only inside the user's scope", async () => {
    const existing = await firstOrganizationIn(haishu);
    const inScope = await create(
      officer,
      body({ creditCode: existing.credit_code, orgType: existing.org_type }),
    );
    expect(inScope.statusCode).toBe(409);
    expect(inScope.json().error.message).toContain(existing.name);
    const yuyao = await login(t.app, "yuyao");
    const outside = await create(
      yuyao,
      body({ creditCode: existing.credit_code, orgType: existing.org_type, regionCode: "330281000000" }),
    );
    expect(outside.statusCode).toBe(409);
    expect(outside.json().error.message).not.toContain(existing.name);
    expect(outside.json().error.message).toContain("不在您的管辖范围内");
  });

  it("keeps each user inside their region scope", async () => {
    const jiangbeiOrganization = await firstOrganizationIn(jiangbei);
    const url = `/api/social-organizations/${jiangbeiOrganization.id}`;
    expect((await officer.request({ method: "GET", url })).statusCode).toBe(404);
    expect((await officer.request({ method: "GET", url: `${url}/history` })).statusCode).toBe(404);
    expect((await officer.request({ method: "PATCH", url, payload: { staffCount: 1 } })).statusCode).toBe(
      404,
    );
    expect((await officer.request({ method: "POST", url: `${url}/deactivate` })).statusCode).toBe(404);
    const outside = await create(
      officer,
      body({ regionCode: jiangbei, creditCode: codeFor("2", jiangbei, "MJ0000006") }),
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields[0]).toEqual({
      path: "regionCode",
      message: "所属区划：不存在或不在您的管辖范围内",
    });

    const created = await create(
      officer,
      body({ regionCode: jiangxia, name: "江厦测试服务社", creditCode: codeFor("2", haishu, "MJ0000007") }),
    );
    expect(created.statusCode).toBe(201);
    const station = await login(t.app, "station");
    expect(
      (await station.request({ method: "GET", url: `/api/social-organizations/${created.json().id}` }))
        .statusCode,
    ).toBe(404);
    const list = (
      await station.request({ method: "GET", url: "/api/social-organizations?pageSize=200" })
    ).json();
    expect(list.items.every((o: { region: { code: string } }) => o.region.code === nanmen)).toBe(true);
    const leader = await login(t.app, "leader");
    expect(
      (await leader.request({ method: "GET", url: `/api/social-organizations/${created.json().id}` })).json()
        .abilities.edit,
    ).toBe(false);
    expect((await create(leader, body({ name: "领导测试" }))).statusCode).toBe(403);
  });

  it("counts and lists the social workers linked to an organization", async () => {
    const organization = (
      await create(officer, body({ name: "社工关联测试中心", creditCode: codeFor("2", haishu, "MJ0000008") }))
    ).json();
    const at = t.clock.now().toISOString();
    const worker = (index: number, status: WorkerEmploymentStatus, regionCode: string): NewSocialWorker => ({
      name: `关联社工${index}`,
      pinyin: `guanlianshegong${index}`,
      pinyin_initials: `glsg${index}`,
      region_code: regionCode,
      id_number_cipher: "x",
      id_number_index: `link-test-${dialect}-${index}`,
      id_number_masked: "330***********0000",
      sex: "female",
      birth_date: "1990-01-01",
      education: "bachelor",
      qualification_level: "assistant",
      employer_kind: "organization",
      social_organization_id: organization.id,
      employment_status: status,
      domains_json: "[]",
      other_certificates_json: "[]",
      is_social_work_major: 0,
      is_introduced_talent: 0,
      is_active: 1,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    await t.ctx.db
      .insertInto("social_workers")
      .values([worker(1, "employed", nanmen), worker(2, "employed", haishu), worker(3, "left", nanmen)])
      .execute();
    const detail = (
      await officer.request({ method: "GET", url: `/api/social-organizations/${organization.id}` })
    ).json();
    expect(detail.workerCount).toBe(2);
    expect(detail.workers.map((w: { name: string }) => w.name).sort()).toEqual([
      "关联社工1",
      "关联社工2",
      "关联社工3",
    ]);
    const listed = (
      await officer.request({
        method: "GET",
        url: `/api/social-organizations?q=${encodeURIComponent("社工关联测试")}`,
      })
    ).json();
    expect(listed.items[0].workerCount).toBe(2);
  });

  it("deactivates and reactivates, audited, without deleting", async () => {
    const organization = await firstOrganizationIn(nanmen);
    const url = `/api/social-organizations/${organization.id}`;
    const off = await officer.request({ method: "POST", url: `${url}/deactivate` });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ isActive: false, abilities: { activate: true, deactivate: false } });
    const inactive = (
      await officer.request({ method: "GET", url: "/api/social-organizations?isActive=false" })
    ).json();
    expect(inactive.items.map((o: { id: number }) => o.id)).toContain(organization.id);
    const on = await officer.request({ method: "POST", url: `${url}/activate` });
    expect(on.json().isActive).toBe(true);
    const history = (await officer.request({ method: "GET", url: `${url}/history` })).json();
    expect(history.map((h: { action: string }) => h.action).slice(0, 2)).toEqual([
      "socialOrganization.activate",
      "socialOrganization.deactivate",
    ]);
    const worker = await login(t.app, "worker");
    expect((await worker.request({ method: "POST", url: `${url}/deactivate` })).statusCode).toBe(403);
  });

  it("edits with an audited diff of the changed fields only", async () => {
    const organization = await firstOrganizationIn(haishu);
    const url = `/api/social-organizations/${organization.id}`;
    const response = await officer.request({
      method: "PATCH",
      url,
      payload: { staffCount: organization.staff_count + 5, evaluationGrade: "5A" },
    });
    expect(response.statusCode).toBe(200);
    const [entry] = (await officer.request({ method: "GET", url: `${url}/history` })).json();
    expect(entry.action).toBe("socialOrganization.update");
    expect(Object.keys(entry.after).sort()).toEqual(
      organization.evaluation_grade === "5A" ? ["staffCount"] : ["evaluationGrade", "staffCount"],
    );
    const future = await officer.request({ method: "PATCH", url, payload: { registeredOn: "2099-01-01" } });
    expect(future.json().error.fields[0].message).toBe("登记日期：不能晚于今天");
  });

  it("exports the filtered list of the user's scope only, audited", async () => {
    const response = await officer.request({
      method: "GET",
      url: `/api/social-organizations/export?orgType=${encodeURIComponent("社会团体")}`,
    });
    expect(response.statusCode).toBe(200);
    const sheet = (await loadWorkbook(response.rawPayload)).worksheets[0];
    const header = rowValues(sheet, 1);
    expect(header.slice(0, 2)).toEqual(["名称", "统一社会信用代码"]);
    const regionColumn = header.indexOf("区划代码");
    const typeColumn = header.indexOf("组织类型");
    expect(sheet?.rowCount).toBeGreaterThan(2);
    for (let r = 2; r <= (sheet?.rowCount ?? 0); r++) {
      const values = rowValues(sheet, r);
      expect(String(values[regionColumn])).toMatch(/^330203/);
      expect(values[typeColumn]).toBe("社会团体");
    }
    const entry = await t.ctx.db
      .selectFrom("audit_log")
      .select(["action", "after_json"])
      .where("entity", "=", "socialOrganization")
      .where("action", "like", "socialOrganization.export%")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(entry.action).toBe("socialOrganization.export");
    expect(JSON.parse(entry.after_json ?? "{}").filters).toMatchObject({ orgType: "社会团体" });
  });
});
