// Screenshots of the main pages for a visual check (e2e/artifacts/pages/*.png): not a test, a
// script. `npm run build`, then `npm run e2e:screenshots`. Starts its own server like the suite, or
// uses E2E_BASE_URL.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium, expect, type Page } from "@playwright/test";
import { login, openLogin } from "./helpers.ts";
import {
  artifactsDir,
  assertChromium,
  assertWebBuild,
  chromiumArgs,
  chromiumPath,
  type RunningServer,
  startServer,
} from "./server.ts";

const outputDir = path.join(artifactsDir, "pages");

async function capture(page: Page, name: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: path.join(outputDir, `${name}.png`), fullPage: true });
  console.info(`  ${name}.png`);
}

async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(15_000);
  return context.newPage();
}

async function shoot(browser: Browser, baseURL: string): Promise<void> {
  const page = await newPage(browser, baseURL);
  await openLogin(page);
  await capture(page, "01-login");

  await login(page, "haishu");
  await expect(page.getByTestId("region-totals")).toBeVisible();
  await expect(page.locator("canvas").first()).toBeVisible();
  await capture(page, "02-home-haishu");
  await page.locator('[data-testid="dashboard-table-imbalance"] tbody tr.ant-table-row').first().click();
  await expect(page).toHaveURL(/region=/);
  await expect(page.locator('[data-testid="region-breadcrumb"] a').first()).toBeVisible();
  await capture(page, "02b-home-street");

  await page.goto("/regions");
  const childRows = page.locator('[data-testid="region-children-table"] tbody tr.ant-table-row');
  await expect(page.locator('[data-testid="region-tree"] .ant-tree-treenode').nth(1)).toBeVisible();
  await expect(childRows.first()).toBeVisible();
  await capture(page, "03-regions-district");

  await page.locator('[data-testid="region-search"] input').fill("nm");
  await expect(page.getByTestId("region-search-result").first()).toBeVisible();
  await capture(page, "04-regions-search");
  await page.getByTestId("region-search-result").first().click();
  await expect(page).toHaveURL(/code=/);
  await expect(childRows.first()).toBeVisible();
  await page.locator('[data-testid="region-children-table"] button[aria-label]').first().click();
  await capture(page, "05-regions-street-editing");

  await page.getByRole("button", { name: "导入常住人口" }).click();
  await expect(page.locator(".ant-modal")).toBeVisible();
  await capture(page, "06-import-modal");
  await page.keyboard.press("Escape");

  await childRows.first().click();
  await expect(page.getByTestId("region-detail")).toBeVisible();
  await expect(page.getByTestId("residents-editor")).toBeVisible();
  await capture(page, "07-regions-community");
  await page.context().close();

  const adminPage = await newPage(browser, baseURL);
  await login(adminPage, "admin");
  await adminPage.goto("/users");
  const userRows = adminPage.locator('[data-testid="user-table"] tbody tr.ant-table-row');
  await expect(userRows.first()).toBeVisible();
  await capture(adminPage, "08-users");
  await adminPage.getByTestId("user-create").click();
  await expect(adminPage.getByTestId("user-form")).toBeVisible();
  await capture(adminPage, "09-user-create");
  await adminPage.keyboard.press("Escape");
  await expect(adminPage.locator(".ant-drawer-mask").first()).toBeHidden();
  await userRows.filter({ hasText: "haishu" }).getByRole("button", { name: "编辑" }).click();
  await expect(adminPage.locator('[data-testid="user-form"] #displayName')).toBeVisible();
  await capture(adminPage, "09b-user-edit");
  await adminPage.keyboard.press("Escape");

  await adminPage.goto("/audit");
  await expect(adminPage.locator('[data-testid="audit-table"] tbody tr.ant-table-row').first()).toBeVisible();
  const expander = adminPage.locator(
    '[data-testid="audit-table"] .ant-table-row-expand-icon:not(.ant-table-row-expand-icon-spaced)',
  );
  if ((await expander.count()) > 0) await expander.first().click();
  await capture(adminPage, "10-audit");

  await adminPage.goto("/password");
  await expect(adminPage.getByTestId("password-form")).toBeVisible();
  await capture(adminPage, "11-password");

  await adminPage.getByTestId("language-switch").getByText("English", { exact: true }).click();
  await adminPage.goto("/");
  await expect(adminPage.getByTestId("region-totals")).toBeVisible();
  await capture(adminPage, "12-home-english");
  await adminPage.context().close();
}

async function main(): Promise<void> {
  mkdirSync(outputDir, { recursive: true });
  assertChromium();
  const externalUrl = process.env.E2E_BASE_URL?.replace(/\/$/, "");
  let server: RunningServer | undefined;
  if (!externalUrl) {
    assertWebBuild();
    server = await startServer({
      preferredPort: Number(process.env.E2E_PORT ?? 3320),
      logName: "screenshots-server.log",
    });
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    await shoot(browser, externalUrl ?? server?.baseUrl ?? "");
  } finally {
    await browser.close().catch(() => {});
    await server?.stop();
  }
}

await main();
