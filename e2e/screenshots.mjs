// Screenshots of the main pages for a visual check (e2e/artifacts/pages/*.png). Starts a server
// like run.mjs, or uses E2E_BASE_URL.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { login, openLogin, settle } from "./helpers.mjs";
import {
  artifactsDir,
  ensureWebBuild,
  freePort,
  launchBrowser,
  startServer,
  stopServer,
  waitForReady,
} from "./server.mjs";

const outputDir = path.join(artifactsDir, "pages");

async function capture(page, name) {
  await settle(page);
  await page.screenshot({ path: path.join(outputDir, `${name}.png`), fullPage: true });
  console.info(`  ${name}.png`);
}

async function shoot(browser, baseUrl) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();

  await openLogin(page, baseUrl);
  await capture(page, "01-login");

  await login(page, baseUrl, "haishu");
  await page.locator('[data-testid="region-totals"]').waitFor();
  await page.locator("canvas").first().waitFor();
  await capture(page, "02-home-haishu");
  await page.locator('[data-testid="region-children-table"] tbody tr.ant-table-row').first().click();
  await page.waitForURL(/region=/);
  await page.locator('[data-testid="region-breadcrumb"] a').first().waitFor();
  await capture(page, "02b-home-street");

  await page.goto(`${baseUrl}/regions`);
  const childRows = page.locator('[data-testid="region-children-table"] tbody tr.ant-table-row');
  await page.locator('[data-testid="region-tree"] .ant-tree-treenode').nth(1).waitFor();
  await childRows.first().waitFor();
  await capture(page, "03-regions-district");

  await page.locator('[data-testid="region-search"] input').fill("nm");
  await page.locator('[data-testid="region-search-result"]').first().waitFor();
  await capture(page, "04-regions-search");
  await page.locator('[data-testid="region-search-result"]').first().click();
  await page.waitForURL(/code=/);
  await childRows.first().waitFor();
  await page.locator('[data-testid="region-children-table"] button[aria-label]').first().click();
  await capture(page, "05-regions-street-editing");

  await page.getByRole("button", { name: "导入常住人口" }).click();
  await page.locator(".ant-modal").waitFor();
  await capture(page, "06-import-modal");
  await page.keyboard.press("Escape");

  await childRows.first().click();
  await page.locator('[data-testid="region-detail"]').waitFor();
  await page.locator('[data-testid="residents-editor"]').waitFor();
  await capture(page, "07-regions-community");
  await context.close();

  const admin = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  admin.setDefaultTimeout(15_000);
  const adminPage = await admin.newPage();
  await login(adminPage, baseUrl, "admin");
  await adminPage.goto(`${baseUrl}/users`);
  await adminPage.locator('[data-testid="user-table"] tbody tr.ant-table-row').first().waitFor();
  await capture(adminPage, "08-users");
  await adminPage.locator('[data-testid="user-create"]').click();
  await adminPage.locator('[data-testid="user-form"]').waitFor();
  await capture(adminPage, "09-user-create");
  await adminPage.keyboard.press("Escape");
  await adminPage
    .locator(".ant-drawer-mask")
    .waitFor({ state: "detached" })
    .catch(() => {});
  await adminPage
    .locator('[data-testid="user-table"] tbody tr.ant-table-row')
    .filter({ hasText: "haishu" })
    .getByRole("button", { name: "编辑" })
    .click();
  await adminPage.locator('[data-testid="user-form"] #displayName').waitFor();
  await capture(adminPage, "09b-user-edit");
  await adminPage.keyboard.press("Escape");

  await adminPage.goto(`${baseUrl}/audit`);
  await adminPage.locator('[data-testid="audit-table"] tbody tr.ant-table-row').first().waitFor();
  const expander = adminPage.locator(
    '[data-testid="audit-table"] .ant-table-row-expand-icon:not(.ant-table-row-expand-icon-spaced)',
  );
  if ((await expander.count()) > 0) await expander.first().click();
  await capture(adminPage, "10-audit");

  await adminPage.goto(`${baseUrl}/password`);
  await adminPage.locator('[data-testid="password-form"]').waitFor();
  await capture(adminPage, "11-password");

  await adminPage.locator('[data-testid="language-switch"]').getByText("English", { exact: true }).click();
  await adminPage.goto(`${baseUrl}/`);
  await adminPage.locator('[data-testid="region-totals"]').waitFor();
  await capture(adminPage, "12-home-english");
  await admin.close();
}

async function main() {
  mkdirSync(outputDir, { recursive: true });
  const externalUrl = process.env.E2E_BASE_URL?.replace(/\/$/, "");
  if (!externalUrl) ensureWebBuild();
  const port = externalUrl ? 0 : await freePort(Number(process.env.E2E_PORT ?? 3320));
  const baseUrl = externalUrl ?? `http://127.0.0.1:${port}`;
  const dataDir = externalUrl ? null : mkdtempSync(path.join(os.tmpdir(), "xinqiao-shots-"));
  const server = dataDir ? startServer(port, dataDir) : null;
  let browser;
  try {
    if (server) await waitForReady(baseUrl, server);
    browser = await launchBrowser();
    await shoot(browser, baseUrl);
  } finally {
    await browser?.close().catch(() => {});
    if (server) await stopServer(server);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
