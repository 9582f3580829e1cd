import { expect, test } from "./fixtures.ts";
import { menuItem } from "./helpers.ts";

// 数据质量: a district officer finds a problem in the district's registries and follows the
// finding to the record to fix it; a social worker has no such page. Reads only: the demo city
// has findings of its own (workers without a phone, stations without recent services…).

test("the district officer opens 数据质量, sees a finding and follows its link to the record", async ({
  haishuPage: page,
}) => {
  await page.goto("/");
  await menuItem(page, "数据质量").click();
  await expect(page).toHaveURL(/\/data-quality$/);
  await expect(page.getByRole("heading", { name: "数据质量" })).toBeVisible();

  const missing = page.getByTestId("data-quality-rule-requiredFieldMissing");
  await expect(missing).toContainText("必填信息缺失");
  await missing.click();
  await expect(page).toHaveURL(/rule=requiredFieldMissing/);

  const table = page.getByTestId("data-quality-findings");
  const first = table.locator("tbody tr.ant-table-row").first();
  await expect(first).toContainText("缺少");
  const subject = first.getByTestId("data-quality-subject");
  const name = ((await subject.textContent()) ?? "").trim();
  expect(name).not.toBe("");
  const href = await subject.getAttribute("href");
  expect(href).toMatch(/^\/(platforms|social-workers|social-organizations)\/\d+$/);

  await subject.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByText(name).first()).toBeVisible();
});

test("a social worker has no 数据质量 page", async ({ workerPage: page }) => {
  await page.goto("/");
  await expect(page.getByTestId("side-menu")).toBeVisible();
  await expect(menuItem(page, "数据质量")).toHaveCount(0);
  await page.goto("/data-quality");
  await expect(page.getByText("您没有访问此页面的权限")).toBeVisible();
});
