import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newClient, signedInAs } from "../../../test/factories.ts";
import { createTestApp, dialects, type Session, type TestApp } from "../../../test/harness.ts";
import {
  exeBytes,
  multipart,
  pdfBytes,
  pngBytes,
  temporaryDataDirectory,
  upload,
} from "./attachments.testing.ts";

const nanmenCommunity = "330203001001";
const jiangbeiCommunity = "330205001001";

/** Every file under a folder, recursively: what the local store holds. */
async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe.each(dialects)("attachments (附件) on %s", (dialect) => {
  let t: TestApp;
  let dataDirectory: string;
  let station: Session;
  let supervisor: Session;
  let jiangbei: Session;
  let leader: Session;
  let client: { id: number };
  let otherClient: { id: number };

  beforeAll(async () => {
    dataDirectory = await temporaryDataDirectory();
    t = await createTestApp(dialect, {
      LOAD_DEMO_DATA: "false",
      DATA_DIR: dataDirectory,
      ATTACHMENT_MAX_MB: "1",
    });
    station = await signedInAs(t, "station_staff", "330203001000");
    supervisor = await signedInAs(t, "supervisor", "330203000000");
    jiangbei = await signedInAs(t, "station_staff", "330205001000");
    leader = await signedInAs(t, "leader", "330200000000");
    client = await newClient(station, nanmenCommunity);
    otherClient = await newClient(station, nanmenCommunity, { name: "吴永康" });
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDirectory, { recursive: true, force: true });
  });

  const storedFiles = () => filesUnder(path.join(dataDirectory, "attachments"));
  const rows = () => t.ctx.db.selectFrom("attachments").selectAll().execute();
  const auditOf = async (id: number) =>
    (
      await t.ctx.db
        .selectFrom("audit_log")
        .select(["action", "actor_username"])
        .where("entity", "=", "attachment")
        .where("entity_id", "=", String(id))
        .orderBy("id")
        .execute()
    ).map((row) => row.action);

  it("stores a signed consent form, lists it and serves it with its name, type and nosniff, auditing the download", async () => {
    const created = await upload(station, client.id, {
      name: "知情同意书（周桂英）.pdf",
      type: "application/pdf",
      content: pdfBytes,
    });
    expect(created.statusCode, created.body).toBe(201);
    const attachment = created.json();
    expect(attachment).toMatchObject({
      ownerKind: "client",
      ownerId: client.id,
      category: "consentForm",
      fileName: "知情同意书（周桂英）.pdf",
      contentType: "application/pdf",
      size: pdfBytes.length,
      abilities: { delete: true },
    });
    const listed = await station.request({
      method: "GET",
      url: `/api/attachments?ownerKind=client&ownerId=${client.id}`,
    });
    expect(listed.json()).toMatchObject({ items: [{ id: attachment.id }], mayAttach: true });

    const content = await station.request({
      method: "GET",
      url: `/api/attachments/${attachment.id}/content`,
    });
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(pdfBytes)).toBe(true);
    expect(content.headers["content-type"]).toBe("application/pdf");
    expect(content.headers["x-content-type-options"]).toBe("nosniff");
    expect(content.headers["content-disposition"]).toBe(
      `attachment; filename="_.pdf"; filename*=UTF-8''${encodeURIComponent("知情同意书（周桂英）.pdf")}`,
    );
    expect(await auditOf(attachment.id)).toEqual(["attachment.upload", "attachment.download"]);
    // Stored by hash under the data folder, nothing left half-received.
    expect((await storedFiles()).map((file) => path.relative(dataDirectory, file))).toEqual([
      path.join(
        "attachments",
        attachment.sha256.slice(0, 2),
        attachment.sha256.slice(2, 4),
        attachment.sha256,
      ),
    ]);
  });

  it("answers 404 to those who may not see the client (another street, the leader), as for a missing record", async () => {
    const attachment = (
      await upload(station, client.id, { name: "照片.png", type: "image/png", content: pngBytes }, "photo")
    ).json();
    for (const outsider of [jiangbei, leader]) {
      for (const url of [
        `/api/attachments?ownerKind=client&ownerId=${client.id}`,
        `/api/attachments/${attachment.id}`,
        `/api/attachments/${attachment.id}/content`,
      ]) {
        const response = await outsider.request({ method: "GET", url });
        expect(response.statusCode, url).toBe(404);
        expect(response.body).not.toContain("照片");
      }
      const uploaded = await upload(outsider, client.id, {
        name: "a.pdf",
        type: "application/pdf",
        content: pdfBytes,
      });
      expect(uploaded.statusCode).toBe(404);
      const deleted = await outsider.request({
        method: "DELETE",
        url: `/api/attachments/${attachment.id}`,
        payload: { reason: "误传" },
      });
      expect(deleted.statusCode).toBe(404);
    }
    expect(await auditOf(attachment.id)).toEqual(["attachment.upload"]);
    // The district supervisor sees the client but does not manage it: reads, never changes.
    const seen = await supervisor.request({ method: "GET", url: `/api/attachments/${attachment.id}` });
    expect(seen.json().abilities).toEqual({ delete: false });
    expect(
      (await supervisor.request({ method: "GET", url: `/api/attachments/${attachment.id}/content` }))
        .statusCode,
    ).toBe(200);
    const refused = await upload(supervisor, client.id, {
      name: "a.pdf",
      type: "application/pdf",
      content: pdfBytes,
    });
    expect(refused.statusCode).toBe(403);
    const notDeleted = await supervisor.request({
      method: "DELETE",
      url: `/api/attachments/${attachment.id}`,
      payload: { reason: "误传" },
    });
    expect(notDeleted.statusCode).toBe(403);
  });

  it("refuses a file whose bytes disagree with its name, and a program renamed .jpg, keeping nothing", async () => {
    const before = { rows: (await rows()).length, files: (await storedFiles()).length };
    const pngAsPdf = await upload(station, client.id, {
      name: "同意书.pdf",
      type: "application/pdf",
      content: pngBytes,
    });
    expect(pngAsPdf.statusCode).toBe(400);
    expect(pngAsPdf.json().error.fields).toEqual([
      { path: "file", message: "文件：文件内容为PNG 图片，与文件名的扩展名不符" },
    ]);
    const program = await upload(station, client.id, {
      name: "照片.jpg",
      type: "image/jpeg",
      content: exeBytes,
    });
    expect(program.statusCode).toBe(400);
    expect(program.json().error.message).toMatch(/^不支持的文件类型/);
    const body = multipart(
      { ownerKind: "client", ownerId: client.id, category: "photo" },
      { name: "x.pdf", type: "application/pdf", content: pngBytes },
    );
    const english = await station.request({
      method: "POST",
      url: "/api/attachments",
      payload: body.payload,
      headers: { ...body.headers, "accept-language": "en-US" },
    });
    expect(english.statusCode).toBe(400);
    expect(english.json().error.fields[0].message).not.toMatch(/[\u3400-\u9fff]/);
    expect({ rows: (await rows()).length, files: (await storedFiles()).length }).toEqual(before);
  });

  it("refuses an upload over ATTACHMENT_MAX_MB with 413 while streaming, leaving no file and no row", async () => {
    const before = { rows: (await rows()).length, files: (await storedFiles()).length };
    const tooLarge = Buffer.concat([pdfBytes, Buffer.alloc(1024 * 1024, 0x20)]);
    const response = await upload(station, client.id, {
      name: "扫描件.pdf",
      type: "application/pdf",
      content: tooLarge,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: "文件超过大小上限（1 MB）",
    });
    expect({ rows: (await rows()).length, files: (await storedFiles()).length }).toEqual(before);
  });

  it("documents the upload as multipart and the download as bytes in the OpenAPI document", () => {
    // biome-ignore lint/suspicious/noExplicitAny: the generated document is read as plain JSON.
    const paths = (t.app.swagger() as any).paths;
    const upload = paths["/api/attachments"].post.requestBody.content["multipart/form-data"].schema;
    expect(Object.keys(upload.properties)).toEqual(["ownerKind", "ownerId", "category", "file"]);
    expect(upload.properties.file.format).toBe("binary");
    expect(Object.keys(paths["/api/attachments/{id}/content"].get.responses["200"].content)).toEqual([
      "application/octet-stream",
    ]);
  });

  it("names the missing or wrong field", async () => {
    const noFile = await station.request({
      method: "POST",
      url: "/api/attachments",
      ...multipart({ ownerKind: "client", ownerId: client.id, category: "photo" }),
    });
    expect(noFile.statusCode).toBe(400);
    const badCategory = await upload(
      station,
      client.id,
      { name: "a.pdf", type: "application/pdf", content: pdfBytes },
      "secret",
    );
    expect(badCategory.statusCode).toBe(400);
    expect(badCategory.json().error.fields[0].message).toMatch(/^附件类别：/);
    const badKind = await station.request({
      method: "POST",
      url: "/api/attachments",
      ...multipart(
        { ownerKind: "spaceship", ownerId: 1, category: "photo" },
        { name: "a.pdf", type: "application/pdf", content: pdfBytes },
      ),
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.fields[0]).toEqual({ path: "ownerKind", message: "所属记录类型：取值无效" });
  });

  it("keeps the same bytes once, and removes them only when the last attachment using them is deleted", async () => {
    const bytes = Buffer.concat([pdfBytes, Buffer.from("% 共享的扫描件\n")]);
    const first = (
      await upload(
        station,
        client.id,
        { name: "户口本.pdf", type: "application/pdf", content: bytes },
        "document",
      )
    ).json();
    const second = (
      await upload(
        station,
        otherClient.id,
        { name: "户口本副本.pdf", type: "application/pdf", content: bytes },
        "document",
      )
    ).json();
    expect(second.sha256).toBe(first.sha256);
    const copies = (await storedFiles()).filter((file) => file.endsWith(first.sha256));
    expect(copies).toHaveLength(1);

    const noReason = await station.request({
      method: "DELETE",
      url: `/api/attachments/${first.id}`,
      payload: {},
    });
    expect(noReason.statusCode).toBe(400);
    const deleted = await station.request({
      method: "DELETE",
      url: `/api/attachments/${first.id}`,
      payload: { reason: "上传错了对象" },
    });
    expect(deleted.statusCode).toBe(204);
    expect(
      (await station.request({ method: "GET", url: `/api/attachments/${first.id}/content` })).statusCode,
    ).toBe(404);
    const stillThere = await station.request({ method: "GET", url: `/api/attachments/${second.id}/content` });
    expect(stillThere.rawPayload.equals(bytes)).toBe(true);
    const row = await t.ctx.db
      .selectFrom("attachments")
      .selectAll()
      .where("id", "=", first.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ delete_reason: "上传错了对象", deleted_at: expect.any(String) });
    expect(await auditOf(first.id)).toEqual(["attachment.upload", "attachment.delete"]);

    await station.request({
      method: "DELETE",
      url: `/api/attachments/${second.id}`,
      payload: { reason: "重复" },
    });
    expect((await storedFiles()).filter((file) => file.endsWith(first.sha256))).toEqual([]);
    expect(await t.ctx.files.has(row.storage_key)).toBe(false);
  });

  it("serves an attachment exactly to the users who may see its client (any role, any region)", async () => {
    const communities = [nanmenCommunity, jiangbeiCommunity];
    const owners = [
      await newClient(station, nanmenCommunity, { name: "属性甲" }),
      await newClient(jiangbei, jiangbeiCommunity, { name: "属性乙" }),
    ];
    const attachments = [
      (
        await upload(station, owners[0]?.id ?? 0, { name: "甲.png", type: "image/png", content: pngBytes })
      ).json(),
      (
        await upload(jiangbei, owners[1]?.id ?? 0, { name: "乙.png", type: "image/png", content: pngBytes })
      ).json(),
    ];
    // Roles holding clients.read; the others (leader, administrator) see no client at all.
    const readers: string[] = [
      "city_officer",
      "district_officer",
      "station_staff",
      "social_worker",
      "supervisor",
    ];
    const roles = [...readers, "leader", "system_admin"] as const;
    const regions = [
      "330200000000",
      "330203000000",
      "330205000000",
      "330203001000",
      "330205001000",
      "330203002000",
    ];
    const users = new Map<string, Session>();
    const sessionOf = async (role: string, region: string) => {
      const key = `${role}@${region}`;
      if (!users.has(key)) users.set(key, await signedInAs(t, role as "leader", region));
      return users.get(key) as Session;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...roles),
        fc.constantFrom(...regions),
        fc.constantFrom(0, 1),
        fc.constantFrom("", "/content"),
        async (role, region, index, suffix) => {
          const session = await sessionOf(role, region);
          const attachment = attachments[index];
          const response = await session.request({
            method: "GET",
            url: `/api/attachments/${attachment.id}${suffix}`,
          });
          // The owner's rule, as the clients module answers it for the client itself.
          const owner = await session.request({ method: "GET", url: `/api/clients/${owners[index]?.id}` });
          const mayView = owner.statusCode === 200;
          if (readers.includes(role) && !communities[index]?.startsWith(region.replace(/0+$/, ""))) {
            expect(mayView).toBe(false);
          }
          expect(response.statusCode, `${role}@${region} ${suffix}`).toBe(mayView ? 200 : 404);
        },
      ),
      { numRuns: 40 },
    );
  });
});
