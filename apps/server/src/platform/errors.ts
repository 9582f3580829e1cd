import {
  type ErrorCode,
  type ErrorEnvelope,
  type ErrorField,
  errorCodes,
  fieldLabels,
  messageLocaleOf,
  translateMessage,
} from "@xinqiao/shared";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { z } from "zod";

/**
 * Domain errors carry a stable code; one exhaustive switch maps each to an HTTP status, and one
 * handler renders every failure — ours, Fastify's or an unexpected one — in the same envelope.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields?: ErrorField[],
  ) {
    super(message ?? errorCodes[code]);
  }
}

export const notFound = (message: string = errorCodes.NOT_FOUND) => new AppError("NOT_FOUND", message);
export const forbidden = (message: string = errorCodes.FORBIDDEN) => new AppError("FORBIDDEN", message);
export const conflict = (message: string, fields?: ErrorField[]) => new AppError("CONFLICT", message, fields);
export const invalid = (fields: ErrorField[], message: string = errorCodes.VALIDATION_FAILED) =>
  new AppError("VALIDATION_FAILED", message, fields);

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case "VALIDATION_FAILED":
    case "MALFORMED_JSON":
    case "PASSWORD_POLICY":
    case "IMPORT_FAILED":
      return 400;
    case "UNAUTHENTICATED":
    case "SESSION_EXPIRED":
    case "INVALID_CREDENTIALS":
      return 401;
    case "ACCOUNT_DISABLED":
    case "DEMO_ACCOUNT_REFUSED":
    case "PASSWORD_CHANGE_REQUIRED":
    case "CSRF_INVALID":
    case "FORBIDDEN":
      return 403;
    case "NOT_FOUND":
    case "ROUTE_NOT_FOUND":
      return 404;
    case "CONFLICT":
      return 409;
    case "PAYLOAD_TOO_LARGE":
      return 413;
    case "ACCOUNT_LOCKED":
      return 423;
    case "RATE_LIMITED":
      return 429;
    case "INTERNAL":
      return 500;
    default:
      return assertUnreachable(code);
  }
}

function assertUnreachable(value: never): never {
  throw new Error(`Unhandled error code: ${String(value)}`);
}

export function envelope(code: ErrorCode, message: string, fields?: ErrorField[]): ErrorEnvelope {
  return { error: fields && fields.length > 0 ? { code, message, fields } : { code, message } };
}

/** Names the field in the message: "用户名：至少 3 个字符". */
export function fieldMessage(
  path: string,
  message: string,
  labels: Record<string, string> = fieldLabels,
): string {
  const last =
    path
      .split(".")
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? path;
  const label = labels[last];
  // A message that already names its field ("请选择所属区划") is not prefixed a second time.
  if (label && (message === `请选择${label}` || message === `请填写${label}`)) return message;
  return label ? `${label}：${message}` : `${path}：${message}`;
}

export function fieldsFromZodIssues(issues: readonly z.core.$ZodIssue[], prefix?: string): ErrorField[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const path = [prefix, ...issue.path.map(String), key].filter(Boolean).join(".");
        return { path, message: `${path}：不允许的字段` };
      });
    }
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(body)";
    return [{ path, message: fieldMessage(path, issue.message) }];
  });
}

/**
 * The envelope in the language the request asks for (Accept-Language; zh-CN by default): the
 * code stays, the messages are read through the shared catalogue (translateMessage).
 */
export function localizedEnvelope(request: FastifyRequest, body: ErrorEnvelope): ErrorEnvelope {
  const locale = messageLocaleOf(request.headers["accept-language"]);
  if (locale === "zh-CN") return body;
  const { code, message, fields } = body.error;
  const translated = translateMessage(message, locale);
  return fields
    ? envelope(
        code,
        translated,
        fields.map((field) => ({ path: field.path, message: translateMessage(field.message, locale) })),
      )
    : envelope(code, translated);
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.addHook("preSerialization", async (request, reply, payload) =>
    reply.statusCode >= 400 && isEnvelope(payload) ? localizedEnvelope(request, payload) : payload,
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(statusOf(error.code)).send(envelope(error.code, error.message, error.fields));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // A route may name its fields itself ("name" is 姓名 for a worker, 名称 for a platform).
      const labels = { ...fieldLabels, ...request.routeOptions.config.fieldLabels };
      const part = error.validationContext === "body" ? undefined : error.validationContext;
      const fields = error.validation.flatMap((v) => {
        const segments = [part, ...v.instancePath.split("/")].filter((segment): segment is string =>
          Boolean(segment),
        );
        if (v.keyword === "unrecognized_keys") {
          const keys = (v.params as { keys?: string[] }).keys ?? [];
          return keys.map((key) => {
            const path = [...segments, key].join(".");
            return { path, message: `${path}：不允许的字段` };
          });
        }
        const path = segments.join(".") || "(body)";
        return [{ path, message: fieldMessage(path, v.message ?? errorCodes.VALIDATION_FAILED, labels) }];
      });
      return reply.status(400).send(envelope("VALIDATION_FAILED", errorCodes.VALIDATION_FAILED, fields));
    }
    if (error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error instanceof SyntaxError) {
      return reply.status(400).send(envelope("MALFORMED_JSON", errorCodes.MALFORMED_JSON));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(envelope("RATE_LIMITED", errorCodes.RATE_LIMITED));
    }
    if (error.statusCode === 413) {
      return reply.status(413).send(envelope("PAYLOAD_TOO_LARGE", errorCodes.PAYLOAD_TOO_LARGE));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors (wrong content type, empty body…): keep the status, hide internals.
      return reply
        .status(error.statusCode)
        .send(
          envelope(
            "VALIDATION_FAILED",
            `${errorCodes.VALIDATION_FAILED}（${error.code ?? error.statusCode}）`,
          ),
        );
    }
    request.log.error({ err: error }, "unexpected failure");
    return reply.status(500).send(envelope("INTERNAL", errorCodes.INTERNAL));
  });
}

function isEnvelope(payload: unknown): payload is ErrorEnvelope {
  const error = (payload as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === "string" && typeof error.message === "string";
}

/** Unknown API routes answer in the error envelope; pages fall back to the web app when it is served. */
export function registerNotFound(
  app: FastifyInstance,
  sendPage: ((reply: FastifyReply) => FastifyReply) | null,
): void {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    const isPage = request.method === "GET" && !path.startsWith("/api/") && !/\.[a-z0-9]+$/i.test(path);
    if (sendPage && isPage) return sendPage(reply);
    return reply
      .status(404)
      .send(envelope("ROUTE_NOT_FOUND", `${errorCodes.ROUTE_NOT_FOUND}：${request.method} ${path}`));
  });
}
