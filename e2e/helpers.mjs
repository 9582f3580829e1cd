// Page helpers shared by the specs. Selectors prefer data-testid and visible text, as a user sees it.
import { assert } from "./harness.mjs";

export const demoPassword = "Xinqiao@2026";

export async function openLogin(page, baseUrl) {
  await page.goto(`${baseUrl}/login`);
  await page.locator("#login-username").waitFor();
}

export async function submitLogin(page, username, password) {
  await page.locator("#login-username").fill(username);
  await page.locator("#login-password").fill(password);
  await page.locator('[data-testid="login-submit"]').click();
}

/** Logs in and waits for the signed-in layout (side menu) to appear. */
export async function login(page, baseUrl, username, password = demoPassword) {
  await openLogin(page, baseUrl);
  await submitLogin(page, username, password);
  await page.locator('[data-testid="side-menu"]').waitFor();
}

export async function menuLabels(page) {
  const menu = page.locator('[data-testid="side-menu"]');
  await menu.locator(".ant-menu-item").first().waitFor();
  return (await menu.locator(".ant-menu-item").allInnerTexts()).map((text) => text.trim());
}

export async function logout(page, label = "退出登录") {
  await page.getByRole("button", { name: label }).click();
  await page.waitForURL(/\/login/);
  await page.locator("#login-username").waitFor();
}

export async function waitForText(locator, text, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last = "";
  while (Date.now() < deadline) {
    last = (await locator.textContent().catch(() => "")) ?? "";
    if (last.includes(text)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert(false, `expected text "${text}", got: ${last.slice(0, 500)}`);
}

export async function bodyText(page) {
  return (await page.locator("body").textContent()) ?? "";
}

/** Waits until no request is in flight for a moment, so "absent" checks see the loaded page. */
export async function settle(page) {
  await page.waitForLoadState("networkidle").catch(() => {});
  await page.waitForTimeout(200);
}

/**
 * Chooses an option of an antd Select. The option list animates open and its virtual list may
 * re-render under the pointer, so the choice is checked and retried like a user would.
 */
export async function chooseOption(page, select, text) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await select.click();
    const option = page.locator(".ant-select-item-option").filter({ hasText: text });
    await option.waitFor();
    await page.waitForTimeout(250);
    await option.click();
    const chosen = await select
      .locator("xpath=ancestor::div[contains(@class,'ant-select')][1]")
      .getByText(text, { exact: true })
      .waitFor({ timeout: 2000 })
      .then(
        () => true,
        () => false,
      );
    if (chosen) {
      await option.waitFor({ state: "hidden" });
      return;
    }
    await page.keyboard.press("Escape");
  }
  assert(false, `could not choose "${text}"`);
}

/** Opens a node of an open TreeSelect until one of its children shows (lazy loading, animation). */
export async function expandTreeSelectNode(page, nodeText, childText) {
  const tree = page.locator(".ant-select-tree");
  const child = tree.locator(".ant-select-tree-node-content-wrapper").filter({ hasText: childText });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (await child.isVisible()) return;
    await page.waitForTimeout(250);
    await tree
      .locator(".ant-select-tree-treenode")
      .filter({ hasText: nodeText })
      .first()
      .locator(".ant-select-tree-switcher")
      .click();
    if (
      await child.waitFor({ timeout: 3000 }).then(
        () => true,
        () => false,
      )
    )
      return;
  }
  assert(false, `could not open "${nodeText}" to show "${childText}"`);
}

const idNumberWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The GB 11643 check character of the first 17 digits (Σ digit × weight mod 11 → 1 0 X 9 … 2). */
export function idNumberCheckCharacter(first17) {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += Number(first17[index]) * idNumberWeights[index];
  return "10X98765432"[sum % 11];
}

/**
 * Valid 18-digit ID numbers (area 330203 海曙区) with random birth dates between 1965 and 2000
 * and random sequences, so they do not collide with the demo data or with an earlier run.
 */
export function randomIdNumbers(count) {
  const numbers = new Set();
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
export function withWrongCheckDigit(idNumber) {
  return idNumber.slice(0, 17) + (idNumber[17] === "0" ? "1" : "0");
}

/** The birth date ("YYYY-MM-DD") an ID number carries. */
export function birthDateOf(idNumber) {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}
