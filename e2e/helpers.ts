// Page helpers shared by the specs and the screenshots script. Selectors prefer data-testid and
// visible text, as a user sees it; every wait is one of Playwright's auto-waiting assertions.
import { expect, type Locator, type Page, type Response } from "@playwright/test";
import ExcelJS from "exceljs";

export const demoPassword = "Xinqiao@2026";

export async function openLogin(page: Page): Promise<void> {
  await page.goto("/login");
  await expect(page.locator("#login-username")).toBeVisible();
}

export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.locator("#login-username").fill(username);
  await page.locator("#login-password").fill(password);
  await page.getByTestId("login-submit").click();
}

/** Signs in through the login form and waits for the signed-in layout (side menu). */
export async function login(page: Page, username: string, password = demoPassword): Promise<void> {
  await openLogin(page);
  await submitLogin(page, username, password);
  await expect(page.getByTestId("side-menu")).toBeVisible();
}

export async function logout(page: Page, label = "退出登录"): Promise<void> {
  await page.getByRole("button", { name: label }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.locator("#login-username")).toBeVisible();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The side menu's item labelled exactly `label`. */
export function menuItem(page: Page, label: string): Locator {
  return page
    .getByTestId("side-menu")
    .locator(".ant-menu-item")
    .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) });
}

/** Rows whose text starts with the row number `rowNumber` (an import's error table). */
export function rowsNumbered(rows: Locator, rowNumber: number): Locator {
  return rows.filter({ hasText: new RegExp(`^\\s*${rowNumber}(?!\\d)`) });
}

/** The answer of the next GET to `pathname` (e.g. "/api/platforms") whose q is `q` (null: none). */
export function listAnswer(page: Page, pathname: string, q: string | null): Promise<Response> {
  return page.waitForResponse((response) => {
    const url = new URL(response.url());
    return (
      url.pathname === pathname && url.searchParams.get("q") === q && response.request().method() === "GET"
    );
  });
}

/** The data-row-key of each row of an antd table, in order. */
export async function rowKeys(table: Locator): Promise<(string | null)[]> {
  const rows = await table.locator("tbody tr.ant-table-row").all();
  return Promise.all(rows.map((row) => row.getAttribute("data-row-key")));
}

/**
 * Closes an antd Select's open option list by Escape — only while one shows: an Escape with no
 * list open would close the drawer or dialog the select sits in.
 */
async function closeOpenOptionList(page: Page): Promise<void> {
  const openList = page.locator(".ant-select-dropdown:visible");
  if ((await openList.count()) > 0) await page.keyboard.press("Escape");
  await expect(openList).toHaveCount(0);
}

/**
 * Chooses an option of an antd Select. The option list animates open and its virtual list may
 * re-render under the pointer, so the choice is checked and, if it did not take, made again.
 */
export async function chooseOption(page: Page, select: Locator, text: string): Promise<void> {
  const option = page.locator(".ant-select-item-option").filter({ hasText: text });
  const chosen = select
    .locator("xpath=ancestor::div[contains(@class,'ant-select')][1]")
    .getByText(text, { exact: true });
  await expect(async () => {
    try {
      await select.click();
      await option.click({ timeout: 10_000 });
      await expect(chosen).toBeVisible({ timeout: 5000 });
    } catch (error) {
      await closeOpenOptionList(page);
      throw error;
    }
  }).toPass({ timeout: 60_000 });
  await expect(option).toBeHidden();
}

/**
 * Chooses a dictionary value of a long antd Select by typing it (its list is virtual: a later
 * value is not rendered until searched for), and checks that the choice took: the list redraws
 * as it filters, and a click on an option it has just replaced chooses nothing.
 */
export async function typeAndChoose(page: Page, select: Locator, text: string): Promise<void> {
  const option = page.locator(".ant-select-item-option").filter({ hasText: text });
  const chosen = select
    .locator("xpath=ancestor::div[contains(@class,'ant-select')][1]")
    .getByText(text, { exact: true });
  await expect(async () => {
    try {
      await select.click();
      // A retry replaces what an earlier attempt typed.
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(text);
      await option.first().click({ timeout: 20_000 });
      await expect(chosen).toBeVisible({ timeout: 5000 });
    } catch (error) {
      await closeOpenOptionList(page);
      throw error;
    }
  }).toPass({ timeout: 60_000 });
}

