// Bulk actions and saved filters on the volunteers list, as a district officer uses them
// (apps/web/src/components/RegistryTable.tsx, RegistryFilters.tsx): rows chosen on two pages are
// exported exactly, masked; two volunteers are deactivated after a confirmation and activated
// back; a saved filter survives a reload and applies, and is haishu's alone.
import type { Locator, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expect, test } from "./fixtures.ts";
import { headerRowNumber, login, logout, randomIdNumbers, rowValues } from "./helpers.ts";

const nanmen = "330203001000";

function tableRows(page: Page): Locator {
  return page.getByTestId("volunteer-table").locator("tbody tr.ant-table-row");
}

/** The volunteer number in a row: the first column after the check box. */
async function volunteerNumberOf(row: Locator): Promise<string> {
  return ((await row.locator("td").nth(1).textContent()) ?? "").trim();
}

/** Two volunteers of 南门街道 registered for this test, found by a name no other run uses. */
async function registerTwo(page: Page): Promise<string> {
  const me = await page.request.get("/api/auth/me");
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const syllables = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
  const pick = () => syllables[Math.floor(Math.random() * syllables.length)] ?? "甲";
  const prefix = `批测${pick()}${pick()}${pick()}`;
  const [first, second] = randomIdNumbers(2);
  for (const [name, idNumber] of [
    [`${prefix}一`, first],
    [`${prefix}二`, second],
  ]) {
    const created = await page.request.post("/api/volunteers", {
      headers: { "x-csrf-token": csrfToken },
      data: {
        name,
        idNumber,
        regionCode: `${nanmen.slice(0, 9)}001`,
        skills: ["陪伴探访"],
        availability: ["周末"],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
  }
  return prefix;
}

test("haishu exports exactly the volunteers chosen on two pages, masked", async ({ haishuPage: page }) => {
  await page.goto("/volunteers?pageSize=10");
  const rows = tableRows(page);
  await expect(rows).toHaveCount(10);
  const first = rows.first();
  const chosen = [await volunteerNumberOf(first)];
  await first.getByRole("checkbox").check();
  const bar = page.getByTestId("volunteer-table-bulk");
  await expect(bar).toContainText("已选 1 项");

  await page.locator(".ant-pagination-item-2").click();
  await expect(page).toHaveURL(/page=2/);
  await expect(rows.first()).not.toContainText(chosen[0] as string);
  const onSecondPage = rows.nth(3);
  chosen.push(await volunteerNumberOf(onSecondPage));
  await onSecondPage.getByRole("checkbox").check();
  await expect(bar).toContainText("已选 2 项");

  const download = page.waitForEvent("download");
  await page.getByTestId("volunteer-table-bulk-export").click();
  const file = await download;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("the export has no worksheet");
  const headerRow = headerRowNumber(sheet, "志愿者编号");
  const header = rowValues(sheet.getRow(headerRow));
  const numberColumn = header.indexOf("志愿者编号");
  const idColumn = header.indexOf("身份证号");
  const dataRows = sheet.getRows(headerRow + 1, sheet.actualRowCount - headerRow) ?? [];
  expect(dataRows, "exactly the two chosen rows").toHaveLength(2);
  expect(dataRows.map((row) => String(row.getCell(numberColumn).value)).sort()).toEqual([...chosen].sort());
  for (const row of dataRows) expect(String(row.getCell(idColumn).value), "masked").toContain("*");

  // The choice goes with the filters it was made under.
  await page.getByTestId("volunteer-search").locator("input").fill("张");
  await expect(bar).toHaveCount(0);
});

test("haishu deactivates two chosen volunteers after a confirmation and activates them back", async ({
  haishuPage: page,
}) => {
  const prefix = await registerTwo(page);
  await page.goto(`/volunteers?q=${encodeURIComponent(prefix)}`);
  const rows = tableRows(page);
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) await row.getByRole("checkbox").check();
  const bar = page.getByTestId("volunteer-table-bulk");
  await expect(bar).toContainText("已选 2 项");

  await bar.getByRole("button", { name: "停用" }).click();
  const confirm = page.locator(".ant-modal-confirm");
  await expect(confirm).toContainText("停用所选的 2 项？");
  await confirm.locator(".ant-btn-dangerous").click();
  await expect(page.locator(".ant-message")).toContainText("已停用 2 项");
  for (const row of await rows.all()) await expect(row).toContainText("已停用");

  // The choice stays, so the change can be undone at once.
  await expect(bar).toContainText("已选 2 项");
  await bar.getByRole("button", { name: "启用" }).click();
  await expect(confirm).toContainText("启用所选的 2 项？");
  await confirm.locator(".ant-btn-primary").click();
  await expect(page.locator(".ant-message")).toContainText("已启用 2 项");
  for (const row of await rows.all()) await expect(row).not.toContainText("已停用");
});

test("a saved filter is kept across a reload, applies, and belongs to its user", async ({ page }) => {
  await login(page, "haishu");
  await page.goto(`/volunteers?regionCode=${nanmen}&isActive=true`);
  await expect(tableRows(page).first()).toBeVisible();
  const saved = page.getByTestId("volunteer-filters-saved");
  await saved.click();
  await page.getByTestId("volunteer-filters-saved-name").fill("南门在册");
  await page.getByTestId("volunteer-filters-saved-save").click();
  await expect(page.locator(".ant-message")).toContainText("已保存筛选“南门在册”");

  await page.goto("/volunteers");
  await page.reload();
  await expect(tableRows(page).first()).toBeVisible();
  await expect(page).not.toHaveURL(/regionCode/);
  await saved.click();
  await page
    .getByTestId("volunteer-filters-saved-item")
    .filter({ hasText: "南门在册" })
    .getByRole("button")
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`regionCode=${nanmen}`));
  await expect(page).toHaveURL(/isActive=true/);
  await expect(page.getByTestId("volunteer-filters")).toContainText("在册");
  const rows = tableRows(page);
  await expect(rows.first()).toBeVisible();
  for (const row of (await rows.all()).slice(0, 5)) {
    await expect(row).toContainText("南门街道");
    await expect(row).not.toContainText("已停用");
  }

  // Another user of the same browser has saved filters of their own (none).
  await logout(page);
  await login(page, "city");
  await page.goto("/volunteers");
  await page.getByTestId("volunteer-filters-saved").click();
  await expect(page.getByTestId("volunteer-filters-saved-panel")).toContainText("还没有保存的筛选");
  await expect(page.getByTestId("volunteer-filters-saved-item")).toHaveCount(0);
});

