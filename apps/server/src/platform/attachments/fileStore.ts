import type { Readable } from "node:stream";

/**
 * Where attachment bytes live, for every module. Files are addressed by the SHA-256 of their
 * content, so the same bytes attached twice (a consent form scanned into two cases) are kept
 * once; which record a file belongs to is the database's business, not the store's.
 *
 * A file arrives first as a received temp file (receiveFile), hashed and size-checked while it
 * streams in; `put` then moves it in under its hash. Both stores make a file visible whole or
 * not at all: the local one by renaming, S3 by its single PUT.
 */
export interface FileStore {
  readonly kind: "local" | "s3";
  /**
   * Takes a received file in under its hash (and deletes the temp file either way); `created`
   * is false when the same bytes were stored already.
   */
  put(received: ReceivedFile): Promise<{ key: string; created: boolean }>;
  has(key: string): Promise<boolean>;
  /** The bytes, streamed; null when the store has no such file. */
  open(key: string): Promise<Readable | null>;
  /** Removes the file; removing a file that is not there is not an error. */
  remove(key: string): Promise<void>;
}

export interface ReceivedFile {
  /** A temp file under the store's incoming folder. */
  path: string;
  sha256: string;
  size: number;
}

/** ab/cd/<sha256>: two levels of 256 folders keep any folder small at city scale. */
export function keyOf(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}
