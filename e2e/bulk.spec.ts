// Bulk actions and saved filters on the registry lists, as a district officer uses them
// (apps/web/src/components/RegistryTable.tsx, RegistryFilters.tsx): rows chosen on two pages are
// exported exactly, masked; two volunteers are deactivated after a confirmation and activated
// back; a saved filter survives a reload and applies, and is haishu's alone. The platforms, social
// organizations and social workers lists do the same: two chosen rows export as exactly two, two
// social workers are deactivated and activated back, a saved filter applies again.
import type { Locator, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expect, test } from "./fixtures.ts";
import { headerRowNumber, login, logout, randomIdNumbers, rowValues } from "./helpers.ts";

const nanmen = "330203001000";

function tableRows(page: Page): Locator {
  return page.getByTestId("volunteer-table").locator("tbody tr.ant-table-row");
}

/** The rows of a list's table. */
function rowsOf(page: Page, testId: string): Locator {
  return page.getByTestId(testId).locator("tbody tr.ant-table-row");
}

/**
 * 导出所选 of a list's bulk bar, read as the user's office suite would: the first sheet's header
 * row (the one holding `headerTitle`), its column titles and the data rows below it.
 */
async function exportChosen(page: Page, tableTestId: string, headerTitle: string) {
  const download = page.waitForEvent("download");
  await page.getByTestId(`${tableTestId}-bulk-export`).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("the export has no worksheet");
  const headerRow = headerRowNumber(sheet, headerTitle);
  expect(headerRow, `the export has a ${headerTitle} header`).toBeGreaterThan(0);
  const header = rowValues(sheet.getRow(headerRow));
  const dataRows = sheet.getRows(headerRow + 1, sheet.actualRowCount - headerRow) ?? [];
  const column = (title: string) => {
    const index = header.indexOf(title);
    expect(index, `the export has a ${title} column`).toBeGreaterThan(0);
    return dataRows.map((row) => String(row.getCell(index).value ?? ""));
  };
  return { dataRows, column };
}

/** Checks the first two rows' boxes and answers their names (read by the name link's test id). */
async function chooseFirstTwo(page: Page, tableTestId: string, linkTestId: string): Promise<string[]> {
  const rows = rowsOf(page, tableTestId);
  await expect(rows.nth(1)).toBeVisible();
  const names: string[] = [];
  for (const row of (await rows.all()).slice(0, 2)) {
    names.push(((await row.getByTestId(linkTestId).textContent()) ?? "").trim());
    await row.getByRole("checkbox").check();
  }
  await expect(page.getByTestId(`${tableTestId}-bulk-count`)).toHaveText("已选 2 项");
  return names;
}

/**
 * Saves the list's current filters under `name`, opens the plain list, applies them again from
 * 保存的筛选 and waits for the list the server answers with `filter` (key and value) among them.
 */
async function saveAndReapply(
  page: Page,
  list: { filtersTestId: string; path: string; api: string },
  name: string,
  [key, value]: [string, string],
): Promise<void> {
  const { filtersTestId, path, api } = list;
  const saved = page.getByTestId(`${filtersTestId}-saved`);
  await saved.click();
  await page.getByTestId(`${filtersTestId}-saved-name`).fill(name);
  await page.getByTestId(`${filtersTestId}-saved-save`).click();
  await expect(page.locator(".ant-message")).toContainText(`已保存筛选“${name}”`);

  await page.goto(path);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  const answered = page.waitForResponse(
    (response) => {
      const url = new URL(response.url());
      return (
        url.pathname === api && url.searchParams.get(key) === value && response.request().method() === "GET"
      );
    },
    { timeout: 90_000 },
  );
  await chooseSavedFilter(page, filtersTestId, name, [key, value]);
  expect((await answered).ok()).toBe(true);
}

/**
 * Chooses a saved filter from 保存的筛选. The page may still be drawing itself (the session, then
 * the list) when the panel is opened, and a redraw closes it: open it again until the address
 * carries the filter's `key` = `value`.
 */
