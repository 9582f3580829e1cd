// What the registry lists share (apps/web/src/components/registryColumns.tsx,
// apps/web/src/hooks/useListSearchParams.ts): the name opens the record's page, the view/edit actions
// follow the user's abilities, the list's search survives a reload and a record's back link.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { listAnswer, menuItem, rowKeys } from "./helpers.ts";

// antd spaces out two-character Chinese button labels ("编 辑").
const editLabel = /^编\s?辑$/;

interface ListPage {
  total: number;
  items: { id: number; name: string }[];
}

function quickSearch(page: Page, testId: string) {
  return page.locator(`[data-testid="${testId}"] input, input[data-testid="${testId}"]`).first();
}

test("a platform's name opens its page; edit is offered to haishu, not to the leader", async ({
  haishuPage: page,
  leaderPage,
}) => {
  await page.goto("/platforms");
  const firstRow = page.locator('[data-testid="platform-table"] tbody tr.ant-table-row').first();
  await expect(firstRow).toBeVisible();
  const id = await firstRow.getAttribute("data-row-key");
  const name = ((await firstRow.getByTestId("platform-link").textContent()) ?? "").trim();
  expect(name, "the first column names the platform").not.toBe("");
  await expect(firstRow.getByRole("button", { name: editLabel })).toBeVisible();
  await firstRow.getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/platforms/${id}$`));
  await expect(page.getByTestId("platform-detail")).toContainText(name);

  await leaderPage.goto("/platforms");
  const leaderRow = leaderPage.locator('[data-testid="platform-table"] tbody tr.ant-table-row').first();
  await expect(leaderRow.getByRole("link", { name: /^查\s?看$/ })).toBeVisible();
  await expect(leaderRow.getByRole("button", { name: editLabel }), "the leader reads only").toHaveCount(0);
});

test("the platforms list keeps its search in the address: a reload shows the same list", async ({
  haishuPage: page,
}) => {
  const unfiltered = listAnswer(page, "/api/platforms", null);
  await page.goto("/platforms");
  const all = (await (await unfiltered).json()) as ListPage;
  const table = page.getByTestId("platform-table");
  const search = quickSearch(page, "platform-search");

  const searched = listAnswer(page, "/api/platforms", "nm");
  await search.fill("nm");
  const found = (await (await searched).json()) as ListPage;
  await expect(page).toHaveURL(/[?&]q=nm/);
  expect(found.total, `"nm" narrows the list of ${all.total}`).toBeGreaterThan(0);
  expect(found.total, `"nm" narrows the list of ${all.total}`).toBeLessThan(all.total);
  const keys = found.items.map((platform) => String(platform.id));
  await expect.poll(() => rowKeys(table), { message: "the table shows the found platforms" }).toEqual(keys);

  const reloaded = listAnswer(page, "/api/platforms", "nm");
  await page.reload();
  const again = (await (await reloaded).json()) as ListPage;
  expect(again.total, "as many platforms after the reload").toBe(found.total);
  expect(new URL(page.url()).searchParams.get("q"), "q stays in the address").toBe("nm");
  await expect(search).toHaveValue("nm");
  await expect.poll(() => rowKeys(table), { message: "the same platforms after the reload" }).toEqual(keys);
});

test("a volunteer's back link returns to the list as it was searched", async ({ haishuPage: page }) => {
  const unfiltered = listAnswer(page, "/api/volunteers", null);
  await page.goto("/volunteers");
  const first = ((await (await unfiltered).json()) as ListPage).items[0];
  if (!first) throw new Error("haishu has no volunteers");

  const searched = listAnswer(page, "/api/volunteers", first.name);
  const search = quickSearch(page, "volunteer-search");
  await search.fill(first.name);
  await searched;
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === first.name);
  const listUrl = page.url();
  await page.getByTestId("volunteer-link").filter({ hasText: first.name }).first().click();
  await expect(page).toHaveURL(/\/volunteers\/\d+$/);
  await page.getByRole("link", { name: "返回列表" }).click();
  await expect(page).toHaveURL(listUrl);
  await expect(search).toHaveValue(first.name);
});

test("registering a minor asks for the guardian's consent; an adult's form does not", async ({
  haishuPage: page,
}) => {
  await page.goto("/volunteers");
  await page.getByTestId("volunteer-create").click();
  const idNumber = page.getByTestId("volunteer-id-number");
  const guardian = page.getByTestId("volunteer-guardian-name");
  // Born 2012-03-04: a minor today; the check character is the real one (GB 11643).
  await idNumber.fill("11010520120304071X");
  await expect(guardian).toBeVisible();
  await expect(page.getByTestId("volunteer-form")).toContainText("须记录监护人的姓名和同意日期");
  await idNumber.fill("11010519491231002X");
  await expect(guardian).toHaveCount(0);
});

test("the teams search box follows the address: a menu click clears it", async ({ haishuPage: page }) => {
  await page.goto(`/volunteer-teams?q=${encodeURIComponent("南门")}`);
  const search = quickSearch(page, "team-search");
  await expect(search).toHaveValue("南门");
  await menuItem(page, "志愿服务队").click();
  await expect(page).toHaveURL((url) => url.pathname === "/volunteer-teams" && !url.searchParams.has("q"));
  await expect(search).toHaveValue("");
});
