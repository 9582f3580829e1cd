import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../platform/context.ts";

/** Routes of this registry (being built: see issue 3). */
export function registerSocialWorkerRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
