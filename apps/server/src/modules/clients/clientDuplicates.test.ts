import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, newClient, signedInAs } from "../../../test/factories.ts";
import { dialects, requestUserOf, type Session, type TestApp } from "../../../test/harness.ts";
import { serverModules } from "../../modules.ts";
import { clientReferencesOf } from "./clientDuplicates.routes.ts";
import { mergeDuplicate } from "./clientDuplicates.service.ts";
import { insertCaseFor } from "./clients.testing.ts";

const nanmenCommunity = "330203001001";
const otherNanmenCommunity = "330203001002";

const digits = "零一二三四五六七八九";
let nameCounter = 0;
/** A person with no ID number (so that two records of them can exist), a name no other test uses. */
function namesake() {
  nameCounter += 1;
  const suffix = [...String(nameCounter)].map((d) => digits[Number(d)]).join("");
  return { name: `重复${suffix}`, idNumber: null, birthDate: "1950-03-01", sex: "female" };
}

describe.each(dialects)("clients' duplicates queue (疑似重复) on %s", (dialect) => {
  let t: TestApp;
  let station: Session;
  let worker: Session;
  let haishu: Session;
  let jiangbei: Session;

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    station = await signedInAs(t, "station_staff", "330203001000");
    worker = await signedInAs(t, "social_worker", "330203001000");
    haishu = await signedInAs(t, "district_officer", "330203000000");
    jiangbei = await signedInAs(t, "district_officer", "330205000000");
  });
  afterAll(() => t.close());

  // biome-ignore lint/suspicious/noExplicitAny: the tests read the answer's fields as the API sends them.
  const get = async (session: Session, url: string): Promise<any> => {
    const response = await session.request({ method: "GET", url });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const pairOf = async (session: Session, clientId: number) =>
    (await get(session, "/api/client-duplicates?pageSize=100")).items.find(
      (pair: { clients: { id: number }[] }) => pair.clients.some((client) => client.id === clientId),
    );
  const auditOf = async (clientId: number) =>
    (
      await t.ctx.db
        .selectFrom("audit_log")
        .select(["action", "before_json", "after_json"])
        .where("entity", "=", "client")
        .where("entity_id", "=", String(clientId))
        .orderBy("id")
        .execute()
    ).map((row) => ({
      action: row.action,
      before: row.before_json ? JSON.parse(row.before_json) : null,
      after: row.after_json ? JSON.parse(row.after_json) : null,
    }));
  const twoRecordsOfOnePerson = async () => {
    const person = namesake();
    const first = await newClient(station, nanmenCommunity, person);
    const second = await newClient(station, nanmenCommunity, person);
    const pair = await pairOf(station, second.id);
    expect(pair, "the pair is flagged on entry").toBeDefined();
    return { first, second, pair };
  };
  const openCase = (clientId: number) =>
    insertCaseFor(t.ctx.db, t.clock.now(), { id: clientId, regionCode: nanmenCommunity });
  const recordConsent = async (clientId: number) => {
    const response = await station.request({
      method: "POST",
      url: `/api/clients/${clientId}/consents`,
      payload: { kind: "service", givenOn: "2026-01-05" },
    });
    expect(response.statusCode, response.body).toBe(201);
  };

  it("flags a pair on entry and lists it, masked, to those who see both records only", async () => {
    const { first, second, pair } = await twoRecordsOfOnePerson();
    expect(pair).toMatchObject({
      reason: "nameBirthDateCommunity",
      source: "entry",
      mayMerge: true,
      clients: [{ id: first.id }, { id: second.id }],
    });
    expect(pair.clients[0].phone).toBe("138****0001");
    expect(pair.references).toMatchObject({ client_consents: [0, 0], cases: [0, 0] });
    expect(await pairOf(haishu, second.id)).toBeDefined();
    // Another district sees neither record: nothing listed, and the pair's routes answer 404.
    expect(await pairOf(jiangbei, second.id)).toBeUndefined();
    for (const path of ["dismiss", "merge"]) {
      const response = await jiangbei.request({
        method: "POST",
        url: `/api/client-duplicates/${pair.id}/${path}`,
        ...(path === "merge" ? { payload: { keepId: first.id } } : {}),
      });
      expect(response.statusCode, path).toBe(404);
      expect(response.body).not.toContain(first.name);
    }
    // A worker sees neither (the station registered both): the queue holds nothing of theirs.
    expect(await pairOf(worker, second.id)).toBeUndefined();
    expect(
      (await worker.request({ method: "POST", url: `/api/client-duplicates/${pair.id}/dismiss` })).statusCode,
    ).toBe(404);
    // A namesake in another community is no suspect.
    const elsewhere = await newClient(station, otherNanmenCommunity, { ...namesake(), name: first.name });
    expect(await pairOf(station, elsewhere.id)).toBeUndefined();
  });

  it("remembers a dismissal: the pair is never flagged again, and both histories say so", async () => {
    const { first, second, pair } = await twoRecordsOfOnePerson();
    const dismissed = await station.request({
      method: "POST",
      url: `/api/client-duplicates/${pair.id}/dismiss`,
    });
    expect(dismissed.statusCode, dismissed.body).toBe(204);
    expect(await pairOf(station, second.id)).toBeUndefined();
    // Editing either record runs the check again: the dismissed pair stays dismissed.
    const edited = await station.request({
      method: "PATCH",
      url: `/api/clients/${second.id}`,
      payload: { name: second.name, riskLevel: "high" },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().possibleDuplicates).toEqual([]);
    expect(await pairOf(station, second.id)).toBeUndefined();
    expect((await get(station, `/api/clients/${first.id}`)).possibleDuplicates).toEqual([]);
    const again = await station.request({ method: "POST", url: `/api/client-duplicates/${pair.id}/dismiss` });
    expect(again.statusCode).toBe(409);
    for (const [id, other] of [
      [first.id, second.id],
      [second.id, first.id],
    ] as const) {
      expect(await auditOf(id)).toContainEqual({
        action: "client.duplicate.dismiss",
        before: { duplicateOf: other, status: "open" },
        after: { duplicateOf: other, status: "dismissed" },
      });
    }
    // A third record of the same person is a new pair with each of them.
    const third = await newClient(station, nanmenCommunity, {
      name: first.name,
      idNumber: null,
      birthDate: "1950-03-01",
      sex: "female",
    });
    expect((third.possibleDuplicates as { id: number }[]).map((d) => d.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
  });

  it("merges: consents and cases move to the record kept, the other is deactivated and points to it, audited", async () => {
    const { first, second, pair } = await twoRecordsOfOnePerson();
    await recordConsent(second.id);
    await recordConsent(first.id);
    const caseId = await openCase(second.id);

    const byWorker = await worker.request({
      method: "POST",
      url: `/api/client-duplicates/${pair.id}/merge`,
      payload: { keepId: first.id },
    });
    expect(byWorker.statusCode, "the worker sees neither record").toBe(404);
    const wrongKeep = await station.request({
      method: "POST",
      url: `/api/client-duplicates/${pair.id}/merge`,
      payload: { keepId: 999999 },
    });
    expect(wrongKeep.statusCode).toBe(400);

    const listed = await pairOf(station, second.id);
    expect(listed.references).toMatchObject({ client_consents: [1, 1], cases: [0, 1] });
    const merged = await station.request({
      method: "POST",
      url: `/api/client-duplicates/${pair.id}/merge`,
      payload: { keepId: first.id },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toEqual({
      keptId: first.id,
      mergedId: second.id,
      moved: { client_consents: 1, cases: 1 },
    });

    const movedCase = await t.ctx.db
      .selectFrom("cases")
      .select("client_id")
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(movedCase.client_id).toBe(first.id);
    expect((await get(station, `/api/clients/${first.id}`)).consents).toHaveLength(2);
    const gone = await get(station, `/api/clients/${second.id}`);
    expect(gone).toMatchObject({ isActive: false, mergedIntoId: first.id, consents: [] });
    expect(await pairOf(station, second.id)).toBeUndefined();
    expect((await get(station, `/api/clients/${first.id}`)).possibleDuplicates).toEqual([]);

    expect(await auditOf(first.id)).toContainEqual({
      action: "client.merge",
      before: { records: { client_consents: 1, cases: 0 } },
      after: {
        records: { client_consents: 2, cases: 1 },
        mergedClient: { id: second.id, name: second.name },
      },
    });
    expect(await auditOf(second.id)).toContainEqual({
      action: "client.merge.into",
      before: { isActive: true, mergedIntoId: null, records: { client_consents: 1, cases: 1 } },
      after: { isActive: false, mergedIntoId: first.id, records: { client_consents: 0, cases: 0 } },
    });
    const twice = await station.request({
      method: "POST",
      url: `/api/client-duplicates/${pair.id}/merge`,
      payload: { keepId: first.id },
    });
    expect(twice.statusCode).toBe(409);
  });

  it("leaves both records untouched when a merge fails half-way", async () => {
    const { first, second, pair } = await twoRecordsOfOnePerson();
    await recordConsent(second.id);
    const caseId = await openCase(second.id);
    const user = await requestUserOf(t, station);
    // Consents and cases move first, then a declared table that does not exist fails the merge.
    const references = [
      ...clientReferencesOf({ modules: serverModules }),
      { table: "no_such_table", column: "client_id" },
    ];
    expect(references.map((reference) => reference.table)).toEqual(
      expect.arrayContaining(["client_consents", "cases"]),
    );
    await expect(mergeDuplicate(t.ctx, user, pair.id, first.id, null, references)).rejects.toThrow();

    const caseRow = await t.ctx.db
      .selectFrom("cases")
      .select("client_id")
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(caseRow.client_id).toBe(second.id);
    const after = await get(station, `/api/clients/${second.id}`);
    expect(after).toMatchObject({ isActive: true, mergedIntoId: null });
    expect(after.consents).toHaveLength(1);
    expect((await get(station, `/api/clients/${first.id}`)).consents).toHaveLength(0);
    expect(await pairOf(station, second.id)).toMatchObject({ id: pair.id });
    expect((await auditOf(first.id)).map((entry) => entry.action)).not.toContain("client.merge");
  });

  it("lets a worker dismiss a pair of their own clients but not merge it", async () => {
    const person = namesake();
    const first = await newClient(worker, nanmenCommunity, person);
    const second = await newClient(worker, nanmenCommunity, person);
    const pair = await pairOf(worker, second.id);
    expect(pair).toMatchObject({ mayMerge: false, clients: [{ id: first.id }, { id: second.id }] });
    const merge = await worker.request({
      method: "POST",
      url: `/api/client-duplicates/${pair.id}/merge`,
      payload: { keepId: first.id },
    });
    expect(merge.statusCode).toBe(403);
    expect((await get(worker, `/api/clients/${second.id}`)).isActive).toBe(true);
    const dismiss = await worker.request({
      method: "POST",
      url: `/api/client-duplicates/${pair.id}/dismiss`,
    });
    expect(dismiss.statusCode).toBe(204);
  });

  it("drops a row the kept record already has where a table allows one per client (uniqueWith)", async () => {
    // A stand-in for a participants table: one row per (activity, client).
    await sql`create table merge_participants (activity_id integer not null, client_id integer not null,
      unique (activity_id, client_id))`.execute(t.ctx.db);
    const { first, second, pair } = await twoRecordsOfOnePerson();
    await sql`insert into merge_participants (activity_id, client_id) values
      (1, ${first.id}), (1, ${second.id}), (2, ${second.id})`.execute(t.ctx.db);
    const user = await requestUserOf(t, station);
    const result = await mergeDuplicate(t.ctx, user, pair.id, first.id, null, [
      ...clientReferencesOf({ modules: serverModules }),
      { table: "merge_participants", column: "client_id", uniqueWith: ["activity_id"] },
    ]);
    expect(result.moved.merge_participants).toBe(2);
    const { rows } = await sql<{ activity_id: number; client_id: number }>`
      select activity_id, client_id from merge_participants order by activity_id`.execute(t.ctx.db);
    expect(rows.map((row) => [Number(row.activity_id), Number(row.client_id)])).toEqual([
      [1, first.id],
      [2, first.id],
    ]);
  });
});