async function chooseSavedFilter(
  page: Page,
  filtersTestId: string,
  name: string,
  [key, value]: [string, string],
): Promise<void> {
  const saved = page.getByTestId(`${filtersTestId}-saved`);
  const item = page.getByTestId(`${filtersTestId}-saved-item`).filter({ hasText: name });
  await expect(async () => {
    if (new URL(page.url()).searchParams.get(key) === value) return;
    if (!(await item.isVisible())) await saved.click();
    await item.getByRole("button").first().click({ timeout: 5000 });
  }).toPass({ timeout: 60_000 });
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

  await deactivateThenRestore(page, bar, rows);
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
  await chooseSavedFilter(page, "volunteer-filters", "南门在册", ["regionCode", nanmen]);
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

test("haishu exports two chosen platforms, and a saved filter of operating stations applies again", async ({
  haishuPage: page,
}) => {
  await page.goto("/platforms");
  const chosen = await chooseFirstTwo(page, "platform-table", "platform-link");
  const bar = page.getByTestId("platform-table-bulk");
  await expect(bar.getByRole("button", { name: "停用" }), "haishu manages platforms").toBeVisible();
  const exported = await exportChosen(page, "platform-table", "名称");
  expect(exported.dataRows, "exactly the two chosen rows").toHaveLength(2);
  expect(exported.column("名称").sort()).toEqual([...chosen].sort());

  await page.goto("/platforms?kind=station&status=operating");
  await expect(rowsOf(page, "platform-table").first()).toBeVisible();
  await saveAndReapply(
    page,
    { filtersTestId: "platform-filters", path: "/platforms", api: "/api/platforms" },
    "运营中的服务站",
    ["kind", "station"],
  );
  await expect(page).toHaveURL(/kind=station/);
  await expect(page).toHaveURL(/status=operating/);
  const rows = rowsOf(page, "platform-table");
  await expect(rows.first()).toBeVisible();
  // Columns: check box, 名称, 类型, 所在区划, 运营状态.
  for (const row of (await rows.all()).slice(0, 5)) {
    await expect(row.locator("td").nth(2)).toHaveText("服务站");
    await expect(row.locator("td").nth(4)).toHaveText("运营");
  }
});

test("haishu exports two chosen social organizations, and a saved filter of one type applies again", async ({
  haishuPage: page,
}) => {
  await page.goto("/social-organizations");
  const chosen = await chooseFirstTwo(page, "social-organization-table", "social-organization-link");
  const bar = page.getByTestId("social-organization-table-bulk");
  await expect(bar.getByRole("button", { name: "启用" }), "haishu manages organizations").toBeVisible();
  const exported = await exportChosen(page, "social-organization-table", "名称");
  expect(exported.dataRows, "exactly the two chosen rows").toHaveLength(2);
  expect(exported.column("名称").sort()).toEqual([...chosen].sort());
  expect(exported.column("统一社会信用代码").every((code) => code.length === 18)).toBe(true);

  await page.goto(`/social-organizations?orgType=${encodeURIComponent("社会服务机构")}`);
  await expect(rowsOf(page, "social-organization-table").first()).toBeVisible();
  await saveAndReapply(
    page,
    {
      filtersTestId: "social-organization-filters",
      path: "/social-organizations",
      api: "/api/social-organizations",
    },
    "服务机构",
    ["orgType", "社会服务机构"],
  );
  await expect(page).toHaveURL(/orgType=/);
  await expect(page.getByTestId("social-organization-filters")).toContainText("社会服务机构");
  const rows = rowsOf(page, "social-organization-table");
  await expect(rows.first()).toBeVisible();
  // Columns: check box, 名称, 统一社会信用代码, 组织类型.
  for (const row of (await rows.all()).slice(0, 5)) {
    await expect(row.locator("td").nth(3)).toHaveText("社会服务机构");
  }
});

/** Two social workers of haishu's district registered for this test, found by a name no other run uses. */
async function registerTwoWorkers(page: Page): Promise<string> {
  const me = await page.request.get("/api/auth/me");
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const options = await page.request.get("/api/social-workers/employer-options?kind=platform");
  expect(options.ok(), `employer options answered ${options.status()}`).toBe(true);
  const [platform] = (await options.json()) as { id: number }[];
  if (!platform) throw new Error("haishu has no platform to employ the workers");
  const syllables = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
  const pick = () => syllables[Math.floor(Math.random() * syllables.length)] ?? "甲";
  const prefix = `社批${pick()}${pick()}${pick()}`;
  const [first, second] = randomIdNumbers(2);
  for (const [name, idNumber] of [
    [`${prefix}一`, first],
    [`${prefix}二`, second],
  ]) {
    const created = await page.request.post("/api/social-workers", {
      headers: { "x-csrf-token": csrfToken },
      data: {
        name,
        idNumber,
        phone: null,
        education: "bachelor",
        isSocialWorkMajor: false,
        qualificationLevel: "none",
        otherCertificates: [],
        employerKind: "platform",
        platformId: platform.id,
        domains: [],
        employmentStatus: "employed",
        isIntroducedTalent: false,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
  }
  return prefix;
}

test("haishu exports two chosen social workers masked, deactivates and activates them back, and re-applies a saved filter", async ({
  haishuPage: page,
}) => {
  const prefix = await registerTwoWorkers(page);
  // isActive= : all workers, so the deactivated ones stay in the list.
  await page.goto(`/social-workers?q=${encodeURIComponent(prefix)}&isActive=`);
  const rows = rowsOf(page, "social-worker-table");
  await expect(rows).toHaveCount(2);
  const chosen = await chooseFirstTwo(page, "social-worker-table", "social-worker-link");
  const exported = await exportChosen(page, "social-worker-table", "姓名");
  expect(exported.dataRows, "exactly the two chosen rows").toHaveLength(2);
  expect(exported.column("姓名").sort()).toEqual([...chosen].sort());
  for (const idNumber of exported.column("身份证号")) expect(idNumber, "masked").toContain("*");

  const bar = page.getByTestId("social-worker-table-bulk");
  await deactivateThenRestore(page, bar, rows);

  await page.goto("/social-workers?qualificationLevel=intermediate");
  await expect(rows.first()).toBeVisible();
  await saveAndReapply(
    page,
    { filtersTestId: "social-worker-filters", path: "/social-workers", api: "/api/social-workers" },
    "社会工作师",
    ["qualificationLevel", "intermediate"],
  );
  await expect(page).toHaveURL(/qualificationLevel=intermediate/);
  await expect(rows.first()).toBeVisible();
  // Columns: check box, 姓名, 资格等级.
  for (const row of (await rows.all()).slice(0, 5)) {
    await expect(row.locator("td").nth(2)).toHaveText("社会工作师");
  }
});

/** 停用 the two chosen rows after confirming, then 启用 them back: the choice stays for the undo. */
async function deactivateThenRestore(page: Page, bar: Locator, rows: Locator): Promise<void> {
  await bar.getByRole("button", { name: "停用" }).click();
  const confirm = page.locator(".ant-modal-confirm");
  await expect(confirm).toContainText("停用所选的 2 项？");
  await confirm.locator(".ant-btn-dangerous").click();
  await expect(page.locator(".ant-message")).toContainText("已停用 2 项");
  for (const row of await rows.all()) await expect(row).toContainText("已停用");

  await expect(bar).toContainText("已选 2 项");
  await bar.getByRole("button", { name: "启用" }).click();
  await expect(confirm).toContainText("启用所选的 2 项？");
  await confirm.locator(".ant-btn-primary").click();
  await expect(page.locator(".ant-message")).toContainText("已启用 2 项");
  for (const row of await rows.all()) await expect(row).not.toContainText("已停用");
}
