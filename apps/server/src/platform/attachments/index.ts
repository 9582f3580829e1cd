import type { AttachmentConfig } from "./config.ts";
import type { FileStore } from "./fileStore.ts";
import { localFileStore } from "./localFileStore.ts";
import { s3FileStore } from "./s3FileStore.ts";

export type { AttachmentConfig } from "./config.ts";
export type { FileStore, ReceivedFile } from "./fileStore.ts";
export { incomingDirectory, receiveFile, sweepIncoming } from "./receiveFile.ts";

/** The store the configuration names: S3 when its variables are set, the data folder otherwise. */
export function openFileStore(config: AttachmentConfig): FileStore {
  return config.s3 ? s3FileStore(config.s3) : localFileStore(config.directory);
}
