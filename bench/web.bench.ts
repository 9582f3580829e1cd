import { type Browser, chromium, type Page } from "@playwright/test";
import { demoPassword, menuItem } from "../e2e/helpers.ts";
import { assertChromium, assertWebBuild, chromiumArgs, chromiumPath, startServer } from "../e2e/server.ts";

/**
 * Issue 9's figures for the first screen, on the built web app (run `npm run build` first: this
 * script builds nothing). The server runs twice on 127.0.0.1 with the demo city in a fresh data
 * folder: with precompressed files and caching (the default), then with both off
 * (WEB_COMPRESSION_AND_CACHING=false, files sent as they are with max-age=0, as before). Each
 * visit is a new browser context, so the cache starts cold:
 * 1. the login page: bytes transferred (DevTools' encoded sizes, headers included) and requests
 *    that reached the server;
 * 2. submitting the login to the home page's chart on screen (target: none; was 1.4–1.6 s);
 * 3. a menu switch after the first visit, 首页 → 志愿者 and back (target < 300 ms);
 * 4. reopening the app (reload of the home page) with the cache warm;
 * then 2 again over an emulated intranet link, where transfer sizes show in the time.
 * Bounded: BENCH_WEB_ROUNDS visits per mode (default 5) and one throttled visit.
 */
const rounds = Number(process.env.BENCH_WEB_ROUNDS ?? 5);
const user = "city";
/** An intranet branch office: 10 Mbit/s down, 5 Mbit/s up, 20 ms round trip. */
const intranetLink = {
  offline: false,
  latency: 20,
  downloadThroughput: 1_250_000,
  uploadThroughput: 625_000,
};

interface Visit {
  loginBytes: number;
  loginRequests: number;
  loginToChartMs: number;
  loginToChartBytes: number;
  toVolunteersMs: number;
  toHomeMs: number;
  reloadMs: number;
  reloadBytes: number;
  reloadRequests: number;
}

const chartCanvas = (page: Page) => page.getByTestId("home-chart").locator("canvas");
const volunteerRow = (page: Page) =>
  page.getByTestId("volunteer-table").locator("tbody tr.ant-table-row").first();

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

async function visit(browser: Browser, baseURL: string, link?: typeof intranetLink): Promise<Visit> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1440, height: 900 },
    locale: "zh-CN",
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    if (link) await cdp.send("Network.emulateNetworkConditions", link);
    let bytes = 0;
    let requests = 0;
    // A file taken from the browser's cache finishes with 0 bytes: only requests that reached the
    // server (a 304 revalidation included) are counted.
    cdp.on("Network.loadingFinished", (event) => {
      bytes += event.encodedDataLength;
      if (event.encodedDataLength > 0) requests += 1;
    });
    const counted = () => {
      const figures = { bytes, requests };
      bytes = 0;
      requests = 0;
      return figures;
    };

    await page.goto("/login");
    await page.locator("#login-username").waitFor();
    await page.waitForLoadState("networkidle");
    const login = counted();

    await page.locator("#login-username").fill(user);
    await page.locator("#login-password").fill(demoPassword);
    const loginToChartMs = await timed(async () => {
      await page.getByTestId("login-submit").click();
      await chartCanvas(page).waitFor();
    });
    await page.waitForLoadState("networkidle");
    const afterLogin = counted();

    // The first visit of each page loads its chunk and data; the second is what a user feels daily.
    await menuItem(page, "志愿者").click();
    await volunteerRow(page).waitFor();
    await menuItem(page, "首页").click();
    await chartCanvas(page).waitFor();
    const toVolunteersMs = await timed(async () => {
      await menuItem(page, "志愿者").click();
      await volunteerRow(page).waitFor();
    });
    const toHomeMs = await timed(async () => {
      await menuItem(page, "首页").click();
      await chartCanvas(page).waitFor();
    });

    await page.waitForLoadState("networkidle");
    counted();
    const reloadMs = await timed(async () => {
      await page.reload();
      await chartCanvas(page).waitFor();
    });
    await page.waitForLoadState("networkidle");
    const reload = counted();
    return {
      loginBytes: login.bytes,
      loginRequests: login.requests,
      loginToChartMs,
      loginToChartBytes: afterLogin.bytes,
      toVolunteersMs,
      toHomeMs,
      reloadMs,
      reloadBytes: reload.bytes,
      reloadRequests: reload.requests,
    };
  } finally {
    await context.close();
  }
}

