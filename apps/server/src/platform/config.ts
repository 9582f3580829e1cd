import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import {
  type AttachmentConfig,
  attachmentConfigOf,
  attachmentConfigProblem,
  attachmentEnvironment,
} from "./attachments/config.ts";

/**
 * Configuration from the environment, validated once at start. In the embedded default the
 * secrets are generated on first start and kept in the data folder; in production they must be
 * given, because a generated key on one of several instances would split the sessions and make
 * encrypted data unreadable elsewhere.
 */
const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z.string().optional(),
  CITY_CODE: z
    .string()
    .regex(/^\d{4}$/, "CITY_CODE must be a 4-digit city code such as 3302")
    .default("3302"),
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
  ENCRYPTION_KEY: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, "ENCRYPTION_KEY must be 64 hex characters (32 bytes)")
    .optional(),
  PERSONAL_DATA_CIPHER: z.enum(["sm4", "aes"]).default("sm4"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(30).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(20).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(20),
  PASSWORD_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  LOAD_DEMO_DATA: z.enum(["true", "false"]).optional(),
  DEMO_SCALE: z.coerce
    .number()
    .min(0.01, "DEMO_SCALE must be between 0.01 and 20")
    .max(20, "DEMO_SCALE must be between 0.01 and 20")
    .default(1),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  WEB_COMPRESSION_AND_CACHING: z.enum(["true", "false"]).default("true"),
  ANALYTICS_REFRESH_SECONDS: z.coerce
    .number()
    .int()
    .min(5, "ANALYTICS_REFRESH_SECONDS must be between 5 and 86400")
    .max(86400, "ANALYTICS_REFRESH_SECONDS must be between 5 and 86400")
    .default(60),
  ...attachmentEnvironment,
});

export interface AppConfig {
  environment: "development" | "production" | "test";
  port: number;
  host: string;
  dataDirectory: string;
  databaseUrl: string;
  cityCode: string;
  sessionSecret: string;
  encryptionKey: Buffer;
  personalDataCipher: "sm4" | "aes";
  sessionIdleSeconds: number;
  sessionAbsoluteSeconds: number;
  loginMaxFailures: number;
  loginLockSeconds: number;
  passwordMaxAgeDays: number;
  loginRateLimitPerMinute: number;
  loadDemoData: boolean;
  /** Multiplies the demo city's casework (clients, cases, services): smaller for tests, larger for benchmarks. */
  demoScale: number;
  logLevel: string;
  trustProxy: boolean;
  /** Precompressed web files and year-long caching of hashed assets; off only to measure against. */
  webCompressionAndCaching: boolean;
  /** Where attachments are kept and how large one may be (platform/attachments/). */
  attachments: AttachmentConfig;
  /** How often the server looks for changed records to recount into the dashboards' aggregates. */
  analyticsRefreshSeconds: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const attachmentProblem = attachmentConfigProblem(e);
  if (attachmentProblem) throw new ConfigError(`Invalid configuration:\n  ${attachmentProblem}`);
  const isProduction = e.NODE_ENV === "production";
  if (isProduction && (!e.SESSION_SECRET || !e.ENCRYPTION_KEY || !e.DATABASE_URL)) {
    throw new ConfigError(
      "Invalid configuration:\n  In production SESSION_SECRET, ENCRYPTION_KEY and DATABASE_URL must be set.",
    );
  }
  const dataDirectory = path.resolve(e.DATA_DIR);
  const needsGeneratedSecrets = !isProduction && (!e.SESSION_SECRET || !e.ENCRYPTION_KEY);
  const secrets = needsGeneratedSecrets ? readOrCreateSecrets(dataDirectory) : null;
  return {
    environment: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDirectory,
    databaseUrl: e.DATABASE_URL ?? `sqlite:${path.join(dataDirectory, "xinqiao.sqlite")}`,
    cityCode: e.CITY_CODE,
    sessionSecret: e.SESSION_SECRET ?? secrets?.sessionSecret ?? "",
    encryptionKey: Buffer.from(e.ENCRYPTION_KEY ?? secrets?.encryptionKey ?? "", "hex"),
    personalDataCipher: e.PERSONAL_DATA_CIPHER,
    sessionIdleSeconds: e.SESSION_IDLE_MINUTES * 60,
    sessionAbsoluteSeconds: e.SESSION_ABSOLUTE_HOURS * 3600,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockSeconds: e.LOGIN_LOCK_MINUTES * 60,
    passwordMaxAgeDays: e.PASSWORD_MAX_AGE_DAYS,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    loadDemoData: e.LOAD_DEMO_DATA ? e.LOAD_DEMO_DATA === "true" : !isProduction,
    demoScale: e.DEMO_SCALE,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === "true",
    webCompressionAndCaching: e.WEB_COMPRESSION_AND_CACHING === "true",
    attachments: attachmentConfigOf(e, dataDirectory),
    analyticsRefreshSeconds: e.ANALYTICS_REFRESH_SECONDS,
  };
}

function readOrCreateSecrets(dataDirectory: string): { sessionSecret: string; encryptionKey: string } {
  const file = path.join(dataDirectory, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  mkdirSync(dataDirectory, { recursive: true });
  const secrets = {
    sessionSecret: randomBytes(32).toString("hex"),
    encryptionKey: randomBytes(32).toString("hex"),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
