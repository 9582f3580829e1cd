import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, newClient, signedInAs } from "../../../test/factories.ts";
import { dialects, type Session, type TestApp } from "../../../test/harness.ts";
import { loadWorkbook, rowValues } from "../../platform/excel/testing.ts";
import { freshIdNumber } from "../volunteers/volunteers.testing.ts";

const nanmenCommunity = "330203001001";
const jiangbeiCommunity = "330205001001";

describe.each(dialects)("clients (服务对象) on %s", (dialect) => {
  let t: TestApp;
  let station: Session;
  let worker: Session;
  let supervisor: Session;
  let haishu: Session;
  let jiangbei: Session;
  let leader: Session;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    station = await signedInAs(t, "station_staff", "330203001000");
    worker = await signedInAs(t, "social_worker", "330203001000");
    supervisor = await signedInAs(t, "supervisor", "330203000000");
    haishu = await signedInAs(t, "district_officer", "330203000000");
    jiangbei = await signedInAs(t, "station_staff", "330205001000");
    leader = await signedInAs(t, "leader", "330200000000");
  });
  afterAll(() => t.close());

  // biome-ignore lint/suspicious/noExplicitAny: the tests read the answer's fields as the API sends them.
  const get = async (session: Session, url: string): Promise<any> => {
    const response = await session.request({ method: "GET", url });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const auditActions = async (id: number) =>
    (
      await t.ctx.db
        .selectFrom("audit_log")
        .select(["action", "after_json"])
        .where("entity", "=", "client")
        .where("entity_id", "=", String(id))
        .orderBy("id")
        .execute()
    ).map((row) => row.action);

  it("registers a client with personal data masked, encrypted at rest and audited", async () => {
    const idNumber = freshIdNumber();
    const client = await newClient(station, nanmenCommunity, { idNumber });
    expect(client).toMatchObject({
      name: "周桂英",
      idNumber: `${idNumber.slice(0, 3)}***********${idNumber.slice(-4)}`,
      phone: "138****0001",
      address: "宁波市海曙区****",
      birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}`,
      categories: ["独居老人", "低保"],
      riskLevel: "medium",
      isEmergency: false,
      region: { code: nanmenCommunity },
      possibleDuplicates: [],
      abilities: { edit: true, reveal: true, manageConsents: true },
    });
    const row = await t.ctx.db
      .selectFrom("clients")
      .selectAll()
      .where("id", "=", client.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(idNumber);
    expect(JSON.stringify(row)).not.toContain("柳汀街");
    expect(t.ctx.cipher.decrypt(row.address_cipher ?? "")).toContain("柳汀街");
    expect(await auditActions(client.id)).toEqual(["client.create"]);
    const [entry] = await t.ctx.db
      .selectFrom("audit_log")
      .select("after_json")
      .where("entity", "=", "client")
      .where("entity_id", "=", String(client.id))
      .execute();
    expect(entry?.after_json).not.toContain(idNumber);
  });

  it("takes a person without an ID number when the birth date and sex are entered", async () => {
    const missing = await station.request({
      method: "POST",
      url: "/api/clients",
      payload: { name: "无证人员", regionCode: nanmenCommunity },
    });
    expect(missing.statusCode).toBe(400);
    const paths = missing.json().error.fields.map((field: { path: string }) => field.path);
    expect(paths).toEqual(expect.arrayContaining(["birthDate", "sex"]));

    const mismatch = await station.request({
      method: "POST",
      url: "/api/clients",
      payload: {
        name: "错配人员",
        regionCode: nanmenCommunity,
        idNumber: freshIdNumber(),
        birthDate: "2001-01-01",
      },
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.fields[0].path).toBe("birthDate");

    const client = await newClient(station, nanmenCommunity, {
      name: "无证人员",
      idNumber: null,
      birthDate: "1950-03-04",
      sex: "male",
    });
    expect(client).toMatchObject({ idNumber: null, birthDate: "1950-03", sex: "male" });

    const idNumber = freshIdNumber("female");
    const withId = await station.request({
      method: "PATCH",
      url: `/api/clients/${client.id}`,
      payload: { idNumber },
    });
    expect(withId.json()).toMatchObject({
      sex: "female",
      birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}`,
    });
    const contradicting = await station.request({
      method: "PATCH",
      url: `/api/clients/${client.id}`,
      payload: { sex: "male" },
    });
    expect(contradicting.statusCode).toBe(400);
    expect(contradicting.json().error.fields[0].path).toBe("sex");
    const cleared = await station.request({
      method: "PATCH",
      url: `/api/clients/${client.id}`,
      payload: { idNumber: null, birthDate: "1950-03-04", sex: "male" },
    });
    expect(cleared.json()).toMatchObject({ idNumber: null, birthDate: "1950-03", sex: "male" });
  });

  it("refuses a street as the client's region: a client lives in a community", async () => {
    const response = await station.request({
      method: "POST",
      url: "/api/clients",
      payload: { name: "周桂英", idNumber: freshIdNumber(), regionCode: "330203001000" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].path).toBe("regionCode");
  });

  it("keeps each user inside their scope; a leader reads no client at all", async () => {
    const haishuClient = await newClient(station, nanmenCommunity, { name: "海曙对象" });
    const jiangbeiClient = await newClient(jiangbei, jiangbeiCommunity, { name: "江北对象" });

    expect(
      (await jiangbei.request({ method: "GET", url: `/api/clients/${haishuClient.id}` })).statusCode,
    ).toBe(404);
    expect(
      (await station.request({ method: "GET", url: `/api/clients/${jiangbeiClient.id}` })).statusCode,
    ).toBe(404);
    const patch = await jiangbei.request({
      method: "PATCH",
      url: `/api/clients/${haishuClient.id}`,
      payload: { riskLevel: "high" },
    });
    expect(patch.statusCode).toBe(404);

    const districtNames = (await get(haishu, "/api/clients?pageSize=200")).items.map(
      (item: { name: string }) => item.name,
    );
    expect(districtNames).toContain("海曙对象");
    expect(districtNames).not.toContain("江北对象");
    const stationList = await get(station, "/api/clients?pageSize=200");
    const names = stationList.items.map((item: { name: string }) => item.name);
    expect(names).toContain("海曙对象");
    expect(names).not.toContain("江北对象");
    expect((await get(supervisor, `/api/clients/${haishuClient.id}`)).abilities.edit).toBe(false);
    // A worker sees only the clients they registered (or of their cases): not the station's.
    expect((await worker.request({ method: "GET", url: `/api/clients/${haishuClient.id}` })).statusCode).toBe(
      404,
    );
    const workersOwn = await newClient(worker, nanmenCommunity, { name: "社工登记" });
    expect((await get(worker, `/api/clients/${workersOwn.id}`)).abilities).toMatchObject({
      edit: true,
      reveal: false,
    });
    const workerNames = (await get(worker, "/api/clients?pageSize=200")).items.map(
      (item: { name: string }) => item.name,
    );
    expect(workerNames).toContain("社工登记");
    expect(workerNames).not.toContain("海曙对象");

    for (const url of [
      "/api/clients",
      `/api/clients/${haishuClient.id}`,
      `/api/clients/${haishuClient.id}/history`,
    ]) {
      const response = await leader.request({ method: "GET", url });
      expect(response.statusCode, url).toBe(403);
      expect(response.body).not.toContain("海曙对象");
    }
    const supervisorWrite = await supervisor.request({
      method: "POST",
      url: "/api/clients",
      payload: { name: "督导登记", idNumber: freshIdNumber(), regionCode: nanmenCommunity },
    });
    expect(supervisorWrite.statusCode).toBe(403);
  });

  it("searches by name, initials, a full ID number and filters, inside the scope", async () => {
    const idNumber = freshIdNumber();
    const client = await newClient(station, nanmenCommunity, {
      name: "欧阳春花",
      idNumber,
      categories: ["留守儿童"],
      riskLevel: "high",
      isEmergency: true,
    });
    const ids = async (session: Session, query: string) =>
      (await get(session, `/api/clients?${query}`)).items.map((item: { id: number }) => item.id);
    expect(await ids(station, "q=欧阳")).toContain(client.id);
    expect(await ids(station, "q=oych")).toContain(client.id);
    expect(await ids(station, `q=${idNumber}`)).toEqual([client.id]);
    expect(await ids(jiangbei, `q=${idNumber}`)).toEqual([]);
    expect(await ids(station, "category=留守儿童&riskLevel=high&isEmergency=true")).toContain(client.id);
    expect(await ids(station, "riskLevel=low")).not.toContain(client.id);
  });

  it("reveals the ID number, phone and address only with the permission, and audits each view", async () => {
    const idNumber = freshIdNumber();
    const client = await newClient(station, nanmenCommunity, { idNumber });
    const reveal = (session: Session, field: string) =>
      session.request({ method: "POST", url: `/api/clients/${client.id}/reveal`, payload: { field } });
    const shown = await reveal(station, "idNumber");
    expect(shown.json()).toEqual({ field: "idNumber", value: idNumber });
    expect((await reveal(station, "address")).json().value).toContain("柳汀街");
    expect((await reveal(worker, "idNumber")).statusCode).toBe(403);
    expect((await reveal(jiangbei, "idNumber")).statusCode).toBe(404);
    const reveals = (await auditActions(client.id)).filter(
      (action) => action === "client.personalData.reveal",
    );
    expect(reveals).toHaveLength(2);
  });

  it("refuses an ID number already registered (409), neutral outside the scope, and never merges", async () => {
    const idNumber = freshIdNumber();
    const first = await newClient(station, nanmenCommunity, { idNumber, name: "王建国" });
    const again = await station.request({
      method: "POST",
      url: "/api/clients",
      payload: { name: "王建国", idNumber, regionCode: nanmenCommunity },
    });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain("王建国");
    const elsewhere = await jiangbei.request({
      method: "POST",
      url: "/api/clients",
      payload: { name: "另一人", idNumber, regionCode: jiangbeiCommunity },
    });
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.body).not.toContain("王建国");

    const other = await newClient(station, nanmenCommunity, { name: "王建业" });
    const patch = await station.request({
      method: "PATCH",
      url: `/api/clients/${other.id}`,
      payload: { idNumber },
    });
    expect(patch.statusCode).toBe(409);
    expect((await get(station, `/api/clients/${first.id}`)).name).toBe("王建国");
  });

  it("flags the same name, birth date and community as a possible duplicate, saved and kept apart", async () => {
    const first = await newClient(station, nanmenCommunity, {
      name: "李秀兰",
      idNumber: null,
      birthDate: "1942-06-15",
      sex: "female",
    });
    expect(first.possibleDuplicates).toEqual([]);
    const second = await newClient(station, nanmenCommunity, {
      name: "李秀兰",
      idNumber: null,
      birthDate: "1942-06-15",
      sex: "female",
    });
    expect(second.id).not.toBe(first.id);
    expect(second.possibleDuplicates).toEqual([
      { id: first.id, name: "李秀兰", reason: "nameBirthDateCommunity" },
    ]);
    expect((await get(station, `/api/clients/${first.id}`)).possibleDuplicates).toEqual([
      { id: second.id, name: "李秀兰", reason: "nameBirthDateCommunity" },
    ]);

    const third = await newClient(station, nanmenCommunity, {
      name: "李秀芳",
      idNumber: null,
      birthDate: "1942-06-15",
      sex: "female",
    });
    expect(third.possibleDuplicates).toEqual([]);
    const renamed = await station.request({
      method: "PATCH",
      url: `/api/clients/${third.id}`,
      payload: { name: "李秀兰" },
    });
    expect(renamed.statusCode).toBe(200);
    expect(
      renamed
        .json()
        .possibleDuplicates.map((d: { id: number }) => d.id)
        .sort(),
    ).toEqual([first.id, second.id].sort());
  });

  it("updates with an audited diff, deactivates, and shows the history", async () => {
    const client = await newClient(worker, nanmenCommunity);
    const patch = await worker.request({
      method: "PATCH",
      url: `/api/clients/${client.id}`,
      payload: {
        riskLevel: "high",
        isEmergency: true,
        householdMembers: [{ name: "周小明", relation: "孙子" }],
        guardianName: "周建华",
        guardianRelation: "儿子",
      },
    });
    expect(patch.statusCode, patch.body).toBe(200);
    expect(patch.json()).toMatchObject({
      riskLevel: "high",
      isEmergency: true,
      householdMembers: [{ name: "周小明", relation: "孙子" }],
      guardianName: "周建华",
    });
    const off = await station.request({ method: "POST", url: `/api/clients/${client.id}/deactivate` });
    expect(off.json()).toMatchObject({
      isActive: false,
      abilities: { activate: true, manageConsents: false, withdrawConsent: true },
    });

    const history = await get(station, `/api/clients/${client.id}/history`);
    expect(history.map((entry: { action: string }) => entry.action)).toEqual([
      "client.deactivate",
      "client.update",
      "client.create",
    ]);
    expect(history[1].before).toMatchObject({ riskLevel: "medium", isEmergency: false });
    expect(history[1].after).toMatchObject({ riskLevel: "high", isEmergency: true });
    expect(
      (await jiangbei.request({ method: "GET", url: `/api/clients/${client.id}/history` })).statusCode,
    ).toBe(404);
  });

  it("records consents; a child under 14 consents only through a named guardian; withdrawal keeps the record", async () => {
    const adult = await newClient(station, nanmenCommunity);
    const consent = (id: number, payload: Record<string, unknown>, session = station) =>
      session.request({ method: "POST", url: `/api/clients/${id}/consents`, payload });
    const given = await consent(adult.id, { kind: "service", givenOn: "2026-11-01" });
    expect(given.statusCode, given.body).toBe(201);
    const [record] = given.json();
    expect(record).toMatchObject({
      kind: "service",
      guardianName: null,
      givenOn: "2026-11-01",
      withdrawnOn: null,
    });
    expect(record.recordedBy).not.toBeNull();

    const child = await newClient(station, nanmenCommunity, {
      name: "陈小雨",
      idNumber: null,
      birthDate: "2018-05-01",
      sex: "female",
      categories: ["留守儿童"],
    });
    expect((await get(station, `/api/clients/${child.id}`)).needsGuardianConsent).toBe(true);
    const alone = await consent(child.id, { kind: "data_sharing", givenOn: "2026-11-02" });
    expect(alone.statusCode).toBe(400);
    expect(alone.json().error.fields[0].path).toBe("guardianName");
    const withGuardian = await consent(child.id, {
      kind: "data_sharing",
      givenOn: "2026-11-02",
      guardianName: "陈建军",
    });
    expect(withGuardian.statusCode).toBe(201);
    expect(withGuardian.json()[0].guardianName).toBe("陈建军");

    expect((await consent(adult.id, { kind: "referral", givenOn: "2026-11-01" }, jiangbei)).statusCode).toBe(
      404,
    );
    expect(
      (await consent(adult.id, { kind: "referral", givenOn: "2026-11-01" }, supervisor)).statusCode,
    ).toBe(403);

    const withdraw = (body: Record<string, unknown>) =>
      station.request({
        method: "POST",
        url: `/api/clients/${adult.id}/consents/${record.id}/withdraw`,
        payload: body,
      });
    expect((await withdraw({ withdrawnOn: "2026-10-01" })).statusCode).toBe(400);
    const withdrawn = await withdraw({ withdrawnOn: "2026-11-20" });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()[0]).toMatchObject({ id: record.id, withdrawnOn: "2026-11-20" });
    expect((await withdraw({})).statusCode).toBe(409);
    const otherClientsConsent = await station.request({
      method: "POST",
      url: `/api/clients/${child.id}/consents/${record.id}/withdraw`,
      payload: {},
    });
    expect(otherClientsConsent.statusCode).toBe(404);

    expect(await auditActions(adult.id)).toEqual([
      "client.create",
      "client.consent.record",
      "client.consent.withdraw",
    ]);
    expect((await get(station, `/api/clients/${adult.id}`)).consents).toHaveLength(1);
  });

  it("exports in scope, masked by default, unmasked only with personal.export, never to a leader; audited", async () => {
    const idNumber = freshIdNumber();
    await newClient(station, nanmenCommunity, { name: "导出对象", idNumber, phone: "13711112222" });
    await newClient(jiangbei, jiangbeiCommunity, { name: "导出对象" });
    const url = `/api/clients/export?q=${encodeURIComponent("导出对象")}`;
    const masked = await station.request({ method: "GET", url });
    expect(masked.statusCode).toBe(200);
    const sheet = (await loadWorkbook(masked.rawPayload)).worksheets[0];
    expect(rowValues(sheet, 1).slice(0, 3)).toEqual(["姓名", "身份证号", "性别"]);
    expect((sheet?.actualRowCount ?? 0) - 1).toBe(1);
    const row = rowValues(sheet, 2);
    expect(row).toContain("137****2222");
    expect(row).not.toContain(idNumber);

    const unmasked = await haishu.request({ method: "GET", url: `${url}&unmasked=true` });
    const clearRow = rowValues((await loadWorkbook(unmasked.rawPayload)).worksheets[0], 2);
    expect(clearRow).toContain(idNumber);
    expect(clearRow).toContain("13711112222");
    expect((await station.request({ method: "GET", url: `${url}&unmasked=true` })).statusCode).toBe(403);
    expect((await leader.request({ method: "GET", url })).statusCode).toBe(403);

    const audits = await t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "client")
      .where("action", "in", ["client.export", "client.export.unmasked"])
      .execute();
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(["client.export", "client.export.unmasked"]),
    );
  });
});