interface ModeFigures {
  visits: Visit[];
  throttled: Visit;
}

async function measure(compressionAndCaching: boolean): Promise<ModeFigures> {
  // e2e/server.ts starts the server with this process's environment plus its own settings.
  process.env.WEB_COMPRESSION_AND_CACHING = String(compressionAndCaching);
  const server = await startServer({
    preferredPort: 3395,
    logName: `bench-web-${compressionAndCaching ? "on" : "off"}.log`,
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    // A visit first to warm the server (SQLite pages, JIT) and the browser; not counted.
    await visit(browser, server.baseUrl);
    const visits: Visit[] = [];
    for (let i = 0; i < rounds; i++) visits.push(await visit(browser, server.baseUrl));
    const throttled = await visit(browser, server.baseUrl, intranetLink);
    return { visits, throttled };
  } finally {
    await browser.close();
    await server.stop();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;

function row(label: string, on: number, off: number, format: (value: number) => string, target = ""): string {
  const ratio = off > 0 ? (on / off).toFixed(2) : "—";
  return `| ${label} | ${format(on)} | ${format(off)} | ${ratio} | ${target} |`;
}

assertChromium();
assertWebBuild();
const load = (await import("node:os")).loadavg().map((value) => value.toFixed(2));
console.info(
  `web first screen, ${rounds} cold visits per mode as "${user}", 127.0.0.1; load average ${load.join(" ")}`,
);
const on = await measure(true);
const off = await measure(false);
const of = (figures: ModeFigures, pick: (visit: Visit) => number) => median(figures.visits.map(pick));
const pair = (pick: (visit: Visit) => number) => [of(on, pick), of(off, pick)] as const;

console.info("\n| medians | compression + caching | off | on ÷ off | target |");
console.info("|---|---|---|---|---|");
console.info(row("login page, transferred", ...pair((v) => v.loginBytes), kb, "< 350 KB"));
console.info(row("login page, requests to the server", ...pair((v) => v.loginRequests), String));
console.info(row("login → home chart", ...pair((v) => v.loginToChartMs), ms));
console.info(row("login → home chart, transferred", ...pair((v) => v.loginToChartBytes), kb));
console.info(row("menu switch 首页 → 志愿者 (2nd visit)", ...pair((v) => v.toVolunteersMs), ms, "< 300 ms"));
console.info(row("menu switch 志愿者 → 首页 (2nd visit)", ...pair((v) => v.toHomeMs), ms, "< 300 ms"));
console.info(row("reopening the app (reload, warm cache)", ...pair((v) => v.reloadMs), ms));
console.info(row("reopening the app, transferred", ...pair((v) => v.reloadBytes), kb));
console.info(row("reopening the app, requests to the server", ...pair((v) => v.reloadRequests), String));
const link = `${(intranetLink.downloadThroughput * 8) / 1e6} Mbit/s, ${intranetLink.latency} ms`;
console.info(
  row(`login page over ${link}: transferred`, on.throttled.loginBytes, off.throttled.loginBytes, kb),
);
console.info(
  row(`login → home chart over ${link}`, on.throttled.loginToChartMs, off.throttled.loginToChartMs, ms),
);
console.info(
  `\nlogin → home chart, each visit: on ${on.visits.map((v) => ms(v.loginToChartMs)).join(", ")}; off ${off.visits.map((v) => ms(v.loginToChartMs)).join(", ")}`,
);
