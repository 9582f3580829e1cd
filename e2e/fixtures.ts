// The suite's `test`: Playwright's, plus a signed-in page per demo role (`haishuPage`, `adminPage`,
// …). Each worker signs in once per role through the API, on first use, and every test gets a fresh
// browser context carrying that session. A test that ends its session (logs out, changes or resets
// the role's password) signs in on its own instead: the plain `page` and helpers.login().
// Browser errors other than expected 4xx answers are attached to the test and printed.
import {
  type Browser,
  type BrowserContext,
  test as base,
  type Page,
  type PlaywrightWorkerArgs,
  type TestInfo,
} from "@playwright/test";
import { demoPassword } from "./helpers.ts";

export { expect } from "@playwright/test";

export const demoRoles = [
  "admin",
  "city",
  "haishu",
  "yuyao",
  "station",
  "worker",
  "supervisor",
  "leader",
] as const;
export type DemoRole = (typeof demoRoles)[number];

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

interface DemoSessions {
  /** The cookies of a signed-in session of `role`, opened once per worker. */
  storageState(role: DemoRole): Promise<StorageState>;
}

interface RolePages {
  adminPage: Page;
  cityPage: Page;
  haishuPage: Page;
  yuyaoPage: Page;
  stationPage: Page;
  workerPage: Page;
  supervisorPage: Page;
  leaderPage: Page;
}

/** The address of the server under test (globalSetup.ts sets it before the workers start). */
export function serverUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run the suite with `npm run test:e2e`");
  return url;
}

async function signIn(playwright: PlaywrightWorkerArgs["playwright"], role: DemoRole): Promise<StorageState> {
  const request = await playwright.request.newContext({ baseURL: serverUrl() });
  try {
    const response = await request.post("/api/auth/login", {
      data: { username: role, password: demoPassword },
    });
    if (!response.ok()) {
      throw new Error(`signing in as ${role} answered ${response.status()}: ${await response.text()}`);
    }
    return await request.storageState();
  } finally {
    await request.dispose();
  }
}

/** Collects the page's console errors and uncaught exceptions; report() attaches and prints them. */
function watchBrowserErrors(page: Page, label: string) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  return {
    async report(testInfo: TestInfo) {
      // Expected 401/4xx answers show up as "Failed to load resource"; anything else is worth a look.
      const unexpected = errors.filter((text) => !text.startsWith("Failed to load resource"));
      if (unexpected.length === 0) return;
      await testInfo.attach(`browser errors (${label})`, {
        body: unexpected.join("\n"),
        contentType: "text/plain",
      });
      console.warn(`browser errors (${label}) in "${testInfo.title}":\n  ${unexpected.join("\n  ")}`);
    },
  };
}

function rolePage(role: DemoRole) {
  return async (
    { browser, demoSessions }: { browser: Browser; demoSessions: DemoSessions },
    use: (page: Page) => Promise<void>,
    testInfo: TestInfo,
  ) => {
    // The config's options (base URL, locale, viewport, timeouts, tracing) apply to this context too.
    const context = await browser.newContext({ storageState: await demoSessions.storageState(role) });
    const page = await context.newPage();
    const errors = watchBrowserErrors(page, role);
    await use(page);
    await errors.report(testInfo);
    await context.close();
  };
}

export const test = base.extend<RolePages, { demoSessions: DemoSessions }>({
  demoSessions: [
    async ({ playwright }, use) => {
      const sessions = new Map<DemoRole, Promise<StorageState>>();
      await use({
        storageState(role) {
          let state = sessions.get(role);
          if (!state) {
            state = signIn(playwright, role);
            state.catch(() => sessions.delete(role));
            sessions.set(role, state);
          }
          return state;
        },
      });
    },
    { scope: "worker" },
  ],
  page: async ({ page }, use, testInfo) => {
    const errors = watchBrowserErrors(page, "page");
    await use(page);
    await errors.report(testInfo);
  },
  adminPage: rolePage("admin"),
  cityPage: rolePage("city"),
  haishuPage: rolePage("haishu"),
  yuyaoPage: rolePage("yuyao"),
  stationPage: rolePage("station"),
  workerPage: rolePage("worker"),
  supervisorPage: rolePage("supervisor"),
  leaderPage: rolePage("leader"),
});
