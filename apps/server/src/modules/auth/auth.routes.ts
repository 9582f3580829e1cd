import { changePasswordBodySchema, loginBodySchema, sessionResponseSchema } from "@xinqiao/shared";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { type GuardOptions, resolveSession, sessionCookieName, userOf } from "../../platform/auth/guard.ts";
import type { AppContext } from "../../platform/context.ts";
import { AppError } from "../../platform/errors.ts";
import { presentSession } from "./auth.presenter.ts";
import * as service from "./auth.service.ts";

export function registerAuthRoutes(app: FastifyInstance, ctx: AppContext, guard: GuardOptions): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["auth 登录与会话"];
  const clientOf = (request: FastifyRequest) => ({
    ip: request.ip,
    userAgent: request.headers["user-agent"] ?? null,
  });

  async function startSession(request: FastifyRequest, reply: FastifyReply, token: string) {
    const user = await resolveSession(guard, token);
    if (!user) throw new AppError("INTERNAL");
    reply.setCookie(sessionCookieName, token, {
      path: "/",
      httpOnly: true,
      sameSite: "strict",
      secure: request.protocol === "https",
      maxAge: ctx.config.sessionAbsoluteSeconds,
    });
    return presentSession(user, ctx.config.sessionIdleSeconds);
  }

  api.post(
    "/api/auth/login",
    {
      config: {
        public: true,
        rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: "1 minute" },
      },
      schema: { tags, summary: "登录", body: loginBodySchema, response: { 200: sessionResponseSchema } },
    },
    async (request, reply) => {
      const { token } = await service.login(ctx, request.body, clientOf(request));
      return startSession(request, reply, token);
    },
  );

  api.post(
    "/api/auth/logout",
    { config: { signedIn: true, allowPasswordChangePending: true }, schema: { tags, summary: "退出登录" } },
    async (request, reply) => {
      await service.logout(ctx, userOf(request), request.ip);
      reply.clearCookie(sessionCookieName, { path: "/" });
      return reply.status(204).send();
    },
  );

  api.get(
    "/api/auth/me",
    {
      config: { signedIn: true, allowPasswordChangePending: true },
      schema: { tags, summary: "当前用户与 CSRF 令牌", response: { 200: sessionResponseSchema } },
    },
    (request) => presentSession(userOf(request), ctx.config.sessionIdleSeconds),
  );

  api.post(
    "/api/auth/password",
    {
      config: {
        signedIn: true,
        allowPasswordChangePending: true,
        rateLimit: { max: 10, timeWindow: "1 minute" },
      },
      schema: {
        tags,
        summary: "修改本人密码（其他会话全部失效）",
        body: changePasswordBodySchema,
        response: { 200: sessionResponseSchema },
      },
    },
    async (request, reply) => {
      const { token } = await service.changePassword(ctx, userOf(request), request.body, clientOf(request));
      return startSession(request, reply, token);
    },
  );
}
