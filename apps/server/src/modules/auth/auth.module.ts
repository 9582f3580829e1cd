import { defineServerModule } from "../../platform/serverModule.ts";
import { registerAuthRoutes } from "./auth.routes.ts";

/** Signing in and out, the session's user, changing one's password. */
export const authModule = defineServerModule({
  name: "auth",
  routes: (app, ctx, host) => registerAuthRoutes(app, ctx, host.guard),
});
