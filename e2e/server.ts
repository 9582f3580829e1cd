// Starting and stopping the API server (which serves apps/web/dist) for the browser suite's global
// setup and the screenshots script: a free port, a fresh SQLite data folder, the output in a log file.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Everything the browser suite writes (gitignored): test-results/, pages/, server.log. */
export const artifactsDir = path.join(root, "e2e", "artifacts");
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Debian's Chromium, headless; Playwright Test installs no browser of its own here. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const readyTimeoutMs = 120_000;

/** The suite tests the built web app: stop with a clear message when it has not been built. */
export function assertWebBuild(): void {
  const index = path.join(process.env.WEB_ROOT || path.join(root, "apps", "web", "dist"), "index.html");
  if (!existsSync(index)) {
    throw new Error(
      `The web app is not built (${path.relative(root, index)} is missing). Run \`npm run build\` first, then \`npm run test:e2e\`.`,
    );
  }
}

export function assertChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not at ${chromiumPath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 50; port += 1) if (await isPortFree(port)) return port;
  throw new Error(`no free port from ${preferred}`);
}

export interface RunningServer {
  baseUrl: string;
  logFile: string;
  stop(): Promise<void>;
}

/**
 * Starts the server on a free port (from `preferredPort`) with a fresh data folder, waits for
 * /readyz and answers its address; stop() ends it and removes the folder (unless keepData).
 */
export async function startServer({
  preferredPort,
  logName,
  keepData = false,
}: {
  preferredPort: number;
  logName: string;
  keepData?: boolean;
}): Promise<RunningServer> {
  const port = await freePort(preferredPort);
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "xinqiao-e2e-"));
  mkdirSync(artifactsDir, { recursive: true });
  const logFile = path.join(artifactsDir, logName);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      // Every test signs in from 127.0.0.1, two at a time: more than the default 20 a minute per address.
      LOGIN_RATE_LIMIT_PER_MINUTE: "200",
      // A quarter of the demo city's casework: every page has plenty to show, and the server is up
      // (and its database warm) in seconds on a shared machine. DEMO_SCALE overrides it.
      DEMO_SCALE: process.env.DEMO_SCALE ?? "0.25",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: process.platform !== "win32",
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const stop = async () => {
    await stopProcess(child);
    log.end();
    if (!keepData) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForReady(baseUrl, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, logFile, stop };
}

async function waitForReady(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited with code ${child.exitCode}: see ${logFile}`);
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not ready within ${readyTimeoutMs / 1000} s: see ${logFile}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const signal = (name: NodeJS.Signals) => {
    try {
      if (process.platform !== "win32" && child.pid !== undefined) process.kill(-child.pid, name);
      else child.kill(name);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}
