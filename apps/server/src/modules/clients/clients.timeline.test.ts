import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityWithoutDemoData, newClient, signedInAs } from "../../../test/factories.ts";
import { dialects, type Session, type TestApp } from "../../../test/harness.ts";

const nanmen = "330203001001";

/**
 * A client's timeline gathers what every module keeps about the client — needs, case events,
 * services, consents — newest first and paged, each part only as the user may see it there.
 */
describe.each(dialects)("a client's timeline on %s", (dialect) => {
  let t: TestApp;
  let station: Session;
  let worker: Session;
  let haishu: Session;
  let jiangbei: Session;
  let leader: Session;
  let clientId: number;
  let childId: number;

  // biome-ignore lint/suspicious/noExplicitAny: the tests read the answer's fields as the API sends them.
  const post = async (session: Session, url: string, payload: Record<string, unknown>): Promise<any> => {
    const response = await session.request({ method: "POST", url, payload });
    expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
    return response.json();
  };
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  const timelineOf = async (session: Session, id: number, query = ""): Promise<any> => {
    const response = await session.request({ method: "GET", url: `/api/clients/${id}/timeline${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    t = await cityWithoutDemoData(dialect);
    station = await signedInAs(t, "station_staff", "330203001000");
    worker = await signedInAs(t, "social_worker", "330203001000");
    haishu = await signedInAs(t, "district_officer", "330203000000");
    jiangbei = await signedInAs(t, "station_staff", "330205001000");
    leader = await signedInAs(t, "leader", "330200000000");
    clientId = (await newClient(station, nanmen)).id;
    childId = (
      await newClient(station, nanmen, { idNumber: undefined, birthDate: "2016-05-01", sex: "male" })
    ).id;
    const workerId = (await worker.request({ method: "GET", url: "/api/auth/me" })).json().user.id as number;
    await post(station, `/api/clients/${clientId}/consents`, { kind: "service", givenOn: "2026-11-01" });
    await post(station, "/api/needs", {
      clientId,
      source: "phone",
      domain: "养老服务",
      urgency: "normal",
      description: "独居，行动不便",
      receivedOn: "2026-11-10",
    });
    const opened = await post(station, "/api/cases", {
      clientId,
      summary: "独居老人照料",
      assignedWorkerId: workerId,
    });
    await post(worker, `/api/cases/${opened.id}/transitions`, {
      action: "accept",
      form: { acceptedOn: "2026-11-29", note: null },
    });
    await post(worker, "/api/service-records", {
      caseId: opened.id,
      serviceDate: "2026-11-29",
      minutes: 60,
      method: "casework",
      type: "探访",
      domain: "养老服务",
      place: "服务对象家中",
      clientIds: [clientId],
      workerIds: [workerId],
    });
    // A minor's case: its events are not the district officer's to see, the child's record is.
    await post(station, "/api/cases", {
      clientId: childId,
      summary: "困境儿童关爱",
      assignedWorkerId: workerId,
    });
  });
  afterAll(() => t.close());

  it("lists every module's entries, newest first, and pages them", async () => {
    const all = await timelineOf(worker, clientId);
    const kinds = all.items.map((entry: { kind: string; what: string }) => `${entry.kind}:${entry.what}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "need:open",
        "caseEvent:open",
        "caseEvent:accept",
        "serviceRecord:探访",
        "consentGiven:service",
      ]),
    );
    expect(all.total).toBe(5);
    const ats = all.items.map((entry: { at: string }) => entry.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    const second = await timelineOf(worker, clientId, "?pageSize=2&page=2");
    expect(second.items).toEqual(all.items.slice(2, 4));
    expect(all.items.find((entry: { kind: string }) => entry.kind === "caseEvent")?.link.kind).toBe("case");
  });

  it("shows each part only as the user may see it, and nothing of a client out of reach", async () => {
    const child = await timelineOf(haishu, childId);
    expect(child.items.some((entry: { kind: string }) => entry.kind === "caseEvent")).toBe(false);
    expect(
      (await timelineOf(station, childId)).items.some((e: { kind: string }) => e.kind === "caseEvent"),
    ).toBe(true);
    const other = await jiangbei.request({ method: "GET", url: `/api/clients/${clientId}/timeline` });
    expect(other.statusCode).toBe(404);
    const leaderAnswer = await leader.request({ method: "GET", url: `/api/clients/${clientId}/timeline` });
    expect(leaderAnswer.statusCode).toBe(403);
  });
});
