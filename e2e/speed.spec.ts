// Issue 9's first-screen mechanism (the figures are `npm run bench:web`'s): the built files go out
// precompressed and cached by their hash while index.html is revalidated, the login page loads no
// page of the signed-in app, and the home page shows skeletons — never "no subdivisions" — until
// its data arrives (defect 11).
import type { Page, Response } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { menuItem, openLogin, submitLogin } from "./helpers.ts";

/** Chunks of the signed-in app, named after their entry file by the build. */
const signedInChunk =
  /\/assets\/(shell|DashboardPage|EChart|RegionsPage|VolunteersPage|PlatformsPage|UsersPage|AuditPage)-/;

function recordResponses(page: Page): Response[] {
  const responses: Response[] = [];
  page.on("response", (response) => responses.push(response));
  return responses;
}

const pathOf = (response: Response) => new URL(response.url()).pathname;

test("the login page loads its own script only, precompressed and cached by hash; index.html is revalidated", async ({
  page,
}) => {
  const responses = recordResponses(page);
  await openLogin(page);
  await page.waitForLoadState("networkidle");

  const document = responses.find((response) => pathOf(response) === "/login");
  expect(document?.headers()["cache-control"]).toBe("no-cache");
  const scripts = responses.filter((response) => /^\/assets\/.+\.js$/.test(pathOf(response)));
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    const headers = script.headers();
    expect(headers["cache-control"], pathOf(script)).toBe("public, max-age=31536000, immutable");
    // The build leaves files under 1 KB uncompressed.
    if ((await script.body()).length >= 1024) {
      expect(headers["content-encoding"], pathOf(script)).toMatch(/^(br|gzip)$/);
    }
  }
  const early = responses.map(pathOf).filter((path) => signedInChunk.test(path));
  expect(early, "the login page must not load the signed-in app's chunks").toEqual([]);

  // Signing in brings the shell and the home page; a registry's page only when it is opened.
  await submitLogin(page, "city", "Xinqiao@2026");
  await expect(page.getByTestId("dashboard-map").locator("canvas")).toBeVisible();
  expect(responses.some((response) => /\/assets\/VolunteersPage-/.test(pathOf(response)))).toBe(false);
  await menuItem(page, "志愿者").click();
  await expect(page.getByTestId("volunteer-table")).toBeVisible();
  expect(responses.some((response) => /\/assets\/VolunteersPage-/.test(pathOf(response)))).toBe(true);
});

test("the home page shows skeletons while its figures load, then figures in the text colour", async ({
  cityPage: page,
}) => {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    (url) => url.pathname === "/api/dashboard",
    async (route) => {
      await released;
      await route.continue();
    },
  );
  await page.goto("/");
  await expect(page.getByTestId("dashboard-skeleton")).toBeVisible();
  await expect(page.getByText("没有下级单位可比较")).toHaveCount(0);

  release();
  await expect(page.getByTestId("dashboard-map").locator("canvas")).toBeVisible();
  await expect(page.getByTestId("dashboard-skeleton")).toHaveCount(0);
  const medians = page.locator('[data-testid="dashboard-table-imbalance-median"] td');
  await expect(medians.nth(1)).toHaveText(/^\d+(\.\d+)?$/);
  // The figure has the row's colour, not the grey of disabled or secondary text.
  const colours = await medians.nth(1).evaluate((cell) => ({
    figure: getComputedStyle(cell).color,
    row: getComputedStyle(cell.closest("tr") ?? cell).color,
  }));
  expect(colours.figure).toBe(colours.row);
  await expect(page.getByTestId("region-totals")).toContainText(/\d{1,3}(,\d{3})+/);
});