test("city in a fresh browser sees none of haishu's saved filters", async ({ cityPage: page }) => {
  await page.goto("/volunteers");
  await page.getByTestId("volunteer-filters-saved").click();
  await expect(page.getByTestId("volunteer-filters-saved-panel")).toContainText("还没有保存的筛选");
  await expect(page.getByText("南门在册")).toHaveCount(0);
});

test("haishu disables two accounts at once after a confirmation and enables them back", async ({
  haishuPage: page,
}) => {
  const me = await page.request.get("/api/auth/me");
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  // Accounts of its own making: disabling a demo account would end the sessions other specs use.
  const prefix = `bk${Date.now().toString(36)}`;
  for (const [suffix, displayName] of [
    ["a", "批量甲"],
    ["b", "批量乙"],
  ]) {
    const created = await page.request.post("/api/users", {
      headers: { "x-csrf-token": csrfToken },
      data: {
        username: `${prefix}${suffix}`,
        displayName,
        roleId: "leader",
        organizationId: null,
        regionCode: "330203000000",
        password: "Shequ#Gongzuo2026",
      },
    });
    expect(created.status(), await created.text()).toBe(201);
  }
  await page.goto("/users");
  const table = page.getByTestId("user-table");
  await page.getByPlaceholder("搜索用户名、姓名").fill(prefix);
  const rows = table.locator("tbody tr.ant-table-row");
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) await row.getByRole("checkbox").check();
  const bar = page.getByTestId("user-table-bulk");
  await expect(bar).toContainText("已选 2 项");

  await bar.getByRole("button", { name: "停用" }).click();
  const confirm = page.locator(".ant-modal-confirm");
  await expect(confirm).toContainText("停用所选的 2 项？");
  await confirm.locator(".ant-btn-dangerous").click();
  await expect(page.locator(".ant-message")).toContainText("已停用 2 项");
  for (const row of await rows.all()) await expect(row.locator(".ant-tag-red")).toHaveText("停用");

  await bar.getByRole("button", { name: "启用" }).click();
  await confirm.locator(".ant-btn-primary").click();
  await expect(page.locator(".ant-message")).toContainText("已启用 2 项");
  for (const row of await rows.all()) await expect(row.locator(".ant-tag-green")).toHaveText("启用");
});
