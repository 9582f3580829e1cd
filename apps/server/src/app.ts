import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import { errorCodes } from "@xinqiao/shared";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import { jsonSchemaTransform, validatorCompiler } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { serverModules } from "./modules.ts";
import { type GuardOptions, registerGuard } from "./platform/auth/guard.ts";
import type { AppContext } from "./platform/context.ts";
import { envelope, registerErrorHandling, registerNotFound } from "./platform/errors.ts";
import { registerFileBodyParsers } from "./platform/httpFiles.ts";
import { registerSecurityHeaders } from "./platform/securityHeaders.ts";
import { registerWebApp } from "./platform/webAssets.ts";

/** Builds the HTTP application: platform plugins first, then every module of `modules.ts`. */
export interface BuildOptions {
  /** Folder of the built web app; served with an SPA fallback when it exists. */
  webRoot?: string | null;
  logger?: boolean | { level: string };
}

// WEB_ROOT serves a web build kept elsewhere (a second build beside the one in use).
const defaultWebRoot =
  process.env.WEB_ROOT || path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/dist");

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 1024 * 1024,
    // One log line per request is noise at city scale; errors are still logged.
    logController: new LogController({
      disableRequestLogging: ctx.config.logLevel !== "debug" && ctx.config.logLevel !== "trace",
    }),
  });
  app.setValidatorCompiler(validatorCompiler);
  // Responses are shaped by presenters from typed rows; re-validating every response with zod
  // cost a third of a list request. The schemas still document the API (OpenAPI).
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  registerErrorHandling(app);
  registerFileBodyParsers(app);

  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd injects its CSS-in-JS styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () => ({ statusCode: 429, ...envelope("RATE_LIMITED", errorCodes.RATE_LIMITED) }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: "心桥 Xinqiao API", description: "社会工作信息管理系统 REST API", version: "0.1.0" },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "xq_session" } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs", staticCSP: true });

  const guard: GuardOptions = {
    db: ctx.db,
    clock: ctx.clock,
    sessions: ctx.sessions,
    catalog: ctx.catalog,
    idleSeconds: ctx.config.sessionIdleSeconds,
    passwordMaxAgeDays: ctx.config.passwordMaxAgeDays,
  };
  registerGuard(app, guard);

  app.get("/healthz", { schema: { hide: true } }, () => ({ status: "ok" }));
  app.get("/readyz", { schema: { hide: true } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(ctx.db);
      return { status: "ready" };
    } catch {
      return reply.status(503).send({ status: "database unreachable" });
    }
  });

  for (const module of serverModules) module.routes(app, ctx, { guard, modules: serverModules });

  const webRoot = options.webRoot === undefined ? defaultWebRoot : options.webRoot;
  const servesWeb = Boolean(webRoot && existsSync(path.join(webRoot, "index.html")));
  if (webRoot && servesWeb) {
    await registerWebApp(app, webRoot, { compressionAndCaching: ctx.config.webCompressionAndCaching });
  }
  registerNotFound(app, servesWeb ? (reply) => reply.sendFile("index.html") : null);
  return app;
}
