import path from "node:path";
import { z } from "zod";

/**
 * Attachment settings from the environment. The embedded default keeps files under the data
 * folder; setting the S3 variables moves them to an S3-compatible store (MinIO, OSS, COS …).
 * The S3 settings come together or not at all: half a configuration would silently fall back to
 * local files on one instance and lose them on the next.
 */
export const attachmentEnvironment = {
  ATTACHMENT_MAX_MB: z.coerce
    .number()
    .int("ATTACHMENT_MAX_MB must be a whole number of megabytes")
    .min(1, "ATTACHMENT_MAX_MB must be between 1 and 500")
    .max(500, "ATTACHMENT_MAX_MB must be between 1 and 500")
    .default(20),
  ATTACHMENTS_S3_ENDPOINT: z
    .url({
      protocol: /^https?$/,
      error: "ATTACHMENTS_S3_ENDPOINT must be an http(s) URL such as https://minio.example:9000",
    })
    .optional(),
  ATTACHMENTS_S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      "ATTACHMENTS_S3_BUCKET must be a bucket name (3–63 lower-case letters, digits, dots, hyphens)",
    )
    .optional(),
  ATTACHMENTS_S3_REGION: z.string().min(1, "ATTACHMENTS_S3_REGION must not be empty").default("us-east-1"),
  ATTACHMENTS_S3_ACCESS_KEY_ID: z
    .string()
    .min(1, "ATTACHMENTS_S3_ACCESS_KEY_ID must not be empty")
    .optional(),
  ATTACHMENTS_S3_SECRET_ACCESS_KEY: z
    .string()
    .min(1, "ATTACHMENTS_S3_SECRET_ACCESS_KEY must not be empty")
    .optional(),
};

type AttachmentEnvironment = z.infer<z.ZodObject<typeof attachmentEnvironment>>;

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export interface AttachmentConfig {
  maxBytes: number;
  /** DATA_DIR/attachments: the local store's files, and received files before they are stored. */
  directory: string;
  /** Set when the files live in an S3-compatible store instead of the data folder. */
  s3: S3Settings | null;
}

const s3Variables = [
  "ATTACHMENTS_S3_ENDPOINT",
  "ATTACHMENTS_S3_BUCKET",
  "ATTACHMENTS_S3_ACCESS_KEY_ID",
  "ATTACHMENTS_S3_SECRET_ACCESS_KEY",
] as const;

/** The missing S3 settings named, when some are set and others not; null when consistent. */
export function attachmentConfigProblem(e: AttachmentEnvironment): string | null {
  const set = s3Variables.filter((name) => e[name] !== undefined);
  if (set.length === 0 || set.length === s3Variables.length) return null;
  const missing = s3Variables.filter((name) => e[name] === undefined);
  return `${missing.join(", ")}: required when ${set.join(", ")} ${set.length === 1 ? "is" : "are"} set (an S3 store needs all four)`;
}

export function attachmentConfigOf(e: AttachmentEnvironment, dataDirectory: string): AttachmentConfig {
  const s3 =
    e.ATTACHMENTS_S3_ENDPOINT &&
    e.ATTACHMENTS_S3_BUCKET &&
    e.ATTACHMENTS_S3_ACCESS_KEY_ID &&
    e.ATTACHMENTS_S3_SECRET_ACCESS_KEY
      ? {
          endpoint: e.ATTACHMENTS_S3_ENDPOINT,
          bucket: e.ATTACHMENTS_S3_BUCKET,
          region: e.ATTACHMENTS_S3_REGION,
          accessKeyId: e.ATTACHMENTS_S3_ACCESS_KEY_ID,
          secretAccessKey: e.ATTACHMENTS_S3_SECRET_ACCESS_KEY,
        }
      : null;
  return {
    maxBytes: e.ATTACHMENT_MAX_MB * 1024 * 1024,
    directory: path.join(dataDirectory, "attachments"),
    s3,
  };
}
