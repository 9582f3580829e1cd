// Regions and residents: a district officer's scope, English labels, the inline residents editor,
// the residents import from the template, and the change in the audit log.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures.ts";
import { downloadTemplate, login, logout, menuItem, rowsNumbered } from "./helpers.ts";

test("district officer haishu sees only 海曙区; English labels; logout", async ({ page }) => {
  // Signs in on its own: it logs out at the end.
  await login(page, "haishu");
  await expect(page.getByTestId("current-user")).toContainText("王海燕");

  await page.goto("/regions");
  const tree = page.getByTestId("region-tree");
  await expect(tree.locator(".ant-tree-treenode").nth(1)).toBeVisible();
  await expect(tree.locator(".ant-tree-treenode").first()).toHaveText("海曙区");
  await expect(
    page.locator('[data-testid="region-children-table"] tbody tr.ant-table-row').first(),
  ).toBeVisible();
  await expect(page.locator("body"), "江北区 must not appear on the regions page").not.toContainText(
    "江北区",
  );

  const search = page.locator('[data-testid="region-search"] input');
  const results = page.getByTestId("region-search-results");
  for (const query of ["jb", "江北"]) {
    const answered = page.waitForResponse((response) => {
      const url = new URL(response.url());
      return url.pathname === "/api/regions" && url.searchParams.get("q") === query;
    });
    await search.fill(query);
    const found: { items: { name: string; path: { name: string }[] }[] } = await (await answered).json();
    const paths = found.items.map((region) => region.path.map((step) => step.name).join(" / "));
    for (const line of paths) expect(line, `search "${query}" stays inside 海曙区`).toMatch(/^海曙区/);
    // The list shows exactly what the server found.
    if (paths.length > 0) await expect(results.getByTestId("region-search-result-path")).toHaveText(paths);
    else await expect(results.locator(".ant-empty")).toBeVisible();
    await expect(results, `search "${query}" must not find 江北区`).not.toContainText("江北区");
  }
  await search.fill("");

  await page.goto("/");
  await expect(page.getByTestId("region-totals")).toBeVisible();
  await expect(
    page.locator('[data-testid="dashboard-table-imbalance"] tbody tr.ant-table-row').first(),
  ).toBeVisible();
  await expect(page.locator("body"), "江北区 must not appear on the home page").not.toContainText("江北区");

  await page.getByTestId("language-switch").getByText("English", { exact: true }).click();
  await expect(page.getByTestId("side-menu")).toContainText("Regions & Population");
  await expect(menuItem(page, "Home")).toBeVisible();
  await expect(menuItem(page, "Regions & Population")).toBeVisible();
  // 分级管理: a district officer manages its district's accounts, but reads no audit log.
  await expect(menuItem(page, "Users")).toBeVisible();
  await expect(menuItem(page, "Audit Log"), "a district officer has no audit log").toHaveCount(0);

  await logout(page, "Log out");
});

test.describe("residents of 南门街道", () => {
  // The audit test reads the change the first one makes.
  test.describe.configure({ mode: "serial" });

  test("haishu edits residents inline and imports them from the template", async ({ haishuPage: page }) => {
    await page.goto("/regions");
    await page.locator('[data-testid="region-search"] input').fill("nm");
    await page.getByTestId("region-search-result").filter({ hasText: "南门街道" }).first().click();
    await expect(page).toHaveURL(/code=330203001000/);
    const rows = page.locator('[data-testid="region-children-table"] tbody tr.ant-table-row');

    // Inline edit of the first community.
    const firstRow = rows.first();
    await expect(firstRow.getByRole("button", { name: "修改常住人口" })).toBeVisible();
    const communityName = ((await firstRow.locator("td").first().textContent()) ?? "").trim();
    await firstRow.getByRole("button", { name: "修改常住人口" }).click();
    await firstRow.locator('[data-testid="residents-editor"] input').fill("6200");
    await firstRow.getByRole("button", { name: "保 存" }).click();
    await expect(page.locator(".ant-message")).toContainText(`已更新${communityName}的常住人口`);
    await expect(firstRow).toContainText("6,200");

    // Template → edit in Excel (exceljs) → import with "valid rows only".
    const { workbook, sheet, headerRow, header } = await downloadTemplate(page, "下载导入模板", "区划代码");
    const codeColumn = header.indexOf("区划代码");
    const residentsColumn = header.indexOf("常住人口");
    const firstDataRow = sheet.getRow(headerRow + 1);
    expect(String(firstDataRow.getCell(codeColumn).value), "the template lists community codes").toHaveLength(
      12,
    );
    firstDataRow.getCell(residentsColumn).value = 6300;
    sheet.getRow(headerRow + 2).getCell(residentsColumn).value = "很多";
    const outside = sheet.addRow([]);
    outside.getCell(codeColumn).value = "330205001001";
    outside.getCell(residentsColumn).value = 100;
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "xinqiao-import-")), "residents.xlsx");
    await workbook.xlsx.writeFile(file);

    await page.getByRole("button", { name: "导入常住人口" }).click();
    const modal = page.locator(".ant-modal");
    // A click while the dialog is still opening may land nowhere: choose until it is chosen (a
    // run once sent the file as all-or-nothing, and nothing was imported).
    const validOnly = modal.getByRole("radio", { name: /仅导入正确的行/ });
    await expect(async () => {
      await validOnly.check({ timeout: 5000 });
      await expect(validOnly).toBeChecked({ timeout: 2000 });
    }).toPass({ timeout: 30_000 });
    await modal.locator('input[type="file"]').setInputFiles(file);
    await modal.getByRole("button", { name: "开始导入" }).click();
    const summary = modal.getByTestId("import-summary");
    await expect(summary).toContainText("已导入");
    await expect(summary, "two errors").toContainText("错误 2 处");
    const errorRows = modal.locator(".ant-table-tbody tr.ant-table-row");
    await expect(errorRows).toHaveCount(2);
    await expect(rowsNumbered(errorRows, headerRow + 2), "the error names the row of 很多").toHaveCount(1);
    const reportDownload = page.waitForEvent("download");
    await modal.getByRole("button", { name: "下载错误报告" }).click();
    expect((await reportDownload).suggestedFilename()).toMatch(/\.xlsx$/);
    await modal.getByRole("button", { name: "关 闭" }).click();
    await expect(rows.first()).toContainText("6,300");
  });

  test("admin finds the residents change in the audit log", async ({ adminPage: page }) => {
    await page.goto("/audit");
    const table = page.getByTestId("audit-table");
    const rows = table.locator("tbody tr.ant-table-row");
    await expect(rows.first()).toBeVisible();
    const filters = page.getByTestId("audit-filters");
    // The action list is by name; typing a code finds its action too.
    await filters.locator("#action").fill("region.residents.update");
    await page.keyboard.press("Enter");
    const filtered = page.waitForResponse((response) =>
      response.url().includes("action=region.residents.update"),
    );
    await filters.getByRole("button", { name: "查询" }).click();
    await filtered;
    await expect(
      rows.filter({ hasText: "填报常住人口" }).first(),
      "the residents change is listed",
    ).toBeVisible();
    await expect(
      rows.filter({ hasNotText: "填报常住人口" }),
      "only residents updates are listed",
    ).toHaveCount(0);
    await rows.first().locator(".ant-table-row-expand-icon").click();
    const diff = page.getByTestId("audit-diff").first();
    await expect(diff).toContainText("常住人口（residents）");
    await expect(diff).toContainText("6200");
    await expect(
      diff.locator("tr.xq-changed").filter({ hasText: "常住人口" }),
      "the residents row is highlighted",
    ).not.toHaveCount(0);
  });
});
