// The browser suite (Playwright Test): `npm run build` once, then `npm run test:e2e`.
// One API server for the run (globalSetup.ts), Debian's Chromium, two workers; a trace and a
// screenshot of each failed test in e2e/artifacts/test-results/ (open a trace with
// `npx playwright show-trace <file>`). One test: `npm run test:e2e -- -g "<part of its name>"`.
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { artifactsDir, chromiumArgs, chromiumPath } from "./server.ts";

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: path.join(artifactsDir, "test-results"),
  globalSetup: "./globalSetup.ts",
  // Tests run in parallel unless a file or group says serial (tests that read what another wrote).
  fullyParallel: true,
  // The machine has two cores, shared with the server and the browsers.
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Generous limits: the machine is shared (a busy one answers in seconds what takes 100 ms idle);
  // they cost nothing when the run is green.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [["list"], ["./summaryReporter.ts"]],
  use: {
    // Set by globalSetup.ts before the workers start (or given to test a running server).
    baseURL: process.env.E2E_BASE_URL,
    browserName: "chromium",
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    locale: "zh-CN",
    viewport: { width: 1440, height: 900 },
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    // The trace keeps each step's DOM snapshot, network and console, without the screencast: on two
    // cores the screencast of every test doubled the suite's time. The failure screenshot is apart.
    trace: { mode: "retain-on-failure", screenshots: false },
    screenshot: "only-on-failure",
  },
});
