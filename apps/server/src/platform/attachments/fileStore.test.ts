import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { AppError } from "../errors.ts";
import { attachmentConfigOf, attachmentConfigProblem, attachmentEnvironment } from "./config.ts";
import type { FileStore } from "./fileStore.ts";
import { sniffAllowedType } from "./fileTypes.ts";
import { localFileStore } from "./localFileStore.ts";
import { receiveFile, sweepIncoming } from "./receiveFile.ts";
import { s3FileStore } from "./s3FileStore.ts";
import { startS3rver } from "./s3rver.testing.ts";

async function text(stream: NodeJS.ReadableStream | null): Promise<string | null> {
  if (!stream) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

const sha256 = (content: string) => createHash("sha256").update(content).digest("hex");

/** One contract, two stores: whatever a module relies on holds for the local folder and for S3. */
const stores: [string, () => Promise<{ store: FileStore; stop(): Promise<void> }>][] = [
  [
    "the local folder",
    async () => {
      const directory = await mkdtemp(path.join(tmpdir(), "xq-files-"));
      return {
        store: localFileStore(directory),
        stop: () => rm(directory, { recursive: true, force: true }),
      };
    },
  ],
  [
    "an S3-compatible server (s3rver)",
    async () => {
      const server = await startS3rver();
      return { store: s3FileStore(server.settings), stop: server.stop };
    },
  ],
];

describe.each(stores)("the file store in %s", (_name, open) => {
  let store: FileStore;
  let stop: () => Promise<void>;
  let incoming: string;
  beforeAll(async () => {
    ({ store, stop } = await open());
    incoming = await mkdtemp(path.join(tmpdir(), "xq-incoming-"));
  });
  afterAll(async () => {
    await stop();
    await rm(incoming, { recursive: true, force: true });
  });

  const receive = (content: string, maxBytes = 1024) =>
    receiveFile(Readable.from([Buffer.from(content)]), { directory: incoming, maxBytes });

  it("stores bytes under their SHA-256, once, and reads them back whole", async () => {
    const received = await receive("知情同意书 第一页");
    expect(received.sha256).toBe(sha256("知情同意书 第一页"));
    const first = await store.put(received);
    expect(first).toEqual({
      key: `${received.sha256.slice(0, 2)}/${received.sha256.slice(2, 4)}/${received.sha256}`,
      created: true,
    });
    const again = await store.put(await receive("知情同意书 第一页"));
    expect(again).toEqual({ key: first.key, created: false });
    expect(await text(await store.open(first.key))).toBe("知情同意书 第一页");
    expect(await store.has(first.key)).toBe(true);
    // Neither put leaves its temp file behind.
    expect(await readdir(incoming)).toEqual([]);
  });

  it("removes a file, and removing it again or opening it then is not an error", async () => {
    const { key } = await store.put(await receive("照片"));
    await store.remove(key);
    expect(await store.has(key)).toBe(false);
    expect(await store.open(key)).toBeNull();
    await store.remove(key);
  });

  it("refuses an upload the moment it passes the limit, keeping nothing", async () => {
    async function* endless() {
      for (let i = 0; i < 100; i += 1) yield Buffer.alloc(100, 1);
    }
    const error = await receiveFile(Readable.from(endless()), { directory: incoming, maxBytes: 250 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("PAYLOAD_TOO_LARGE");
    expect(await readdir(incoming)).toEqual([]);
    // Exactly the limit is allowed.
    const exact = await receive("x".repeat(250), 250);
    expect(exact.size).toBe(250);
    await rm(exact.path);
  });
});

describe("received files left behind", () => {
  it("are removed at start once they are an hour old, and an upload still streaming is not", async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "xq-sweep-"));
    try {
      await writeFile(path.join(directory, "stale"), "half a file");
      await writeFile(path.join(directory, "fresh"), "still arriving");
      const now = new Date();
      const twoHoursAgo = new Date(now.getTime() - 2 * 3600 * 1000);
      await utimes(path.join(directory, "stale"), twoHoursAgo, twoHoursAgo);
      expect(await sweepIncoming(directory, now)).toBe(1);
      expect(await readdir(directory)).toEqual(["fresh"]);
      expect(await sweepIncoming(path.join(directory, "missing"), now)).toBe(0);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe("type sniffing", () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), "xq-sniff-"));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  );
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  // The DOS header of every Windows program.
  const exe = Buffer.concat([
    Buffer.from("MZ"),
    Buffer.alloc(0x3a),
    Buffer.from([0x80, 0, 0, 0]),
    Buffer.alloc(0x40),
    Buffer.from("PE\0\0"),
    Buffer.alloc(200),
  ]);
  const ole = Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(600),
  ]);

  async function sniff(bytes: Buffer, name: string, declared?: string) {
    const file = path.join(directory, `f${Math.random()}`);
    await writeFile(file, bytes);
    return sniffAllowedType(file, name, declared).catch((error: AppError) => error);
  }

  it("takes the type from the bytes and refuses a name or declared type that disagrees", async () => {
    expect(await sniff(png, "照片.png", "image/png")).toBe("image/png");
    expect(await sniff(pdf, "知情同意书.PDF", "application/octet-stream")).toBe("application/pdf");
    const pngAsPdf = await sniff(png, "知情同意书.pdf", "application/pdf");
    expect(pngAsPdf).toBeInstanceOf(AppError);
    expect((pngAsPdf as AppError).message).toBe("文件内容为PNG 图片，与文件名的扩展名不符");
    const declaredPdf = await sniff(png, "照片.png", "application/pdf");
    expect((declaredPdf as AppError).message).toBe(
      "文件内容为PNG 图片，与声明的文件类型（application/pdf）不符",
    );
  });

  it("refuses a program renamed to .jpg, and text that is not text", async () => {
    const program = await sniff(exe, "照片.jpg", "image/jpeg");
    expect(program).toBeInstanceOf(AppError);
    expect((program as AppError).fields?.[0]?.path).toBe("file");
    expect((program as AppError).message).toMatch(/^不支持的文件类型/);
    expect(await sniff(Buffer.from("走访记录\n2026-11-30 上门\n"), "记录.txt")).toBe(
      "text/plain; charset=utf-8",
    );
    expect(await sniff(Buffer.from([0x00, 0x01, 0x02, 0x41]), "记录.txt")).toBeInstanceOf(AppError);
    expect(await sniff(Buffer.from("走访记录"), "记录.csv")).toBeInstanceOf(AppError);
  });

  it("tells old Word from old Excel by the name, since their bytes are alike", async () => {
    expect(await sniff(ole, "旧表格.xls")).toBe("application/vnd.ms-excel");
    expect(await sniff(ole, "旧文档.doc")).toBe("application/msword");
    expect(await sniff(ole, "旧文档.msi")).toBeInstanceOf(AppError);
  });
});

