// A government intranet reaches the app by plain HTTP at a host name (http://xinqiao.intranet:3000),
// not at localhost, which browsers treat as secure. The host name is mapped to the suite's server
// by Chromium's resolver, so the browser sees an ordinary insecure origin.

import { expect, serverUrl, test } from "./fixtures.ts";
import { login } from "./helpers.ts";
import { chromiumArgs, chromiumPath } from "./server.ts";

test("the app renders and signs in over plain HTTP at an intranet host name", async ({ playwright }) => {
  const server = new URL(serverUrl());
  const browser = await playwright.chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, `--host-resolver-rules=MAP xinqiao.intranet ${server.hostname}`],
  });
  try {
    const context = await browser.newContext({
      baseURL: `http://xinqiao.intranet:${server.port}`,
      locale: "zh-CN",
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    const insecureFailures: string[] = [];
    page.on("requestfailed", (request) => insecureFailures.push(request.url()));
    const first = await page.goto("/login");
    expect(first?.headers()["strict-transport-security"], "no HSTS over http").toBeUndefined();
    expect(first?.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
    await login(page, "haishu");
    await expect(page.getByTestId("side-menu")).toBeVisible();
    expect(page.url()).toMatch(/^http:\/\/xinqiao\.intranet:/);
    expect(
      insecureFailures.filter((url) => url.startsWith("https:")),
      "nothing upgraded to https",
    ).toEqual([]);
    await context.close();
  } finally {
    await browser.close();
  }
});
