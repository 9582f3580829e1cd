// Region pickers: the server's search by name, pinyin and initials at every level of the user's
// scope, each hit with its path; and a region filter in the address that lies outside the scope.
import type { Page, Response } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { expandTreeSelectNode } from "./helpers.ts";

const nanmen = "330203001000";
const jiangbei = "330205000000";

/** The answer of the next region search for `q`. */
function regionSearch(page: Page, q: string): Promise<Response> {
  return page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === "/api/regions" && url.searchParams.get("q") === q;
  });
}

/** The hits of the open picker whose name (the start of their text) is `name`. */
function hitNamed(page: Page, name: string) {
  return page.getByTestId("region-picker-hit").filter({ hasText: new RegExp(`^${name}`) });
}

test("haishu searches the volunteers' region filter: 南门 finds the street with its path, jbq finds no 江北", async ({
  haishuPage: page,
}) => {
  await page.goto("/volunteers");
  const table = page.getByTestId("volunteer-table");
  await expect(table.locator("tbody tr.ant-table-row").first()).toBeVisible();
  const filter = page.getByTestId("volunteer-filters-region");
  const input = filter.getByRole("combobox");

  await input.click();
  const searched = regionSearch(page, "南门");
  await input.fill("南门");
  expect((await searched).status()).toBe(200);
  const street = hitNamed(page, "南门街道").first();
  await expect(street).toContainText("海曙区 / 南门街道");
  const filtered = page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === "/api/volunteers" && url.searchParams.get("regionCode") === nanmen;
  });
  await street.click();
  const page1 = (await (await filtered).json()) as { items: { region: { code: string } }[] };
  expect(page1.items.length).toBeGreaterThan(0);
  expect(page1.items.every((item) => item.region.code.startsWith("330203001"))).toBe(true);
  await expect(page).toHaveURL((url) => url.searchParams.get("regionCode") === nanmen);
  await expect(filter).toContainText("南门街道");
  await expect(filter).not.toContainText(nanmen);

  // The tree stays browsable: 海曙区 opens to all its streets, not only the path to the choice.
  await input.click();
  await expandTreeSelectNode(page, "海曙区", "江厦街道");
  await page.keyboard.press("Escape");

  // Initials of 江北区: nothing of another district is offered to a 海曙区 officer.
  await input.click();
  const initials = regionSearch(page, "jbq");
  await input.fill("jbq");
  const answer = (await (await initials).json()) as { items: { code: string; name: string }[] };
  expect(answer.items.every((region) => region.code.startsWith("330203"))).toBe(true);
  await expect(page.getByTestId("region-picker-hit").filter({ hasText: "江北" })).toHaveCount(0);
  if (answer.items.length === 0) await expect(page.getByText("未找到匹配的区划")).toBeVisible();

  // The picker speaks the interface's language.
  await page.keyboard.press("Escape");
  await page.getByTestId("language-switch").getByText("English", { exact: true }).click();
  await input.click();
  await input.fill("zzzzzz");
  await expect(page.getByText("No matching region")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.getByTestId("language-switch").getByText("中文", { exact: true }).click();
  await input.click();

  // Full pinyin finds it too, and the tree is still there once the search is cleared.
  const pinyin = regionSearch(page, "nanmen");
  await input.fill("nanmen");
  await pinyin;
  await expect(hitNamed(page, "南门街道").first()).toBeVisible();
  await input.fill("");
  await expect(page.locator(".ant-select-tree-treenode").filter({ hasText: "海曙区" }).first()).toBeVisible();
});

test("admin's new-user form finds 江北区 by name for 所属区划", async ({ adminPage: page }) => {
  await page.goto("/users");
  await page.getByTestId("user-create").click();
  const form = page.getByTestId("user-form");
  const region = form.locator("#regionCode");
  await region.click();
  const searched = regionSearch(page, "江北");
  await region.fill("江北");
  await searched;
  const district = hitNamed(page, "江北区").first();
  await expect(district).toContainText("宁波市 / 江北区");
  await district.click();
  const field = form.locator(".ant-form-item").filter({ has: page.locator("#regionCode") });
  await expect(field).toContainText("江北区");
  await expect(field).not.toContainText(jiangbei);
});

test("a region of another district in the address falls back to haishu's scope without an error", async ({
  haishuPage: page,
}) => {
  const failures: string[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/api/") && response.status() >= 400) failures.push(response.url());
  });
  await page.goto(`/volunteers?regionCode=${jiangbei}`);
  await expect(page.getByTestId("volunteer-table").locator("tbody tr.ant-table-row").first()).toBeVisible();
  await expect(page).toHaveURL(
    (url) => url.pathname === "/volunteers" && !url.searchParams.has("regionCode"),
  );
  const filter = page.getByTestId("volunteer-filters-region");
  await expect(filter).not.toContainText(jiangbei);
  await expect(page.locator(".ant-message-notice")).toHaveCount(0);
  expect(failures).toEqual([]);
});
