import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "../errors.ts";
import type { ReceivedFile } from "./fileStore.ts";

/** Where received files wait to be checked and stored (inside the store's folder: one rename). */
export function incomingDirectory(attachmentsDirectory: string): string {
  return path.join(attachmentsDirectory, ".incoming");
}

export const tooLarge = (maxBytes: number) =>
  new AppError("PAYLOAD_TOO_LARGE", `文件超过大小上限（${Math.round(maxBytes / 1024 / 1024)} MB）`, [
    { path: "file", message: `文件：超过大小上限（${Math.round(maxBytes / 1024 / 1024)} MB）` },
  ]);

/**
 * Streams an upload into a temp file, hashing it on the way and refusing it the moment it passes
 * `maxBytes` — a too-large upload is never held whole, in memory or on disk. On any failure the
 * temp file is gone before the error reaches the caller.
 */
export async function receiveFile(
  source: NodeJS.ReadableStream,
  options: { directory: string; maxBytes: number },
): Promise<ReceivedFile> {
  await mkdir(options.directory, { recursive: true });
  const file = path.join(options.directory, `${Date.now()}-${randomBytes(8).toString("hex")}`);
  const hash = createHash("sha256");
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > options.maxBytes) return done(tooLarge(options.maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, measure, createWriteStream(file, { flags: "wx", mode: 0o600 }));
  } catch (error) {
    await rm(file, { force: true });
    if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") throw tooLarge(options.maxBytes);
    throw error;
  }
  return { path: file, sha256: hash.digest("hex"), size };
}

/**
 * Removes received files a crash or a killed process left behind (a finished upload moves or
 * deletes its own); run at start. Only files older than `olderThanMs`, so an upload streaming in
 * on another instance sharing the folder is left alone.
 */
export async function sweepIncoming(
  directory: string,
  now: Date,
  olderThanMs = 60 * 60 * 1000,
): Promise<number> {
  const names = await readdir(directory).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const file = path.join(directory, name);
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && now.getTime() - info.mtimeMs > olderThanMs) {
      await rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
