import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newClient, signedInAs } from "../../../test/factories.ts";
import { createTestApp, dialects, requestUserOf, type Session, type TestApp } from "../../../test/harness.ts";
import { multipart, pdfBytes, temporaryDataDirectory } from "../attachments/attachments.testing.ts";
import { insertCaseRow } from "./cases.testing.ts";

const nanmen = "330203001001";

/**
 * Attachments on cases and activities follow their owners' rules: a case's by the case
 * visibility rule (a minor's case hidden from the officers), attached by those who work on it;
 * an activity's by the activity's scope, attached by those who organize it.
 */
describe.each(dialects)("attachments on cases and activities on %s", (dialect) => {
  let t: TestApp;
  let dataDirectory: string;
  let station: Session;
  let worker: Session;
  let otherWorker: Session;
  let haishu: Session;
  let jiangbei: Session;
  let adultCase: number;
  let minorCase: number;
  let activityId: number;

  const attach = (session: Session, ownerKind: string, ownerId: number) =>
    session.request({
      method: "POST",
      url: "/api/attachments",
      ...multipart(
        { ownerKind, ownerId, category: "document" },
        {
          name: "知情同意书.pdf",
          type: "application/pdf",
          content: pdfBytes,
        },
      ),
    });
  const listed = (session: Session, ownerKind: string, ownerId: number) =>
    session.request({ method: "GET", url: `/api/attachments?ownerKind=${ownerKind}&ownerId=${ownerId}` });

  beforeAll(async () => {
    dataDirectory = await temporaryDataDirectory();
    t = await createTestApp(dialect, { LOAD_DEMO_DATA: "false", DATA_DIR: dataDirectory });
    station = await signedInAs(t, "station_staff", "330203001000");
    worker = await signedInAs(t, "social_worker", "330203001000");
    otherWorker = await signedInAs(t, "social_worker", "330203001000");
    haishu = await signedInAs(t, "district_officer", "330203000000");
    jiangbei = await signedInAs(t, "station_staff", "330205001000");
    const workerId = (await requestUserOf(t, worker)).id;
    const adult = await newClient(station, nanmen);
    const child = await newClient(station, nanmen, {
      idNumber: undefined,
      birthDate: "2015-02-01",
      sex: "female",
    });
    adultCase = await insertCaseRow(t.ctx.db, t.clock.now(), {
      client_id: adult.id,
      region_code: nanmen,
      assigned_worker_id: workerId,
    });
    minorCase = await insertCaseRow(t.ctx.db, t.clock.now(), {
      client_id: child.id,
      region_code: nanmen,
      assigned_worker_id: workerId,
      involves_minor: 1,
    });
    const platform = await haishu.request({
      method: "POST",
      url: "/api/platforms",
      payload: {
        kind: "station",
        name: "南门街道社会工作服务站",
        regionCode: "330203001000",
        address: "南门街道测试路 1 号",
        floorArea: 60,
        facilities: ["办公场地"],
        operatorOrganizationId: null,
        openedOn: "2024-03-01",
        status: "operating",
      },
    });
    expect(platform.statusCode, platform.body).toBe(201);
    const activity = await station.request({
      method: "POST",
      url: "/api/activities",
      payload: {
        name: "重阳节敬老活动",
        method: "community",
        domain: "养老服务",
        date: "2026-11-30",
        startTime: "09:00",
        endTime: "11:00",
        place: "社区活动室",
        regionCode: nanmen,
        organizerKind: "platform",
        organizerId: platform.json().id,
      },
    });
    expect(activity.statusCode, activity.body).toBe(201);
    activityId = activity.json().id;
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDirectory, { recursive: true, force: true });
  });

  it("lets the case's worker attach; shows the file to those who see the case, to no one else", async () => {
    expect((await attach(worker, "case", adultCase)).statusCode).toBe(201);
    expect((await attach(otherWorker, "case", adultCase)).statusCode).toBe(404);
    expect((await attach(haishu, "case", adultCase)).statusCode).toBe(403);
    for (const [session, status] of [
      [worker, 200],
      [station, 200],
      [haishu, 200],
      [otherWorker, 404],
      [jiangbei, 404],
    ] as const) {
      expect((await listed(session, "case", adultCase)).statusCode).toBe(status);
    }
    // A minor's case: its worker and the station head, not the district officer.
    expect((await attach(worker, "case", minorCase)).statusCode).toBe(201);
    expect((await listed(station, "case", minorCase)).statusCode).toBe(200);
    expect((await listed(haishu, "case", minorCase)).statusCode).toBe(404);
  });

  it("lets the activity's organizers attach and its scope see", async () => {
    expect((await attach(station, "activity", activityId)).statusCode).toBe(201);
    expect((await listed(haishu, "activity", activityId)).statusCode).toBe(200);
    expect((await listed(jiangbei, "activity", activityId)).statusCode).toBe(404);
    expect((await attach(jiangbei, "activity", activityId)).statusCode).toBe(404);
  });
});