/**
 * Types `text` into a search picker (an antd Select that asks the server) and chooses the first
 * option containing `hint` (by default `text`). The open option list is then closed by Escape
 * only while it shows: an Escape with no list open would close the drawer the picker sits in.
 */
export async function pickBySearch(page: Page, picker: Locator, text: string, hint = text): Promise<void> {
  const option = page.locator(".ant-select-item-option").filter({ hasText: hint });
  await expect(async () => {
    if ((await picker.textContent())?.includes(text)) return;
    await picker.click();
    // A retry replaces what an earlier attempt typed.
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(text);
    await option.first().click({ timeout: 20_000 });
    await expect(picker).toContainText(text, { timeout: 5000 });
  }).toPass({ timeout: 60_000 });
  await closeOpenOptionList(page);
}

/** Opens a node of an open TreeSelect until one of its children shows (lazy loading, animation). */
export async function expandTreeSelectNode(page: Page, nodeText: string, childText: string): Promise<void> {
  const tree = page.locator(".ant-select-tree");
  const child = tree.locator(".ant-select-tree-node-content-wrapper").filter({ hasText: childText });
  const switcher = tree
    .locator(".ant-select-tree-treenode")
    .filter({ hasText: nodeText })
    .first()
    .locator(".ant-select-tree-switcher");
  await expect(async () => {
    if ((await switcher.getAttribute("class"))?.includes("ant-select-tree-switcher_close"))
      await switcher.click();
    await expect(child).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 60_000 });
}

/** A worksheet row's cell values, indexed by column number (1-based, as ExcelJS gives them). */
export function rowValues(row: ExcelJS.Row): ExcelJS.CellValue[] {
  return Array.isArray(row.values) ? row.values : [];
}

/** The number of the first row that has a cell `title` (a template's header row), or 0. */
export function headerRowNumber(sheet: ExcelJS.Worksheet, title: string): number {
  let found = 0;
  sheet.eachRow((row, number) => {
    if (!found && rowValues(row).includes(title)) found = number;
  });
  return found;
}

const idNumberWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The GB 11643 check character of the first 17 digits (Σ digit × weight mod 11 → 1 0 X 9 … 2). */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += Number(first17[index]) * (idNumberWeights[index] ?? 0);
  return "10X98765432"[sum % 11] ?? "";
}

/**
 * Valid 18-digit ID numbers (area 330203 海曙区) with random birth dates between 1965 and 2000
 * and random sequences, so they do not collide with the demo data or with an earlier run.
 */
export function randomIdNumbers(count: number): string[] {
  const numbers = new Set<string>();
  while (numbers.size < count) {
    const birth = new Date(Date.UTC(1965, 0, 1) + Math.floor(Math.random() * 35 * 365) * 86_400_000);
    const date = birth.toISOString().slice(0, 10).replaceAll("-", "");
    const sequence = String(Math.floor(Math.random() * 1000)).padStart(3, "0");
    const first17 = `330203${date}${sequence}`;
    numbers.add(first17 + idNumberCheckCharacter(first17));
  }
  return [...numbers];
}

/** The same number with a wrong (but still numeric) check character. */
export function withWrongCheckDigit(idNumber: string): string {
  return idNumber.slice(0, 17) + (idNumber[17] === "0" ? "1" : "0");
}

/** The birth date ("YYYY-MM-DD") an ID number carries. */
export function birthDateOf(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

/**
 * Downloads a registry's import template by its button and opens it as the user's office suite
 * would: the first sheet, the row holding `headerTitle`, and that row's header texts.
 */
export async function downloadTemplate(page: Page, buttonName: string, headerTitle: string) {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: buttonName }).click();
  const template = await download;
  expect(template.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await template.path());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("the template has no worksheet");
  const headerRow = headerRowNumber(sheet, headerTitle);
  expect(headerRow, `the template has a ${headerTitle} header`).toBeGreaterThan(0);
  return { workbook, sheet, headerRow, header: rowValues(sheet.getRow(headerRow)) };
}
