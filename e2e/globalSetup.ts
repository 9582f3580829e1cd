// Global setup of the browser suite: checks the web build, starts one API server for the whole run
// (free port from E2E_PORT or 3310, fresh SQLite data folder) and hands its address to the workers
// through E2E_BASE_URL. With E2E_BASE_URL already set, tests that server instead and starts none.
// E2E_KEEP_DATA=1 keeps the data folder. Returns the teardown that stops the server.
import { assertChromium, assertWebBuild, startServer } from "./server.ts";

export default async function globalSetup(): Promise<(() => Promise<void>) | undefined> {
  assertChromium();
  if (process.env.E2E_BASE_URL) {
    process.env.E2E_BASE_URL = process.env.E2E_BASE_URL.replace(/\/$/, "");
    return undefined;
  }
  assertWebBuild();
  const started = Date.now();
  const server = await startServer({
    preferredPort: Number(process.env.E2E_PORT ?? 3310),
    logName: "server.log",
    keepData: Boolean(process.env.E2E_KEEP_DATA),
  });
  process.env.E2E_BASE_URL = server.baseUrl;
  process.env.E2E_SERVER_LOG = server.logFile;
  console.info(`server ready at ${server.baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return () => server.stop();
}
