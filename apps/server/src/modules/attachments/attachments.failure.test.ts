import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { newClient, signedInAs } from "../../../test/factories.ts";
import { createTestApp, dialects, type Session, type TestApp } from "../../../test/harness.ts";
import { startS3rver } from "../../platform/attachments/s3rver.testing.ts";
import { pdfBytes, temporaryDataDirectory, upload } from "./attachments.testing.ts";

/** Fails the next audit entry of an upload, after the bytes are stored and the row inserted. */
const failing = vi.hoisted(() => ({ nextUpload: false }));
vi.mock("../../platform/audit.ts", async (original) => {
  const actual = await original<typeof import("../../platform/audit.ts")>();
  return {
    ...actual,
    writeAudit: (async (...args: Parameters<typeof actual.writeAudit>) => {
      if (failing.nextUpload && args[3].action === "attachment.upload") {
        failing.nextUpload = false;
        throw new Error("injected: the database went away mid-transaction");
      }
      return actual.writeAudit(...args);
    }) as typeof actual.writeAudit,
  };
});

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe.each(dialects)("attachments when writing the row fails, on %s", (dialect) => {
  let t: TestApp;
  let dataDirectory: string;
  let station: Session;
  let client: { id: number };

  beforeAll(async () => {
    dataDirectory = await temporaryDataDirectory();
    t = await createTestApp(dialect, { LOAD_DEMO_DATA: "false", DATA_DIR: dataDirectory });
    station = await signedInAs(t, "station_staff", "330203001000");
    client = await newClient(station, "330203001001");
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDirectory, { recursive: true, force: true });
  });

  it("leaves no row and removes the bytes it had just stored", async () => {
    failing.nextUpload = true;
    const response = await upload(station, client.id, {
      name: "同意书.pdf",
      type: "application/pdf",
      content: pdfBytes,
    });
    expect(response.statusCode).toBe(500);
    expect(await t.ctx.db.selectFrom("attachments").selectAll().execute()).toEqual([]);
    expect(await filesUnder(path.join(dataDirectory, "attachments"))).toEqual([]);
  });

  it("keeps bytes that another attachment already uses", async () => {
    const kept = await upload(station, client.id, {
      name: "同意书.pdf",
      type: "application/pdf",
      content: pdfBytes,
    });
    expect(kept.statusCode).toBe(201);
    failing.nextUpload = true;
    const failed = await upload(station, client.id, {
      name: "同意书副本.pdf",
      type: "application/pdf",
      content: pdfBytes,
    });
    expect(failed.statusCode).toBe(500);
    const content = await station.request({
      method: "GET",
      url: `/api/attachments/${kept.json().id}/content`,
    });
    expect(content.rawPayload.equals(pdfBytes)).toBe(true);
    expect(await t.ctx.db.selectFrom("attachments").select("id").execute()).toHaveLength(1);
  });
});

describe("attachments in an S3-compatible store (s3rver), through the API", () => {
  let t: TestApp;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const server = await startS3rver();
    stop = server.stop;
    const { settings } = server;
    t = await createTestApp("sqlite", {
      LOAD_DEMO_DATA: "false",
      ATTACHMENTS_S3_ENDPOINT: settings.endpoint,
      ATTACHMENTS_S3_BUCKET: settings.bucket,
      ATTACHMENTS_S3_REGION: settings.region,
      ATTACHMENTS_S3_ACCESS_KEY_ID: settings.accessKeyId,
      ATTACHMENTS_S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
    });
  });
  afterAll(async () => {
    await t.close();
    await stop();
  });

  it("uploads, downloads and deletes, and an injected failure leaves no object behind", async () => {
    expect(t.ctx.files.kind).toBe("s3");
    const station = await signedInAs(t, "station_staff", "330203001000");
    const client = await newClient(station, "330203001001");
    const created = await upload(station, client.id, {
      name: "同意书.pdf",
      type: "application/pdf",
      content: pdfBytes,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, sha256 } = created.json();
    const key = `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
    const content = await station.request({ method: "GET", url: `/api/attachments/${id}/content` });
    expect(content.rawPayload.equals(pdfBytes)).toBe(true);
    await station.request({ method: "DELETE", url: `/api/attachments/${id}`, payload: { reason: "测试" } });
    expect(await t.ctx.files.has(key)).toBe(false);

    failing.nextUpload = true;
    const failed = await upload(station, client.id, {
      name: "同意书.pdf",
      type: "application/pdf",
      content: pdfBytes,
    });
    expect(failed.statusCode).toBe(500);
    expect(await t.ctx.files.has(key)).toBe(false);
  });
});
