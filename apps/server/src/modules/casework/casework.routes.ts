import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../platform/context.ts";
import type { ModuleHost } from "../../platform/serverModule.ts";
import { registerCaseRoutes } from "./cases.routes.ts";
import { registerDeskRoutes } from "./desk.routes.ts";
import { registerNeedRoutes } from "./needs.routes.ts";
import { registerServiceRecordRoutes } from "./serviceRecords.routes.ts";

/** Casework's resources, each registered from its own file. */
export function registerCaseworkRoutes(app: FastifyInstance, ctx: AppContext, host: ModuleHost): void {
  registerCaseRoutes(app, ctx);
  registerNeedRoutes(app, ctx);
  registerDeskRoutes(app, ctx);
  registerServiceRecordRoutes(app, ctx);
  void host;
}
