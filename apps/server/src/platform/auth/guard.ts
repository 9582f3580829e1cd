import type { Permission } from "@xinqiao/shared";
import type { FastifyContextConfig, FastifyInstance, FastifyRequest } from "fastify";
import type { Clock } from "../clock.ts";
import type { Db } from "../db/database.ts";
import { AppError } from "../errors.ts";
import type { PermissionCatalog } from "./permissionCatalog.ts";
import type { RequestUser } from "./requestUser.ts";
import type { SessionStore } from "./sessionStore.ts";

/**
 * The one guard every /api route passes through. Every /api route declares who may call it —
 * `public: true`, `signedIn: true` (any signed-in user), or a `permission` — and an /api route that
 * declares none is refused when it is registered, so the app does not start with it (forgetting
 * the permission used to let any signed-in user through). The guard authenticates from the
 * session cookie, expires idle and old sessions, checks CSRF on state changes and checks the
 * permission. Record-level checks (scope) go through platform/scope.ts's loaders.
 */
declare module "fastify" {
  interface FastifyContextConfig {
    public?: boolean;
    /** Any signed-in user may call it (their own session, profile, jobs). */
    signedIn?: boolean;
    permission?: RoutePermission;
    /** Reachable while the user must still change an expired or reset password. */
    allowPasswordChangePending?: boolean;
    /** zh-CN names of this route's fields for validation messages, over the shared ones. */
    fieldLabels?: Record<string, string>;
  }
  interface FastifyRequest {
    user: RequestUser | null;
  }
  interface FastifyInstance {
    apiRoutes: readonly ApiRoute[];
  }
}

export const sessionCookieName = "xq_session";
const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const touchIntervalMs = 60_000;

export interface GuardOptions {
  db: Db;
  clock: Clock;
  sessions: SessionStore;
  catalog: PermissionCatalog;
  idleSeconds: number;
  passwordMaxAgeDays: number;
}

/** Who may call a route, as it declares it; null when it declares nothing. */
export function routeAccessOf(config: FastifyContextConfig | undefined): RouteAccess | null {
  const declared = [
    config?.public ? "public" : null,
    config?.signedIn ? "signedIn" : null,
    config?.permission ? "permission" : null,
  ].filter((access): access is RouteAccess => access !== null);
  return declared.length === 1 ? (declared[0] ?? null) : null;
}

export type RouteAccess = "public" | "signedIn" | "permission";

/** One permission, all of several (an import that also writes), or any of several (two roles' paths). */
export type RoutePermission =
  | Permission
  | { readonly allOf: readonly Permission[] }
  | { readonly anyOf: readonly Permission[] };

export function allows(user: Pick<RequestUser, "permissions">, required: RoutePermission | null): boolean {
  if (required === null) return true;
  if (typeof required === "string") return user.permissions.has(required);
  if ("allOf" in required) return required.allOf.every((permission) => user.permissions.has(permission));
  return required.anyOf.some((permission) => user.permissions.has(permission));
}

export function isApiRoute(url: string): boolean {
  return url.startsWith("/api/") && !url.startsWith("/api/docs");
}

export interface ApiRoute {
  method: string;
  url: string;
  access: RouteAccess;
  permission: RoutePermission | null;
}

export function registerGuard(app: FastifyInstance, options: GuardOptions): void {
  // The route table, for the tests that walk it (every record route has a scope rule).
  const apiRoutes: ApiRoute[] = [];
  app.decorate("apiRoutes", apiRoutes);
  app.addHook("onRoute", (route) => {
    if (!isApiRoute(route.url)) return;
    const access = routeAccessOf(route.config);
    if (access === null) {
      throw new Error(
        `${String(route.method)} ${route.url} must declare exactly one of public, signedIn or permission`,
      );
    }
    for (const method of [route.method].flat()) {
      if (method !== "HEAD") {
        apiRoutes.push({ method, url: route.url, access, permission: route.config?.permission ?? null });
      }
    }
  });
  app.decorateRequest("user", null);
  app.addHook("onRequest", async (request, reply) => {
    // The OpenAPI description and its UI are public documentation, not data.
    if (!isApiRoute(request.url)) return;
    const config = request.routeOptions.config;
    const token = request.cookies[sessionCookieName];
    if (token) {
      request.user = await resolveSession(options, token);
      if (!request.user) reply.clearCookie(sessionCookieName, { path: "/" });
    }
    if (config.public) return;
    if (!request.routeOptions.url) return; // unknown route: let the not-found handler answer
    const user = request.user;
    if (!user) throw new AppError(token ? "SESSION_EXPIRED" : "UNAUTHENTICATED");
    if (unsafeMethods.has(request.method) && request.headers["x-csrf-token"] !== user.csrfToken) {
      throw new AppError("CSRF_INVALID");
    }
    if (user.mustChangePassword && !config.allowPasswordChangePending) {
      throw new AppError("PASSWORD_CHANGE_REQUIRED");
    }
    if (!allows(user, config.permission ?? null)) throw new AppError("FORBIDDEN");
  });
}

/** The user behind a session token, or null when the session is unknown, idle, too old or disabled. */
export async function resolveSession(
  { db, clock, sessions, catalog, idleSeconds, passwordMaxAgeDays }: GuardOptions,
  token: string,
): Promise<RequestUser | null> {
  const found = await sessions.find(db, token);
  if (!found) return null;
  const now = clock.now();
  const idleDeadline = Date.parse(found.lastSeenAt) + idleSeconds * 1000;
  if (found.isActive !== 1 || now.getTime() > idleDeadline || now.toISOString() > found.expiresAt) {
    await sessions.delete(db, found.sessionId);
    return null;
  }
  if (now.getTime() - Date.parse(found.lastSeenAt) > touchIntervalMs) {
    // Not awaited: the request need not wait for the writer (an import may hold it for seconds),
    // and a touch that fails only shortens the idle window by a minute.
    sessions.touch(db, found.sessionId, now).catch(() => {});
  }
  const passwordAgeMs = now.getTime() - Date.parse(found.passwordChangedAt);
  return {
    id: found.userId,
    username: found.username,
    displayName: found.displayName,
    roleId: found.roleId,
    permissions: catalog.of(found.roleId),
    regionCode: found.regionCode,
    regionName: found.regionName,
    regionLevel: found.regionLevel,
    organizationId: found.organizationId,
    organizationName: found.organizationName,
    mustChangePassword: found.mustChangePassword === 1 || passwordAgeMs > passwordMaxAgeDays * 86_400_000,
    sessionId: found.sessionId,
    csrfToken: found.csrfToken,
  };
}

/** For handlers of non-public routes: the guard has already refused anonymous requests. */
export function userOf(request: FastifyRequest): RequestUser {
  if (!request.user) throw new AppError("UNAUTHENTICATED");
  return request.user;
}
