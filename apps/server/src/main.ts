import { buildApp } from "./app.ts";
import { openContext } from "./bootstrap.ts";
import { serverModules } from "./modules.ts";
import { ConfigError, loadConfig } from "./platform/config.ts";

/** The server process: configuration, database, HTTP, and a graceful stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const startedAt = Date.now();
  const ctx = await openContext(config, { database: { backgroundCheckpoints: true } });
  const app = await buildApp(ctx, { logger: { level: config.logLevel } });
  ctx.jobs.useLogger(app.log);
  const sweep = setInterval(
    () => void ctx.sessions.deleteExpired(ctx.db, ctx.clock.now(), config.sessionIdleSeconds).catch(() => {}),
    10 * 60 * 1000,
  );
  sweep.unref();

  let background: { stop(): void }[] = [];
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "stopping: finishing in-flight requests");
    clearInterval(sweep);
    for (const work of background) work.stop();
    // app.close() stops accepting connections and waits for in-flight requests to finish.
    await app.close();
    await ctx.db.destroy();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));

  await app.listen({ port: config.port, host: config.host });
  background = serverModules.flatMap((module) =>
    module.startBackgroundWork
      ? [module.startBackgroundWork(ctx, { modules: serverModules, log: app.log })]
      : [],
  );
  app.log.info(
    {
      database: config.databaseUrl.startsWith("sqlite:") ? config.databaseUrl : "postgres",
      city: config.cityCode,
    },
    `心桥 ready in ${Date.now() - startedAt} ms at http://localhost:${config.port}`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
