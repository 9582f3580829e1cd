import { createReadStream } from "node:fs";
import { access, mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { type FileStore, keyOf, type ReceivedFile } from "./fileStore.ts";

/**
 * The embedded default: DATA_DIR/attachments/ab/cd/<sha256>. The received temp file lies in the
 * same folder tree, so storing is one rename — atomic on one file system: a reader (or a crash)
 * sees the whole file or none.
 */
export function localFileStore(directory: string): FileStore {
  const fileOf = (key: string) => {
    // Keys are ours (keyOf), but a path built from a column is checked before it touches the disk.
    if (!/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(key)) throw new Error(`bad attachment key ${key}`);
    return path.join(directory, key);
  };
  const exists = async (file: string) =>
    access(file).then(
      () => true,
      () => false,
    );
  return {
    kind: "local",
    async put(received: ReceivedFile) {
      const key = keyOf(received.sha256);
      const target = fileOf(key);
      if (await exists(target)) {
        await rm(received.path, { force: true });
        return { key, created: false };
      }
      await mkdir(path.dirname(target), { recursive: true });
      await rename(received.path, target);
      return { key, created: true };
    },
    has: (key) => exists(fileOf(key)),
    async open(key): Promise<Readable | null> {
      const file = fileOf(key);
      if (!(await exists(file))) return null;
      return createReadStream(file);
    },
    async remove(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}
