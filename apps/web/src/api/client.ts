import type { ErrorCode, ErrorEnvelope, ErrorField } from "@xinqiao/shared";
import { readStoredLocale } from "../i18n/locale.ts";

/**
 * The one way the web talks to the API: same-origin cookies, JSON in and out, the CSRF token on
 * every state-changing request, and every failure turned into an ApiError carrying the server's
 * stable code, its zh-CN message and per-field messages. It never navigates by itself: a 401 or
 * a pending password change is handed to the listener the signed-in layout registers.
 */
export type ApiErrorCode = ErrorCode | "NETWORK" | "UNKNOWN";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: ErrorField[] = [],
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (file uploads), with `contentType`; a FormData as multipart (the browser sets the boundary). */
  body?: Blob | ArrayBuffer | FormData;
  contentType?: string;
  /** A 401 is an expected answer (login, session probe): do not report it as an expired session. */
  isUnauthorizedExpected?: boolean;
  signal?: AbortSignal;
}

type SessionProblem = "unauthorized" | "passwordChangeRequired";
type SessionProblemListener = (problem: SessionProblem, error: ApiError) => void;

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);
let csrfToken: string | null = null;
let sessionProblemListener: SessionProblemListener | null = null;
const activityListeners = new Set<() => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setSessionProblemListener(listener: SessionProblemListener | null): void {
  sessionProblemListener = listener;
}

/** Called after every request that reached the server: the server counts it as activity. */
export function onApiActivity(listener: () => void): () => void {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? "GET";
  // The app's language, not the browser's: the server answers its messages in it.
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Accept-Language": readStoredLocale(),
  };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.json);
  } else if (options.body !== undefined) {
    if (!(options.body instanceof FormData))
      headers["Content-Type"] = options.contentType ?? "application/octet-stream";
    body = options.body;
  }
  if (unsafeMethods.has(method) && csrfToken) headers["X-CSRF-Token"] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "NETWORK", "");
  }
  for (const listener of activityListeners) listener();
  if (!response.ok) throw await toApiError(response, options);
  return response;
}

async function toApiError(response: Response, options: RequestOptions): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const envelope = isErrorEnvelope(body) ? body.error : null;
  const error = new ApiError(
    response.status,
    envelope?.code ?? "UNKNOWN",
    envelope?.message ?? `HTTP ${response.status}`,
    envelope?.fields ?? [],
    body,
  );
  // Wrong credentials (login, current password) are an answer about the input, not the session.
  if (response.status === 401 && error.code !== "INVALID_CREDENTIALS" && !options.isUnauthorizedExpected) {
    sessionProblemListener?.("unauthorized", error);
  } else if (error.code === "PASSWORD_CHANGE_REQUIRED") {
    sessionProblemListener?.("passwordChangeRequired", error);
  }
  return error;
}

function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const inner = (value as { error: unknown }).error;
  return typeof inner === "object" && inner !== null && "code" in inner && "message" in inner;
}

export async function apiJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}

export async function apiFile(path: string, options: RequestOptions = {}): Promise<DownloadedFile> {
  const response = await send(path, { ...options, method: options.method ?? "GET" });
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get("Content-Disposition")) };
}

/** Reads `filename*=UTF-8''…` (RFC 6266, used for Chinese names) or a plain `filename="…"`. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      return encoded[1].trim();
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain?.[1]?.trim() ?? null;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, options: RequestOptions = {}) =>
    apiJson<T>(path, { ...options, method: "GET", query }),
  post: <T>(path: string, json?: unknown, options: RequestOptions = {}) =>
    apiJson<T>(path, { ...options, method: "POST", json }),
  put: <T>(path: string, json?: unknown, options: RequestOptions = {}) =>
    apiJson<T>(path, { ...options, method: "PUT", json }),
  patch: <T>(path: string, json?: unknown, options: RequestOptions = {}) =>
    apiJson<T>(path, { ...options, method: "PATCH", json }),
  delete: <T>(path: string, options: RequestOptions = {}) =>
    apiJson<T>(path, { ...options, method: "DELETE" }),
};
