// End-to-end run: starts the API server (which serves apps/web/dist) on a fresh data folder,
// waits for /readyz, runs the browser specs in Chromium, stops the server and prints
// "N passed, N failed". Options: E2E_ONLY=<part of a test name>, E2E_PORT, E2E_KEEP_DATA=1,
// E2E_BASE_URL=<url> to test an already running server instead of starting one.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createSuite } from "./harness.mjs";
import {
  artifactsDir,
  ensureWebBuild,
  freePort,
  launchBrowser,
  startServer,
  stopServer,
  waitForReady,
} from "./server.mjs";
import { registerSpecs } from "./specs.mjs";

async function main() {
  const externalUrl = process.env.E2E_BASE_URL?.replace(/\/$/, "");
  if (!externalUrl) ensureWebBuild();
  const port = externalUrl ? 0 : await freePort(Number(process.env.E2E_PORT ?? 3310));
  const baseUrl = externalUrl ?? `http://127.0.0.1:${port}`;
  const dataDir = externalUrl ? null : mkdtempSync(path.join(os.tmpdir(), "xinqiao-e2e-"));
  const server = dataDir ? startServer(port, dataDir) : null;
  let result = { passed: 0, failed: 1 };
  let browser;
  try {
    const started = Date.now();
    if (server) await waitForReady(baseUrl, server);
    console.info(`server ready at ${baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    browser = await launchBrowser();
    const suite = createSuite();
    registerSpecs(suite);
    result = await suite.run({ browser, baseUrl, artifactsDir, only: process.env.E2E_ONLY });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  } finally {
    await browser?.close().catch(() => {});
    if (server) await stopServer(server);
    if (dataDir && !process.env.E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
  }
  if (result.failed > 0 && server && server.output.length > 0) {
    console.info(
      `--- server output (last lines) ---\n${server.output.join("").split("\n").slice(-40).join("\n")}`,
    );
  }
  console.info(`${result.passed} passed, ${result.failed} failed`);
  process.exitCode = result.failed > 0 ? 1 : 0;
}

await main();
