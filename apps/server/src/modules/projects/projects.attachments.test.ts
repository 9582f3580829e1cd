import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInAs } from "../../../test/factories.ts";
import { createTestApp, dialects, type Session, type TestApp } from "../../../test/harness.ts";
import { multipart, pdfBytes, temporaryDataDirectory } from "../attachments/attachments.testing.ts";
import { newProject, newStation } from "./projects.testing.ts";

/** A project's documents go through the attachments module, seen and attached exactly as the project. */
describe.each(dialects)("project documents on %s", (dialect) => {
  let t: TestApp;
  let dataDirectory: string;
  let station: Session;
  let leader: Session;
  let yuyao: Session;

  beforeAll(async () => {
    dataDirectory = await temporaryDataDirectory();
    t = await createTestApp(dialect, { LOAD_DEMO_DATA: "false", DATA_DIR: dataDirectory });
    station = await signedInAs(t, "station_staff", "330203001000");
    leader = await signedInAs(t, "leader", "330200000000");
    yuyao = await signedInAs(t, "district_officer", "330281000000");
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDirectory, { recursive: true, force: true });
  });

  const upload = (session: Session, projectId: number) =>
    session.request({
      method: "POST",
      url: "/api/attachments",
      ...multipart(
        { ownerKind: "project", ownerId: projectId, category: "document" },
        { name: "申报书.pdf", type: "application/pdf", content: pdfBytes },
      ),
    });

  it("lets the project's applicant attach, the leader read, and nobody out of scope either", async () => {
    const officer = await signedInAs(t, "district_officer", "330203000000");
    const project = await newProject(station, await newStation(officer, "330203001000"), "330203001000");
    const created = await upload(station, project.id);
    expect(created.statusCode, created.body).toBe(201);
    const list = (session: Session) =>
      session.request({ method: "GET", url: `/api/attachments?ownerKind=project&ownerId=${project.id}` });
    expect((await list(leader)).json()).toMatchObject({
      items: [{ id: created.json().id }],
      mayAttach: false,
    });
    expect((await list(station)).json()).toMatchObject({ mayAttach: true });
    expect((await upload(leader, project.id)).statusCode).toBe(403);
    expect((await list(yuyao)).statusCode).toBe(404);
    expect((await upload(yuyao, project.id)).statusCode).toBe(404);
  });
});
