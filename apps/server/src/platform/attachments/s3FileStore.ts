import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import type { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import type { S3Settings } from "./config.ts";
import { type FileStore, keyOf, type ReceivedFile } from "./fileStore.ts";

/**
 * An S3-compatible store (MinIO, Aliyun OSS, Tencent COS …) with path-style addresses, which
 * every compatible server accepts. Objects are named as local files are (ab/cd/<sha256>) so the
 * key column means the same in either store.
 */
export function s3FileStore(settings: S3Settings): FileStore {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // The SDK's default CRC checksums on every request are not understood by all compatible
    // servers; the content's own SHA-256 is our integrity check.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = settings.bucket;
  const has = async (key: string) => {
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key: key }));
      return true;
    } catch (error) {
      if (error instanceof NotFound || (error as { name?: string }).name === "NotFound") return false;
      throw error;
    }
  };
  return {
    kind: "s3",
    async put(received: ReceivedFile) {
      const key = keyOf(received.sha256);
      try {
        if (await has(key)) return { key, created: false };
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key: key,
            Body: createReadStream(received.path),
            ContentLength: received.size,
            ContentType: "application/octet-stream",
          }),
        );
        return { key, created: true };
      } finally {
        await rm(received.path, { force: true });
      }
    },
    has,
    async open(key): Promise<Readable | null> {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return object.Body as Readable;
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
        throw error;
      }
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