describe("attachment settings", () => {
  const base = { NODE_ENV: "test", SESSION_SECRET: "x".repeat(32), ENCRYPTION_KEY: "ab".repeat(32) };

  it("keeps files under the data folder, 20 MB each, unless told otherwise", () => {
    const config = loadConfig({ ...base, DATA_DIR: "/srv/xinqiao" });
    expect(config.attachments).toEqual({
      maxBytes: 20 * 1024 * 1024,
      directory: "/srv/xinqiao/attachments",
      s3: null,
    });
    expect(loadConfig({ ...base, ATTACHMENT_MAX_MB: "5" }).attachments.maxBytes).toBe(5 * 1024 * 1024);
  });

  it("stops the start naming the bad or missing setting", () => {
    expect(() => loadConfig({ ...base, ATTACHMENT_MAX_MB: "0" })).toThrow("ATTACHMENT_MAX_MB");
    expect(() => loadConfig({ ...base, ATTACHMENTS_S3_ENDPOINT: "minio:9000" })).toThrow(
      "ATTACHMENTS_S3_ENDPOINT",
    );
    expect(() => loadConfig({ ...base, ATTACHMENTS_S3_BUCKET: "Bad_Bucket" })).toThrow(
      "ATTACHMENTS_S3_BUCKET",
    );
    expect(() =>
      loadConfig({ ...base, ATTACHMENTS_S3_ENDPOINT: "https://oss.example", ATTACHMENTS_S3_BUCKET: "files" }),
    ).toThrow("ATTACHMENTS_S3_ACCESS_KEY_ID, ATTACHMENTS_S3_SECRET_ACCESS_KEY: required");
  });

  it("uses S3 when all four are set", () => {
    const env = {
      ATTACHMENTS_S3_ENDPOINT: "https://oss.example:9000",
      ATTACHMENTS_S3_BUCKET: "xinqiao-files",
      ATTACHMENTS_S3_ACCESS_KEY_ID: "key",
      ATTACHMENTS_S3_SECRET_ACCESS_KEY: "secret",
      ATTACHMENTS_S3_REGION: "cn-east-1",
    };
    expect(attachmentConfigProblem({ ...env, ATTACHMENT_MAX_MB: 20 })).toBeNull();
    expect(attachmentConfigOf({ ...env, ATTACHMENT_MAX_MB: 20 }, "/data").s3).toEqual({
      endpoint: "https://oss.example:9000",
      bucket: "xinqiao-files",
      region: "cn-east-1",
      accessKeyId: "key",
      secretAccessKey: "secret",
    });
    expect(Object.keys(attachmentEnvironment)).toContain("ATTACHMENTS_S3_REGION");
  });
});
